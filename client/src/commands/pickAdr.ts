// Choosing an ADR from the decision index the server keeps.
import { window, type QuickPickItem } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { decisionIndex, type IndexEntry } from '../../../server/src/protocol';
import { request } from './request';

export async function pickAdr(client: LanguageClient, title: string, placeHolder: string, exclude?: string): Promise<IndexEntry | undefined> {
  const index = await request(client, decisionIndex, {});
  const entries = index.folders.flatMap((f) => f.entries).filter((e) => e.number !== null && e.uri !== exclude);
  if (entries.length === 0) {
    void window.showInformationMessage('Process Docs: no numbered ADRs in the workspace');
    return undefined;
  }
  const items: (QuickPickItem & { entry: IndexEntry })[] = entries.map((e) => ({
    label: `ADR-${String(e.number).padStart(4, '0')}: ${e.title}`,
    description: [e.status, e.date].filter(Boolean).join(' · '),
    detail: e.file,
    entry: e,
  }));
  return (await window.showQuickPick(items, { title, placeHolder, matchOnDescription: true, matchOnDetail: true }))?.entry;
}
