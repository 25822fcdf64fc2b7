// Editor features of the bundled server over stdio, as Neovim or Helix would ask
// for them: completions, hovers, navigation, symbols, lenses, renames and code
// actions whose edits, applied, make the diagnostics go away.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  CompletionResolveRequest,
  DefinitionRequest,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  WorkspaceSymbolRequest,
  type CodeAction,
  type CompletionList,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeResult,
  type Location,
  type MarkupContent,
  type Position,
  type RenameFile,
  type SymbolInformation,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nygard, tempWorkspace } from '../helpers';
import { LspClient, uri } from './lsp-client';

const CAPABILITIES = {
  workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create' as const, 'rename' as const, 'delete' as const] } },
  textDocument: { rename: { prepareSupport: true } },
};

/** The position of the end of `needle` (or `delta` characters into it) in `text`. */
function pos(text: string, needle: string, delta = needle.length): Position {
  const at = text.indexOf(needle);
  assert.notEqual(at, -1, `${needle} in the text`);
  return TextDocument.create('x', 'markdown', 1, text).positionAt(at + delta);
}

function applied(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'markdown', 1, text), edits);
}

describe('editor features over stdio', () => {
  const files = {
    'docs/adr/0001-use-postgresql.md': nygard(1, 'Use PostgreSQL', 'Superseded by [ADR-0003](0003-use-distributed-sql.md)', 'We will store orders in PostgreSQL. It is well known.'),
    'docs/adr/0002-publish-events.md': nygard(2, 'Publish events', 'Acepted', 'We will publish order events. Consumers subscribe.'),
    'docs/adr/0003-use-distributed-sql.md': nygard(3, 'Use distributed SQL', 'Accepted\n\nSupersedes [ADR-0001](0001-use-postgresql.md)'),
    'docs/adr/0004-cache.md': nygard(5, 'Cache prices', 'Accepted', 'We will cache prices, unlike ADR-1 assumed.'),
    'docs/adr/0006-amend.md': nygard(6, 'Amend events', 'Accepted\n\nAmends [ADR-0002](0002-publish-events.md)'),
    'docs/adr/README.md': '# Decisions\n\n- [Use PostgreSQL](0001-use-postgresql.md)\n- [ADR-0002: Publish events](0002-publish-events.md)\n',
  };
  const ws = tempWorkspace(files);
  const file = (rel: string) => path.join(ws.root, rel);
  const client = new LspClient();
  let init: InitializeResult;
  const send = client.connection.sendRequest.bind(client.connection);
  const doc = (rel: string) => ({ textDocument: { uri: uri(file(rel)) } });

  before(async () => {
    init = await client.initialize(ws.root, { validateDelay: 20 }, CAPABILITIES);
    await client.diagnostics(file('docs/adr/0002-publish-events.md'), (d) => d.length > 0);
    // Editors ask only about the documents they have open.
    for (const rel of ['docs/adr/0001-use-postgresql.md', 'docs/adr/0003-use-distributed-sql.md', 'docs/adr/0004-cache.md']) await client.open(file(rel), files[rel as keyof typeof files]);
  });
  after(async () => {
    await client.stop();
    ws.cleanup();
  });

  it('announces every feature', () => {
    const caps = init.capabilities;
    assert.ok(caps.completionProvider?.triggerCharacters?.includes('#'));
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'refactor.rewrite', 'source.fixAll'] });
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
    for (const key of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'documentLinkProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'codeLensProvider'] as const) assert.ok(caps[key], key);
  });

  it('completes missing sections as snippets and ADR references as relative links', async () => {
    const rel = 'docs/adr/0007-new.md';
    const text = '# 7. New\n\nDate: 2025-01-20\n\n## Status\n\nProposed\n\n## \n\nSee ADR-\n';
    await client.open(file(rel), text);
    const sections = ((await send(CompletionRequest.type, { ...doc(rel), position: pos(text, '## \n', 3) })) as CompletionList).items;
    assert.deepEqual(sections.map((i) => i.label), ['Context', 'Decision', 'Consequences']);
    assert.equal(sections[0].insertTextFormat, 2, 'a snippet');
    assert.match((sections[0].textEdit as TextEdit).newText, /^Context\n\n\$\{1:Describe the forces/);
    const refs = ((await send(CompletionRequest.type, { ...doc(rel), position: pos(text, 'See ADR-') })) as CompletionList).items;
    assert.deepEqual(refs.map((i) => (i.textEdit as TextEdit).newText).slice(0, 2), ['[ADR-0001](0001-use-postgresql.md)', '[ADR-0002](0002-publish-events.md)']);
    assert.equal(refs[0].insertTextFormat, undefined, 'plain text');
    assert.equal(refs[0].documentation, undefined, 'cards are sent for the item shown only');
    const resolved = await send(CompletionResolveRequest.type, refs[0]);
    assert.match((resolved.documentation as MarkupContent).value, /^\*\*ADR-0001: Use PostgreSQL\*\*\n\nStatus: Superseded · Date: 2025-01-11\n\n> We will store orders in PostgreSQL\.\n\nSuperseded by ADR-0003/);
    await send(CompletionRequest.type, { ...doc(rel), position: pos(text, '## \n', 3) });
    assert.equal((await send(CompletionResolveRequest.type, refs[0])).documentation, undefined, 'an item of an older list gets no card rather than a wrong one');
    assert.deepEqual((refs[0].textEdit as TextEdit).range, { start: pos(text, 'See '), end: pos(text, 'See ADR-') });
  });

  it('answers from the text as typed, before the validation delay has passed', async () => {
    const slow = new LspClient();
    const ws2 = tempWorkspace({ 'docs/adr/0001-a.md': nygard(1, 'A', 'Acepted') });
    try {
      const itemDefaults = { textDocument: { ...CAPABILITIES.textDocument, completion: { completionList: { itemDefaults: ['editRange'] } } } };
      await slow.initialize(ws2.root, { validateDelay: 60_000 }, { ...CAPABILITIES, ...itemDefaults });
      await slow.diagnostics(path.join(ws2.root, 'docs/adr/0001-a.md'), (d) => d.length > 0);
      const f = path.join(ws2.root, 'docs/adr/0002-b.md');
      await slow.open(f, '# 2. B\n', 1);
      await slow.replace(f, 2, '# 2. B\n\n## Status\n\nProposed\n\n## \n');
      const { items } = (await slow.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri(f) }, position: { line: 6, character: 3 } })) as CompletionList;
      assert.deepEqual(items.map((i) => i.label), ['Context', 'Decision', 'Consequences']);
      // This client takes one edit range for all items.
      assert.match(items[0].textEditText ?? '', /^Context\n\n/);
      assert.equal(items[0].textEdit, undefined);
      // The request validated version 2 at once instead of a minute later.
      const published = await slow.diagnostics(f, (_d, p) => p.version === 2, 2000);
      assert.deepEqual(published.diagnostics.map((d) => d.code), ['section.missing', 'section.missing', 'section.missing']);
    } finally {
      await slow.stop();
      ws2.cleanup();
    }
  });

  it('hovers a reference with its status, date, decision and successor', async () => {
    const text = files['docs/adr/0004-cache.md'];
    const result = await send(HoverRequest.type, { ...doc('docs/adr/0004-cache.md'), position: pos(text, 'unlike ADR-1', 9) });
    const value = (result?.contents as MarkupContent).value;
    assert.equal(value.split('\n\n').slice(0, 4).join('\n'), '**ADR-0001: Use PostgreSQL**\nStatus: Superseded · Date: 2025-01-11\n> We will store orders in PostgreSQL.\nSuperseded by ADR-0003: Use distributed SQL');
    assert.deepEqual(result?.range, { start: pos(text, 'unlike ', 7), end: pos(text, 'unlike ADR-1') });
  });

  it('notes references to superseded ADRs', async () => {
    const published = await client.diagnostics(file('docs/adr/0004-cache.md'), (d) => d.some((x) => x.code === 'adr.outdated-reference'));
    const note = published.diagnostics.find((d) => d.code === 'adr.outdated-reference')!;
    assert.equal(note.message, 'ADR-0001 was superseded by ADR-0003');
    assert.equal(note.severity, 3);
  });

  it('goes to the definition, finds references and makes links of mentions', async () => {
    const text = files['docs/adr/0004-cache.md'];
    const target = (await send(DefinitionRequest.type, { ...doc('docs/adr/0004-cache.md'), position: pos(text, 'unlike ADR', 9) })) as Location;
    assert.deepEqual(target, { uri: uri(file('docs/adr/0001-use-postgresql.md')), range: { start: { line: 0, character: 5 }, end: { line: 0, character: 19 } } });
    const refs = (await send(ReferencesRequest.type, { ...doc('docs/adr/0004-cache.md'), position: pos(text, 'unlike ADR', 9), context: { includeDeclaration: false } })) as Location[];
    assert.deepEqual(refs.map((r) => path.basename(new URL(r.uri).pathname)), ['0003-use-distributed-sql.md', '0004-cache.md', 'README.md']);
    const links = (await send(DocumentLinkRequest.type, doc('docs/adr/0004-cache.md'))) ?? [];
    assert.deepEqual(links.map((l) => [l.range.start.line, path.basename(l.target ?? '')]), [[14, '0001-use-postgresql.md']]);
  });

  it('outlines documents and lists the workspace\'s documents by number and title', async () => {
    const symbols = (await send(DocumentSymbolRequest.type, doc('docs/adr/0003-use-distributed-sql.md'))) as DocumentSymbol[];
    assert.deepEqual([symbols[0].name, symbols[0].detail, symbols[0].children?.map((c) => c.name)], ['Use distributed SQL', 'Accepted · 2025-01-13', ['Status', 'Context', 'Decision', 'Consequences']]);
    const found = (await send(WorkspaceSymbolRequest.type, { query: 'ADR-000' })) as SymbolInformation[];
    assert.deepEqual(found.map((s) => s.name).slice(0, 3), ['ADR-0001: Use PostgreSQL', 'ADR-0002: Publish events', 'ADR-0003: Use distributed SQL']);
    assert.equal(found[0].location.range.start.line, 0);
  });

  it('puts a lens on an ADR title', async () => {
    const lenses = (await send(CodeLensRequest.type, doc('docs/adr/0001-use-postgresql.md'))) ?? [];
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command?.title]), [[0, 'superseded by ADR-0003 · referenced by 3 docs']]);
  });

  it('renames a title and the link texts that repeat it', async () => {
    const rel = 'docs/adr/0001-use-postgresql.md';
    const text = files[rel];
    const prepared = await send(PrepareRenameRequest.type, { ...doc(rel), position: pos(text, '# 1. Use', 6) });
    assert.deepEqual(prepared, { range: { start: { line: 0, character: 5 }, end: { line: 0, character: 19 } }, placeholder: 'Use PostgreSQL' });
    const edit = (await send(RenameRequest.type, { ...doc(rel), position: pos(text, '# 1. Use', 6), newName: 'Store orders in PostgreSQL' })) as WorkspaceEdit;
    const readme = edit.changes![uri(file('docs/adr/README.md'))];
    assert.equal(applied(files['docs/adr/README.md'], readme), files['docs/adr/README.md'].replace('[Use PostgreSQL]', '[Store orders in PostgreSQL]'));
    assert.equal(applied(text, edit.changes![uri(file(rel))]), text.replace('# 1. Use PostgreSQL', '# 1. Store orders in PostgreSQL'));
  });

  /** The quick fixes offered for the first diagnostic with `code`, as published for the open document. */
  async function fixesFor(rel: string, text: string, code: string): Promise<{ diagnostic: Diagnostic; actions: CodeAction[] }> {
    await client.open(file(rel), text);
    const published = await client.diagnostics(file(rel), (d) => d.some((x) => x.code === code));
    const diagnostic = published.diagnostics.find((d) => d.code === code)!;
    const actions = (await send(CodeActionRequest.type, { ...doc(rel), range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } })) as CodeAction[];
    return { diagnostic, actions };
  }

  it('fixes a status typo: applied, the diagnostic is gone', async () => {
    const rel = 'docs/adr/0002-publish-events.md';
    const text = files[rel];
    const { diagnostic, actions } = await fixesFor(rel, text, 'adr.status-value');
    assert.deepEqual(actions.map((a) => a.title), ['Change the status to `Accepted`', 'Disable adr.status-value for this line', 'Disable adr.status-value for this file']);
    assert.deepEqual(actions[0].diagnostics?.map((d) => [d.code, d.range]), [[diagnostic.code, diagnostic.range]]);
    const fixed = applied(text, actions[0].edit!.changes![uri(file(rel))]);
    assert.equal(fixed, text.replace('Acepted', 'Accepted'));
    await client.replace(file(rel), 2, fixed);
    const after = await client.diagnostics(file(rel), (_d, p) => p.version === 2);
    assert.equal(after.diagnostics.some((d) => d.code === 'adr.status-value'), false);
  });

  it('offers source.fixAll with every safe fix', async () => {
    const rel = 'docs/adr/0008-typo.md';
    const text = nygard(8, 'Typo', 'acepted');
    await client.open(file(rel), text);
    await client.diagnostics(file(rel), (d) => d.length > 0);
    const actions = (await send(CodeActionRequest.type, { ...doc(rel), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    assert.deepEqual(actions.map((a) => [a.kind, a.title]), [['source.fixAll', 'Fix all safe Process Docs problems']]);
    assert.equal(applied(text, actions[0].edit!.changes![uri(file(rel))]), text.replace('acepted', 'accepted'));
  });

  it('makes a relation reciprocal by editing the other ADR', async () => {
    const rel = 'docs/adr/0006-amend.md';
    const { actions } = await fixesFor(rel, files[rel], 'adr.supersede-reciprocal');
    const fix = actions.find((a) => a.title.startsWith('Add'))!;
    assert.equal(fix.title, 'Add "Amended by ADR-0006" to ADR-0002');
    const other = uri(file('docs/adr/0002-publish-events.md'));
    assert.deepEqual(Object.keys(fix.edit!.changes!), [other]);
    assert.match(applied(files['docs/adr/0002-publish-events.md'], fix.edit!.changes![other]), /Acepted\n\nAmended by \[ADR-0006\]\(0006-amend\.md\)\n/);
  });

  it('renames a file to match its title with a RenameFile operation, when the client can', async () => {
    const rel = 'docs/adr/0004-cache.md';
    const { actions } = await fixesFor(rel, files[rel], 'adr.number-mismatch');
    const rename = actions.find((a) => a.title.startsWith('Rename'))!;
    assert.equal(rename.title, 'Rename the file to 0005-cache.md, as in the title');
    const ops = rename.edit!.documentChanges!;
    assert.deepEqual(ops.filter((o): o is RenameFile => 'kind' in o), [{ kind: 'rename', oldUri: uri(file(rel)), newUri: uri(file('docs/adr/0005-cache.md')), options: { overwrite: false, ignoreIfExists: false } }]);
    assert.deepEqual(ops.filter((o): o is TextDocumentEdit => !('kind' in o)), [], 'nothing links to it by path');
    const plain = new LspClient();
    try {
      await plain.initialize(ws.root);
      await plain.open(file(rel), files[rel]);
      await plain.diagnostics(file(rel), (d) => d.some((x) => x.code === 'adr.number-mismatch'));
      const line = { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } };
      const offered = (await plain.connection.sendRequest(CodeActionRequest.type, { ...doc(rel), range: line, context: { diagnostics: [], only: ['quickfix'] } })) as CodeAction[];
      assert.deepEqual(offered.map((a) => a.title), ["Change the title's number to 4, as in the file name", 'Disable adr.number-mismatch for this line', 'Disable adr.number-mismatch for this file'], 'no rename for a client without resource operations');
    } finally {
      await plain.stop();
    }
  });

  it('converts an ADR to MADR from its title', async () => {
    const rel = 'docs/adr/0003-use-distributed-sql.md';
    const actions = (await send(CodeActionRequest.type, { ...doc(rel), range: { start: { line: 0, character: 6 }, end: { line: 0, character: 6 } }, context: { diagnostics: [], only: ['refactor'] } })) as CodeAction[];
    assert.deepEqual(actions.map((a) => [a.kind, a.title]), [['refactor.rewrite', 'Convert to MADR style (status and date in front matter, MADR headings)']]);
    assert.match(applied(files[rel], actions[0].edit!.changes![uri(file(rel))]), /^---\nstatus: "Accepted; Supersedes \[ADR-0001\]\(0001-use-postgresql\.md\)"\ndate: 2025-01-13\n---\n\n# Use distributed SQL\n/);
  });
});
