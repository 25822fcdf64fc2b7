// The custom requests behind the editor's commands, over stdio against the
// bundled server: plans come back as WorkspaceEdits that, applied, give exactly
// what the core plans.
import { strict as assert } from 'node:assert';
import { cpSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import * as P from '../../server/src/protocol';
import { findMarkdown } from '../../server/src/node/files';
import { REPO, tempWorkspace } from '../helpers';
import { LspClient, uri } from './lsp-client';

/** Applies a WorkspaceEdit to texts by URI, as an editor would, checking versions of open documents. */
function applyEdit(edit: WorkspaceEdit, texts: Map<string, string>, versions: Map<string, number>): Map<string, string> {
  const out = new Map(texts);
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change && change.kind === 'create') {
      assert.ok(!out.has(change.uri), `create ${change.uri}: exists`);
      out.set(change.uri, '');
    } else if ('kind' in change && change.kind === 'rename') {
      assert.ok(out.has(change.oldUri) && !out.has(change.newUri), `rename ${change.oldUri} → ${change.newUri}`);
      out.set(change.newUri, out.get(change.oldUri)!);
      out.delete(change.oldUri);
    } else if ('textDocument' in change) {
      const { uri: u, version } = change.textDocument;
      assert.equal(version, versions.get(u) ?? null, `version of ${u}`);
      out.set(u, TextDocument.applyEdits(TextDocument.create(u, 'markdown', 0, out.get(u)!), change.edits as TextEdit[]));
    }
  }
  return out;
}

async function textsOf(root: string): Promise<Map<string, string>> {
  return new Map((await findMarkdown(root)).map((f) => [uri(f), readFileSync(f, 'utf8')]));
}

