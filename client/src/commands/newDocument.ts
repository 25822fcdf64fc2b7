// New ADR, New Design Doc, New Postmortem, New PR Description, New Integration
// Doc: one command per kind, from the palette or a folder's context menu.
import { Uri, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { planNewDocument, type NewDocumentParams } from '../../../server/src/protocol';
import { applyPlan } from './apply';
import { ask, askFolder, askTitle } from './ask';
import { gitAuthor } from './author';
import { request } from './request';

export const NEW_DOCUMENT_COMMANDS = [
  { command: 'processDocs.newAdr', kind: 'adr', label: 'ADR' },
  { command: 'processDocs.newDesignDoc', kind: 'design', label: 'Design Doc' },
  { command: 'processDocs.newPostmortem', kind: 'postmortem', label: 'Postmortem' },
  { command: 'processDocs.newPrDescription', kind: 'pr', label: 'PR Description' },
  { command: 'processDocs.newIntegrationDoc', kind: 'integration', label: 'Integration Doc' },
] as const;

/** Answers given up front (keybindings, scripts, tests): what is given is not asked. */
export interface NewDocumentArgs {
  title?: string;
  values?: Record<string, string>;
}

/** `folder` is the explorer's folder when run from its context menu. */
export async function newDocument(client: LanguageClient, kind: string, label: string, folder?: Uri, given: NewDocumentArgs = {}): Promise<void> {
  const title = given.title ?? (await askTitle(label));
  if (!title) return;
  const context = folder ?? window.activeTextEditor?.document.uri ?? workspace.workspaceFolders?.[0]?.uri;
  const cwd = (context && workspace.getWorkspaceFolder(context)?.uri.fsPath) ?? workspace.workspaceFolders?.[0]?.uri.fsPath;
  const author = given.values?.author ?? (await gitAuthor(cwd));
  const params: NewDocumentParams = { kind, title, folderUri: folder?.toString(), contextUri: context?.toString(), values: { ...given.values, ...(author ? { author } : {}) } };
  await planAndApply(client, params, `New ${label}`);
}

/** Asks the server, answers its questions until it has a plan, and applies it. */
async function planAndApply(client: LanguageClient, params: NewDocumentParams, title: string): Promise<void> {
  for (;;) {
    const result = await request(client, planNewDocument, params);
    if (result.type === 'plan') {
      await applyPlan(client, result);
      return;
    }
    if (result.type === 'error') {
      void window.showErrorMessage(`Process Docs: ${result.message}`);
      return;
    }
    if (result.type === 'folder') {
      const chosen = await askFolder(result.root, result.suggestions, title);
      if (!chosen) return;
      params.folderUri = chosen.toString();
      continue;
    }
    for (const q of result.questions) {
      const answer = await ask(q, title);
      if (answer === undefined) return;
      params.values[q.name] = answer;
    }
  }
}
