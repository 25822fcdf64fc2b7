// Link ADRs…: one ADR amends (clarifies, extends, supersedes) another, written on both sides.
import { window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { planLink, type LinkType } from '../../../server/src/protocol';
import { applyPlan } from './apply';
import { pickAdr } from './pickAdr';
import { request } from './request';

const RELATIONS: { label: string; relation: LinkType; detail: string }[] = [
  { label: 'Amends', relation: 'amends', detail: 'changes part of the other decision (the other says "Amended by")' },
  { label: 'Clarifies', relation: 'clarifies', detail: 'explains the other decision further (the other says "Clarified by")' },
  { label: 'Extends', relation: 'extends', detail: 'builds on the other decision (the other says "Extended by")' },
  { label: 'Supersedes', relation: 'supersedes', detail: 'replaces the other decision (the other becomes "Superseded by")' },
];

/** Answers given up front (keybindings, scripts, tests): two ADR URIs and the relation. */
export interface LinkArgs {
  from?: string;
  relation?: LinkType;
  to?: string;
}

export async function linkAdrs(client: LanguageClient, given: LinkArgs = {}): Promise<void> {
  const from = given.from ?? (await pickAdr(client, 'Link ADRs (1/3)', 'The ADR that states the relation'))?.uri;
  if (!from) return;
  const relation = given.relation ?? (await window.showQuickPick(RELATIONS, { title: 'Link ADRs (2/3)', placeHolder: 'The relation' }))?.relation;
  if (!relation) return;
  const to = given.to ?? (await pickAdr(client, 'Link ADRs (3/3)', `The ADR it ${relation}`, from))?.uri;
  if (!to) return;
  const result = await request(client, planLink, { fromUri: from, relation, toUri: to });
  if (result.type === 'error') void window.showErrorMessage(`Process Docs: ${result.message}`);
  else if (result.edit.documentChanges?.length) await applyPlan(client, result);
  else void window.showInformationMessage(`Process Docs: ${result.notes.join('; ')}`);
}