describe('command requests over stdio', () => {
  const ws = tempWorkspace({});
  cpSync(path.join(REPO, 'test/workspaces/renumber/before'), ws.root, { recursive: true });
  const file = (rel: string) => path.join(ws.root, rel);
  const client = new LspClient();
  const request = <Q, R>(spec: P.RequestSpec<Q, R>, params: Q) => client.connection.sendRequest<R>(spec.method, params);

  before(async () => {
    await client.initialize(ws.root);
    // Indexed once the first diagnostics of the workspace arrive.
    await client.diagnostics(file('docs/adr/0005-cache-prices.md'), (d) => d.length > 0);
  });
  after(async () => {
    await client.stop();
    ws.cleanup();
  });

  it('planRenumber: one annotated edit (previewed first) that gives the golden result, unsaved editors included', async () => {
    // An editor holds unsaved text for one ADR: the plan works on that text and pins its version.
    const open = file('docs/adr/0001-record-architecture-decisions.md');
    const unsaved = readFileSync(open, 'utf8').replace('See ADR-0003', 'Unsaved: see ADR-0003');
    await client.open(open, unsaved, 7);
    const result = await request(P.planRenumber, { contextUri: uri(ws.root) });
    assert.equal(result.type, 'plan');
    if (result.type !== 'plan') return;
    assert.deepEqual(result.edit.changeAnnotations, { 'process-docs': { label: 'Renumber ADRs', needsConfirmation: true, description: '4 ADR(s) change number' } });
    assert.deepEqual(result.moves.map((m) => [path.basename(m.uri), m.from, m.to]), [
      ['0003-use-a-queue.md', 3, 2],
      ['0005-cache-prices.md', 5, 3],
      ['0005-rate-limit-the-api.md', 5, 4],
      ['0007-publish-events.md', 7, 5],
    ]);
    const texts = await textsOf(ws.root);
    texts.set(uri(open), unsaved);
    const applied = applyEdit(result.edit, texts, new Map([[uri(open), 7]]));
    const golden = await textsOf(path.join(REPO, 'test/workspaces/renumber/after'));
    const expected = new Map([...golden].map(([u, t]) => [u.replace(uri(path.join(REPO, 'test/workspaces/renumber/after')), uri(ws.root)), t]));
    expected.set(uri(open), expected.get(uri(open))!.replace('See ADR-0002', 'Unsaved: see ADR-0002'));
    assert.deepEqual(new Map([...applied].sort()), new Map([...expected].sort()));
    for (const change of result.edit.documentChanges ?? []) {
      if ('kind' in change) assert.equal(change.annotationId, 'process-docs');
      else for (const e of change.edits) assert.equal('annotationId' in e && e.annotationId, 'process-docs');
    }
  });

  it('planNewDocument: a created file, its text, and where the cursor goes; or the questions and folders it needs', async () => {
    const result = await request(P.planNewDocument, { kind: 'adr', title: 'Use Temporal', contextUri: uri(ws.root), variant: 'nygard', values: { author: 'Orders team' } });
    if (result.type !== 'plan') return assert.fail(JSON.stringify(result));
    const created = uri(file('docs/adr/0008-use-temporal.md'));
    const applied = applyEdit(result.edit, new Map(), new Map());
    assert.match(applied.get(created)!, /^# 8\. Use Temporal\n\nDate: \d{4}-\d{2}-\d{2}\n\n## Status\n\nProposed\n/);
    assert.deepEqual(result.focus, { uri: created, range: { start: { line: 10, character: 0 }, end: { line: 10, character: 104 } } });
    const chosen = await request(P.planNewDocument, { kind: 'adr', title: 'X', folderUri: uri(file('docs/design')), values: { author: 'A' } });
    assert.equal(chosen.type === 'plan' && chosen.focus?.uri, uri(file('docs/design/0008-x.md')));
    const outside = await request(P.planNewDocument, { kind: 'adr', title: 'X', folderUri: uri(path.dirname(ws.root)), values: { author: 'A' } });
    assert.equal(outside.type, 'error');
  });

  it('planSupersede and planLink: both sides in one edit', async () => {
    const result = await request(P.planSupersede, { uri: uri(file('docs/adr/0005-cache-prices.md')), title: 'Cache prices at the edge', values: { author: 'X' } });
    if (result.type !== 'plan') return assert.fail(JSON.stringify(result));
    const applied = applyEdit(result.edit, await textsOf(ws.root), new Map([[uri(file('docs/adr/0001-record-architecture-decisions.md')), 7]]));
    assert.match(applied.get(uri(file('docs/adr/0005-cache-prices.md')))!, /## Status\n\nSuperseded by \[ADR-0008\]\(0008-cache-prices-at-the-edge\.md\)\n/);
    assert.match(applied.get(uri(file('docs/adr/0008-cache-prices-at-the-edge.md')))!, /Supersedes \[ADR-0005\]\(0005-cache-prices\.md\)/);
    const linked = await request(P.planLink, { fromUri: uri(file('docs/adr/0005-cache-prices.md')), relation: 'clarifies', toUri: uri(file('docs/adr/0003-use-a-queue.md')) });
    assert.equal(linked.type, 'plan');
    const refused = await request(P.planLink, { fromUri: uri(file('docs/design/checkout.md')), relation: 'amends', toUri: uri(file('docs/adr/0003-use-a-queue.md')) });
    assert.deepEqual(refused, { type: 'error', message: 'docs/design/checkout.md is not an ADR' });
  });

  it('decisionIndex, and a notification when an edit changes it', async () => {
    const index = await request(P.decisionIndex, {});
    assert.equal(index.folders.length, 1);
    assert.deepEqual(index.folders[0].entries.map((e) => [e.number, e.title, e.status, e.supersededBy]), [
      [1, 'Record architecture decisions', 'Accepted', []],
      [3, 'Use a queue', 'Accepted', [7]],
      [5, 'Cache prices', 'Accepted', []],
      [5, 'Rate-limit the API', 'Accepted', []],
      [7, 'Publish order events', 'Accepted', []],
    ]);
    const changed = new Promise<void>((resolve) => client.connection.onNotification(P.didChangeIndex, () => resolve()));
    const f = file('docs/adr/0005-cache-prices.md');
    await client.open(f, readFileSync(f, 'utf8'), 1);
    await client.replace(f, 2, readFileSync(f, 'utf8').replace('# 5. Cache prices', '# 5. Cache prices at the edge'));
    await changed;
    const after = await request(P.decisionIndex, {});
    assert.equal(after.folders[0].entries[2].title, 'Cache prices at the edge');
  });

  it('planIndexFiles: the README region, as one edit', async () => {
    const result = await request(P.planIndexFiles, {});
    if (result.type !== 'plan') return assert.fail(JSON.stringify(result));
    const applied = applyEdit(result.edit, await textsOf(ws.root), new Map([[uri(file('docs/adr/0001-record-architecture-decisions.md')), 7], [uri(file('docs/adr/0005-cache-prices.md')), 2]]));
    assert.match(applied.get(uri(file('docs/adr/README.md')))!, /<!-- process-docs:index -->\n\| ADR \| Title \| Status \| Date \|\n[\s\S]*\| \[ADR-0003\]\(0003-use-a-queue\.md\) \| Use a queue \| Accepted by ADR-0007 \|/);
  });
});

describe('command requests: a new document in an empty workspace', () => {
  it('asks for a folder, then for what the template needs', async () => {
    const ws = tempWorkspace({ 'README.md': '# P\n', '.processdocs/templates/adr.md': '# {{number}}. {{title}}\n\nOwner: {{owner}}\n\n## Status\n\nProposed\n' });
    const client = new LspClient();
    try {
      await client.initialize(ws.root);
      await client.diagnostics(path.join(ws.root, '.processdocs.json'));
      const ask = (params: P.NewDocumentParams) => client.connection.sendRequest<P.NewDocumentResponse>(P.planNewDocument.method, params);
      const first = await ask({ kind: 'adr', title: 'X', variant: 'nygard', values: { author: 'A' } });
      assert.deepEqual(first, { type: 'folder', root: uri(ws.root), suggestions: ['docs/adr', 'docs/adrs', 'docs/decisions', 'adr'] });
      const second = await ask({ kind: 'adr', title: 'X', variant: 'nygard', folderUri: uri(path.join(ws.root, 'docs/adr')), values: { author: 'A' } });
      assert.deepEqual(second, { type: 'questions', questions: [{ name: 'owner', prompt: 'Value for {{owner}}.', type: 'text' }] });
    } finally {
      await client.stop();
      ws.cleanup();
    }
  });
});
