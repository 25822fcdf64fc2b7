// Supersede ADR…: pick the old ADR, name the new one; both sides in one edit.
import { Uri, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { gitUserName } from '../../../server/src/node/git';
import { planSupersede } from '../../../server/src/protocol';
import { applyPlan } from './apply';
import { askTitle } from './ask';
import { pickAdr } from './pickAdr';
import { request } from './request';

export async function supersedeAdr(client: LanguageClient): Promise<void> {
  const old = await pickAdr(client, 'Supersede ADR', 'The ADR the new decision replaces');
  if (!old) return;
  const title = await askTitle('ADR');
  if (!title) return;
  const cwd = workspace.getWorkspaceFolder(Uri.parse(old.uri))?.uri.fsPath;
  const author = cwd ? await gitUserName(cwd) : null;
  const result = await request(client, planSupersede, { uri: old.uri, title, values: author ? { author } : {} });
  if (result.type === 'plan') await applyPlan(client, result);
  else if (result.type === 'error') void window.showErrorMessage(`Process Docs: ${result.message}`);
  else void window.showErrorMessage('Process Docs: the ADR template needs values this command cannot ask for; use New ADR instead');
}
