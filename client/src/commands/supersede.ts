// Supersede ADR…: pick the old ADR, name the new one; both sides in one edit.
import { Uri, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { planSupersede } from '../../../server/src/protocol';
import { applyPlan } from './apply';
import { askTitle } from './ask';
import { gitAuthor } from './author';
import { pickAdr } from './pickAdr';
import { request } from './request';

/** Answers given up front (keybindings, scripts, tests): the old ADR's URI, the new title, the author. */
export interface SupersedeArgs {
  adr?: string;
  title?: string;
  author?: string;
}

export async function supersedeAdr(client: LanguageClient, given: SupersedeArgs = {}): Promise<void> {
  const old = given.adr ?? (await pickAdr(client, 'Supersede ADR', 'The ADR the new decision replaces'))?.uri;
  if (!old) return;
  const title = given.title ?? (await askTitle('ADR'));
  if (!title) return;
  const cwd = workspace.getWorkspaceFolder(Uri.parse(old))?.uri.fsPath;
  const author = given.author ?? (await gitAuthor(cwd));
  const result = await request(client, planSupersede, { uri: old, title, values: author ? { author } : {} });
  if (result.type === 'plan') await applyPlan(client, result);
  else if (result.type === 'error') void window.showErrorMessage(`Process Docs: ${result.message}`);
  else void window.showErrorMessage('Process Docs: the ADR template needs values this command cannot ask for; use New ADR instead');
}
