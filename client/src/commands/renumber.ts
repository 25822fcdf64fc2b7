// Renumber ADRs…: the refactor preview shows every rename and edit before anything changes.
import { window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { planRenumber } from '../../../server/src/protocol';
import { applyPlan } from './apply';
import { request } from './request';

export async function renumberAdrs(client: LanguageClient): Promise<void> {
  const context = window.activeTextEditor?.document.uri.toString();
  const result = await request(client, planRenumber, { contextUri: context });
  if (result.type === 'error') {
    void window.showErrorMessage(`Process Docs: ${result.message}`);
    return;
  }
  if (!result.edit.documentChanges?.length) {
    void window.showInformationMessage('Process Docs: the ADRs are already numbered without gaps or duplicates');
    return;
  }
  await applyPlan(client, result);
}
