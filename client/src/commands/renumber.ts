// Renumber ADRs…: the refactor preview shows every rename and edit before anything changes.
import { window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { planRenumber } from '../../../server/src/protocol';
import { applyPlan } from './apply';
import { request } from './request';

export async function renumberAdrs(client: LanguageClient): Promise<void> {
  // The workspace folder of the active editor, else the first one.
  const context = (window.activeTextEditor?.document.uri ?? workspace.workspaceFolders?.[0]?.uri)?.toString();
  const result = await request(client, planRenumber, { contextUri: context });
  if (result.type === 'error') {
    void window.showErrorMessage(`Process Docs: ${result.message}`);
    return;
  }
  if (!result.edit.documentChanges?.length) {
    void window.showInformationMessage('Process Docs: the ADRs are already numbered without gaps or duplicates');
    return;
  }
  if (!workspace.getConfiguration('processDocs').get('renumber.preview', true)) {
    for (const annotation of Object.values(result.edit.changeAnnotations ?? {})) annotation.needsConfirmation = false;
  }
  await applyPlan(client, result);
}
