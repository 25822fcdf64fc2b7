// The bundled language server over stdio, driven by a real JSON-RPC client.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { tempWorkspace } from '../helpers';
import { LspClient } from './lsp-client';

const adr = (n: number, status: string, extra = '') =>
  `# ${n}. Decision ${n}\n\nDate: 2025-01-10\n\n## Status\n\n${status}\n\n## Context\n\nWe need it.${extra}\n\n## Decision\n\nWe do it.\n\n## Consequences\n\nIt is done.\n`;

describe('language server over stdio', () => {
  const ws = tempWorkspace({
    'docs/adr/0001-first.md': adr(1, 'Superseded by [ADR-0002](0002-second.md)'),
    'docs/adr/0002-second.md': adr(2, 'Accepted'),
    'docs/adr/0003-third.md': adr(3, 'Acepted'),
    'docs/adr/README.md': '# Decisions\n\nTODO\n',
  });
  const file = (rel: string) => path.join(ws.root, rel);
  const client = new LspClient();

  before(() => client.initialize(ws.root));
  after(async () => {
    await client.stop();
    ws.cleanup();
  });

  it('indexes the workspace and publishes diagnostics for documents not open', async () => {
    const third = await client.diagnostics(file('docs/adr/0003-third.md'));
    assert.deepEqual(third.diagnostics.map((d) => [d.code, d.range.start.line, d.severity]), [['adr.status-value', 6, 2]]);
    assert.match(String(third.diagnostics[0].message), /did you mean `Accepted`/);
    const first = await client.diagnostics(file('docs/adr/0001-first.md'));
    assert.deepEqual(first.diagnostics.map((d) => d.code), ['adr.supersede-reciprocal']);
    assert.equal(first.diagnostics[0].relatedInformation?.[0].location.uri.endsWith('0002-second.md'), true);
    assert.equal(client.published.some((p) => p.uri.endsWith('README.md') && p.diagnostics.length > 0), false);
  });

  it('validates as you type and publishes the version it validated', async () => {
    const f = file('docs/adr/0003-third.md');
    await client.open(f, adr(3, 'Acepted'), 1);
    await client.diagnostics(f, (d, p) => p.version === 1 && d.length === 1);
    // Fix the typo with an incremental edit: line 6 "Acepted" → "Accepted".
    await client.edit(f, 2, { start: { line: 6, character: 1 }, end: { line: 6, character: 1 } }, 'c');
    const fixed = await client.diagnostics(f, (_d, p) => p.version === 2);
    assert.deepEqual(fixed.diagnostics, []);
  });

  it('updates the other side of a relation when one side is edited', async () => {
    const second = file('docs/adr/0002-second.md');
    await client.open(second, adr(2, 'Accepted'), 1);
    await client.replace(second, 2, adr(2, 'Accepted\n\nSupersedes [ADR-0001](0001-first.md)'));
    const first = await client.diagnostics(file('docs/adr/0001-first.md'), (d) => d.length === 0);
    assert.deepEqual(first.diagnostics, []);
  });

  it('after a burst of edits publishes only results that match the final text', async () => {
    const f = file('docs/adr/0004-burst.md');
    await client.open(f, adr(4, 'Accepted'), 1);
    await client.diagnostics(f, (_d, p) => p.version === 1);
    const start = client.published.length;
    for (let v = 2; v <= 200; v++) await client.replace(f, v, adr(4, v % 2 === 0 ? 'Accepted' : 'Acepted', ` Edit ${v}.`));
    const last = await client.diagnostics(f, (_d, p) => p.version === 200);
    assert.deepEqual(last.diagnostics, []);
    const versions = client.published.slice(start).filter((p) => p.uri === last.uri).map((p) => p.version ?? 0);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'never an older version after a newer one');
    assert.ok(versions.length < 20, `debounced: ${versions.length} publications for 199 edits`);
  });
});
