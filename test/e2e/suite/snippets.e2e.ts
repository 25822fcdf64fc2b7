// The snippets of package.json's contributes.snippets reach Markdown editors.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, extension } from './util';

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

/** The snippets of the extension's own manifest, read from its files. */
function contributedSnippets(): Snippet[] {
  const { extensionPath, packageJSON } = extension();
  const { snippets } = (packageJSON as { contributes: { snippets: { language: string; path: string }[] } }).contributes;
  const markdown = snippets.filter((s) => s.language === 'markdown');
  assert.equal(markdown.length, 1, 'one snippet file for Markdown');
  return Object.values(JSON.parse(readFileSync(path.join(extensionPath, markdown[0]!.path), 'utf8')) as Record<string, Snippet>);
}

describe('snippets', () => {
  afterEach(closeAllEditors);

  it('offers every contributed snippet in completion at an empty Markdown line', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(document);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 0));
    const offered = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    const expected = contributedSnippets().map((s) => s.prefix);
    assert.deepEqual(expected.filter((prefix) => !offered.includes(prefix)), [], `snippets offered: ${offered.join(', ')}`);
    assert.ok(expected.includes('adr'));
  });

  it('inserts the Nygard ADR snippet with its sections', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: '' }));
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Architecture Decision Record, Nygard (adr-tools)' });
    const text = editor.document.getText();
    for (const heading of ['## Status', '## Context', '## Decision', '## Consequences']) assert.ok(text.includes(`\n${heading}\n`), `${heading} in:\n${text}`);
    assert.match(text, /^Date: \d{4}-\d{2}-\d{2}$/m);
  });
});
