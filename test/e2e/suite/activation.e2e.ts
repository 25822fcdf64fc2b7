// The extension starts on a docs workspace by itself, before any Markdown file is opened.
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticOf, extension, workspaceUri } from './util';

describe('activation', () => {
  it('activates on a workspace with .processdocs.json and checks documents nobody opened', async () => {
    // Runs first: no Markdown document is open yet, so onLanguage:markdown cannot be what woke it.
    assert.deepEqual(vscode.workspace.textDocuments.filter((d) => d.languageId === 'markdown').map((d) => d.uri.toString()), []);
    // The language server reports on every document of the workspace: a finding on an
    // unopened ADR proves activation (workspaceContains) and a running server at once.
    await diagnosticOf(workspaceUri('docs/adr/0004-keep-a-double-entry-ledger.md'), 'adr.broken-reference');
    assert.equal(extension().isActive, true);
  });
});
