// Generate Decision Index: writes or refreshes the marked region in each ADR folder's README.
import { window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { planIndexFiles } from '../../../server/src/protocol';
import { applyPlan } from './apply';
import { request } from './request';

export async function generateDecisionIndex(client: LanguageClient): Promise<void> {
  const result = await request(client, planIndexFiles, {});
  if (result.type === 'error') void window.showErrorMessage(`Process Docs: ${result.message}`);
  else if (!result.edit.documentChanges?.length) void window.showInformationMessage('Process Docs: the decision index is up to date');
  else await applyPlan(client, result);
}
