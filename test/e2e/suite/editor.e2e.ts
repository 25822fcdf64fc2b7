// The editor features as VS Code delivers them through the language client:
// completions, quick fixes, hovers, definitions, links, references, lenses,
// outline, workspace symbols and renames, asked through VS Code's own providers.
import * as assert from 'node:assert/strict';
import { afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, diagnosticOf, noDiagnosticOf, openEditor, workspaceUri } from './util';

const LEDGER = 'docs/adr/0004-keep-a-double-entry-ledger.md';
const RETRY = 'docs/adr/0003-retry-failed-captures.md';

const execute = <T>(command: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(command, ...args);
const text = (c: vscode.MarkdownString | vscode.MarkedString) => (typeof c === 'string' ? c : c.value);
const basename = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** Where `needle` starts on a document's line (0-based), moved `delta` characters on. */
async function at(relative: string, line: number, needle: string, delta = 1): Promise<vscode.Position> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  const character = document.lineAt(line).text.indexOf(needle);
  assert.notEqual(character, -1, `${needle} on line ${line} of ${relative}`);
  return new vscode.Position(line, character + delta);
}

describe('editor features', () => {
  // The workspace is indexed once a cross-document finding is there.
  before(() => diagnosticOf(workspaceUri(LEDGER), 'adr.broken-reference'));
  afterEach(closeAllEditors);

  it('completes the missing section at a new heading, with the template text as a snippet', async () => {
    const editor = await openEditor(RETRY);
    // The server has this document's text once it reports the section the text lacks.
    await diagnosticOf(editor.document.uri, 'section.missing');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, '\n## '));
    const position = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const list = await execute<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position, ' ');
    const item = list.items.find((i) => i.label === 'Consequences');
    assert.ok(item, `Consequences among ${list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).join(', ')}`);
    assert.ok(item.insertText instanceof vscode.SnippetString);
    assert.match(item.insertText.value, /^Consequences\n\n\$\{1:Describe the resulting context/);
  });

  it('quick-fixes a status typo; applied, the finding clears', async () => {
    const uri = workspaceUri('docs/adr/0002-take-card-payments-through-a-gateway.md');
    const finding = await diagnosticOf(uri, 'adr.status-value');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const actions = await execute<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Change the status to `Accepted`');
    assert.ok(fix?.edit, `the fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await noDiagnosticOf(uri, 'adr.status-value');
    assert.equal(editor.document.lineAt(6).text, 'Accepted');
  });

  it('hovers a mention with what the ADR decided, and goes to its definition', async () => {
    const position = await at(LEDGER, 10, 'ADR-3', 2);
    const hovers = await execute<vscode.Hover[]>('vscode.executeHoverProvider', workspaceUri(LEDGER), position);
    const shown = hovers.flatMap((h) => h.contents.map(text)).join('\n');
    assert.match(shown, /\*\*ADR-0003: Retry failed captures\*\*/);
    assert.match(shown, /Status: Accepted · Date: 2025-03-04/);
    assert.match(shown, /> We will retry a failed capture three times with exponential backoff, sending the same idempotency key each time, and flag the order for review after the third failure\./);
    const targets = await execute<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', workspaceUri(LEDGER), position);
    const uris = targets.map((t) => ('targetUri' in t ? t.targetUri : t.uri));
    assert.deepEqual(uris.map(basename), ['0003-retry-failed-captures.md']);
  });

  it('makes mentions links, finds references to an ADR, and puts a lens on its title', async () => {
    await vscode.workspace.openTextDocument(workspaceUri(RETRY));
    const links = await execute<vscode.DocumentLink[]>('vscode.executeLinkProvider', workspaceUri(LEDGER));
    assert.ok(links.some((l) => l.target && basename(l.target) === '0003-retry-failed-captures.md' && l.range.start.line === 10), 'ADR-3 is a link');
    const references = await execute<vscode.Location[]>('vscode.executeReferenceProvider', workspaceUri(RETRY), new vscode.Position(0, 6));
    assert.ok(references.some((r) => basename(r.uri) === '0004-keep-a-double-entry-ledger.md' && r.range.start.line === 10), 'the ledger ADR mentions it');
    const lenses = await execute<vscode.CodeLens[]>('vscode.executeCodeLensProvider', workspaceUri(RETRY));
    assert.deepEqual(lenses.map((l) => l.command?.title), ['referenced by 1 doc']);
  });

  it('outlines an ADR and finds ADRs by number from anywhere', async () => {
    const symbols = await execute<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', workspaceUri('docs/adr/0001-record-architecture-decisions.md'));
    const ours = symbols.find((s) => s.detail === 'Accepted · 2025-02-03');
    assert.ok(ours, `our outline among ${symbols.map((s) => s.name).join(', ')}`);
    assert.deepEqual([ours.name, ours.children.map((c) => c.name)], ['Record architecture decisions', ['Status', 'Context', 'Decision', 'Consequences']]);
    const found = await execute<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'ADR-0004');
    assert.ok(found.some((s) => s.name === 'ADR-0004: Keep a double-entry ledger' && basename(s.location.uri) === '0004-keep-a-double-entry-ledger.md'));
  });

  it('renames an ADR title', async () => {
    const position = new vscode.Position(0, 6);
    const edit = await execute<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', workspaceUri(RETRY), position, 'Retry failed captures with backoff');
    const edits = edit.get(workspaceUri(RETRY));
    assert.deepEqual(edits.map((e) => [e.range.start.line, e.range.start.character, e.newText]), [[0, 5, 'Retry failed captures with backoff']]);
  });
});
