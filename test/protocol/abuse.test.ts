// The bundled server over stdio under abuse: broken JSON-RPC, notifications
// that make no sense, out-of-order versions, a burst of edits, and a workspace
// of files that cannot be read. It must answer, publish only the truth, and live.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Checker } from '../../server/src/core/checker';
import { LineIndex } from '../../server/src/core/lines';
import { findMarkdown, readDocument } from '../../server/src/node/files';
import { loadProject } from '../../server/src/node/project';
import { toPosix } from '../../server/src/node/paths';
import { tempWorkspace } from '../helpers';
import { LspClient, SERVER, uri } from './lsp-client';

const adr = (n: number, status: string, context = 'We need it.') =>
  `# ${n}. Decision ${n}\n\nDate: 2025-01-10\n\n## Status\n\n${status}\n\n## Context\n\n${context}\n\n## Decision\n\nWe do it.\n\n## Consequences\n\nIt is done.\n`;

/**
 * Root reads every file whatever its mode, so to meet a file it cannot read the
 * server runs as an unprivileged user, from a copy of the bundle that user can read.
 */
function unprivileged(): { server?: string; uid?: number; gid?: number; cleanup: () => void } {
  if (process.getuid?.() !== 0) return { cleanup: () => undefined };
  const dir = mkdtempSync(path.join(tmpdir(), 'process-docs-server-'));
  chmodSync(dir, 0o755);
  const server = path.join(dir, 'server.js');
  copyFileSync(SERVER, server);
  chmodSync(server, 0o644);
  return { server, uid: 65534, gid: 65534, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What the core finds in `file` when the workspace on disk holds `text` for it: the truth to compare publications with. */
async function expectedFindings(root: string, file: string, text: string): Promise<string[]> {
  const { project } = await loadProject(root);
  const checker = new Checker(project);
  for (const f of await findMarkdown(root)) {
    const read = await readDocument(f);
    if (read.ok) checker.update(toPosix(f), read.text);
  }
  checker.update(toPosix(file), text);
  const lines = new LineIndex(text);
  return checker.findings(toPosix(file)).map((f) => `${f.rule}@${lines.positionAt(f.range.start).line}`);
}

// Timeouts are hang guards (a read that blocks, a loop followed forever), not speed targets.
describe('language server under abuse', { timeout: 120_000 }, () => {
  const ws = tempWorkspace({
    'docs/adr/0001-first.md': adr(1, 'Accepted'),
    'docs/adr/0002-typo.md': adr(2, 'Acepted'),
    'docs/adr/0006-burst.md': adr(6, 'Accepted'),
    'docs/adr/0007-order.md': adr(7, 'Acepted'),
  });
  const file = (rel: string) => path.join(ws.root, rel);
  const as = unprivileged();
  let client: LspClient;

  before(async () => {
    // A binary file, a file over the size limit, links that loop or lead nowhere,
    // a FIFO and an endless device behind `.md` names, and a file nobody may read.
    writeFileSync(file('docs/adr/0003-binary.md'), Buffer.from([0x23, 0x20, 0x00, 0xff, 0xfe, 0x01]));
    writeFileSync(file('docs/adr/0004-huge.md'), `# 4. Huge\n\n${'word '.repeat(300_000)}\n`);
    writeFileSync(file('docs/adr/0005-locked.md'), adr(5, 'Acepted'));
    chmodSync(file('docs/adr/0005-locked.md'), 0o000);
    symlinkSync('..', file('docs/adr/loop'));
    symlinkSync('self.md', file('docs/adr/self.md'));
    symlinkSync('nowhere.md', file('docs/adr/gone.md'));
    symlinkSync('/dev/zero', file('docs/adr/zero.md'));
    execFileSync('mkfifo', [file('pipe')]);
    symlinkSync('../../pipe', file('docs/adr/fifo.md'));
    chmodSync(ws.root, 0o755);
    client = new LspClient(as.server ? { server: as.server, uid: as.uid, gid: as.gid } : {});
    await client.initialize(ws.root);
  });
  after(async () => {
    await client.stop();
    ws.cleanup();
    as.cleanup();
  });

  it('indexes past unreadable, looping, endless and binary files, with one notice each', async () => {
    const typo = await client.diagnostics(file('docs/adr/0002-typo.md'));
    assert.deepEqual(typo.diagnostics.map((d) => d.code), ['adr.status-value']);
    const notices = (name: string) => client.logs.filter((l) => l.message.includes(`${path.sep}${name}:`)).map((l) => l.message.slice(l.message.lastIndexOf(': ') + 2));
    assert.deepEqual(notices('0003-binary.md'), ['binary content']);
    assert.deepEqual(notices('0004-huge.md'), ['larger than 1024 KB (1465 KB)']);
    assert.deepEqual(notices('0005-locked.md'), ['not readable']);
    assert.deepEqual(notices('self.md'), ['a symbolic link loop']);
    assert.deepEqual(notices('zero.md'), ['not a regular file']);
    assert.deepEqual(notices('fifo.md'), ['not a regular file']);
    assert.deepEqual(notices('gone.md'), ['a broken symbolic link']);
    assert.equal(client.published.some((p) => /loop/.test(p.uri)), false, 'the folder link is never followed');
    // Re-reading the whole folder (a config change) and opening the large file do not repeat the notice.
    writeFileSync(file('.processdocs.json'), '{}');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(file('.processdocs.json')), type: 1 }] });
    await client.open(file('docs/adr/0004-huge.md'), `# 4. Huge\n\n${'word '.repeat(300_000)}\n`);
    await client.open(file('docs/adr/0008-probe.md'), adr(8, 'Accepted'));
    await client.diagnostics(file('docs/adr/0008-probe.md')); // validated after the large file, in order
    await client.diagnostics(file('docs/adr/0002-typo.md'), (_d, p) => client.published.indexOf(p) > client.published.indexOf(typo));
    assert.equal(notices('0004-huge.md').length, 1);
    assert.equal(notices('0003-binary.md').length, 1);
  });

  it('answers broken and unknown JSON-RPC with errors, and keeps serving', async () => {
    // Well-framed messages with bad bodies, in one write: each is read, refused and forgotten.
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    const bad = [
      '{not json',
      '{"jsonrpc":"2.0","id":"x1","method":"textDocument/hover","params":', // truncated
      '{"jsonrpc":"2.0"}',
      '[1,2,3]',
      '"a string"',
      '{"jsonrpc":"2.0","method":"$/unknownNotification","params":{"a":1}}',
    ];
    client.child.stdin!.write(bad.map(frame).join(''));
    await assert.rejects(client.connection.sendRequest('processDocs/noSuchRequest', {}), (e: { code: number }) => e.code === -32601);
    // Known methods with nonsense parameters answer (null or an error), never crash.
    const nonsense = [null, {}, { textDocument: 42 }, { textDocument: { uri: 'file://%E0%A4%A' }, position: { line: -1, character: 1e12 } }];
    for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/documentSymbol', 'textDocument/codeAction', 'textDocument/definition', 'textDocument/references', 'textDocument/documentLink', 'textDocument/rename', 'workspace/symbol', 'completionItem/resolve', 'codeLens/resolve', 'workspace/executeCommand', 'processDocs/planNewDocument', 'processDocs/planSupersede', 'processDocs/planLink', 'processDocs/planRenumber', 'processDocs/decisionIndex', 'processDocs/planIndexFiles']) {
      for (const params of nonsense) await client.connection.sendRequest(method, params).catch((e: Error) => e);
    }
    assert.equal(client.child.exitCode, null);
    // A document that is open and one that never was still get real answers.
    const f = file('docs/adr/0001-first.md');
    await client.open(f, adr(1, 'Acepted'));
    const published = await client.diagnostics(f, (d) => d.length === 1);
    assert.equal(published.diagnostics[0].code, 'adr.status-value');
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uri(f) } })) as unknown[];
    assert.ok(symbols.length > 0);
  });

  it('ignores notifications for documents that were never opened, and odd URIs', async () => {
    const never = file('docs/adr/0009-never.md');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(never), version: 5 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(never) } });
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: uri(never) } });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(never), version: null }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:Untitled-1', languageId: 'markdown', version: 1, text: adr(1, 'Acepted') } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file://%E0%A4%A', languageId: 'markdown', version: 1, text: 'x' } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(file('docs/adr/0010-odd.md')), languageId: 'markdown', version: 1, text: 42 } });
    assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri(never) }, position: { line: 0, character: 0 } }), null);
    // Still alive and still checking; a change nobody can apply leaves the text as it was.
    const typo = file('docs/adr/0002-typo.md');
    await client.open(typo, adr(2, 'Acepted'));
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(typo), version: 2 }, contentChanges: [{ range: 'everything', text: 7 }] });
    await client.replace(typo, 2, adr(2, 'Accepted'));
    await client.diagnostics(typo, (d, p) => p.version === 2 && d.length === 0);
    assert.equal(client.published.some((p) => p.uri.startsWith('untitled:') || p.uri.includes('%E0')), false);
    assert.equal(client.child.exitCode, null);
  });

  it('drops a change whose version is not newer, so an old result is never published last', async () => {
    const f = file('docs/adr/0007-order.md');
    const start = client.published.length;
    await client.open(f, adr(7, 'Acepted'), 1);
    await client.diagnostics(f, (d, p) => p.version === 1 && d.length === 1);
    await client.replace(f, 3, adr(7, 'Accepted'));
    await client.replace(f, 2, adr(7, 'Acepted')); // arrives late
    await client.replace(f, 3, adr(7, 'Acepted')); // the same version again
    await client.diagnostics(f, (_d, p) => p.version === 3);
    await client.replace(f, 4, adr(7, 'Accepted', 'Typed after the stale ones.'));
    const last = await client.diagnostics(f, (_d, p) => p.version === 4);
    assert.deepEqual(last.diagnostics, []);
    const versions = client.published.slice(start).filter((p) => p.uri === uri(f)).map((p) => p.version ?? 0);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
    assert.ok(versions.every((v) => v !== 2), 'version 2 never validated');
    assert.equal(client.logs.filter((l) => /ignored version [23] /.test(l.message)).length, 2);
  });

  it('after 1,000 edits in a burst publishes the findings of the final text, never an older version after a newer one', async () => {
    const f = file('docs/adr/0006-burst.md');
    let text = adr(6, 'Accepted');
    await client.open(f, text, 1);
    await client.diagnostics(f, (_d, p) => p.version === 1);
    const start = client.published.length;
    const lines = text.split('\n');
    const contextLine = lines.indexOf('We need it.');
    const typed = 'Orders arrive twice when the queue retries; '.repeat(23).slice(0, 996);
    const sends: Promise<void>[] = [];
    let version = 1;
    for (let i = 0; i < typed.length; i++) {
      const character = 'We need it.'.length + i;
      sends.push(client.edit(f, ++version, { start: { line: contextLine, character }, end: { line: contextLine, character } }, typed[i]));
    }
    // The last edits turn the status into a typo: "Accepted" → "Acepted", then a TODO.
    const statusLine = lines.indexOf('Accepted');
    sends.push(client.edit(f, ++version, { start: { line: statusLine, character: 1 }, end: { line: statusLine, character: 2 } }, ''));
    sends.push(client.edit(f, ++version, { start: { line: contextLine + 2, character: 0 }, end: { line: contextLine + 2, character: 0 } }, '## Decision\n\nTODO\n\n'));
    sends.push(client.edit(f, ++version, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, '#'));
    sends.push(client.edit(f, ++version, { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, ''));
    await Promise.all(sends);
    assert.equal(version, 1001);
    lines[contextLine] += typed;
    lines[statusLine] = 'Acepted';
    text = lines.join('\n').replace('\n## Decision\n\nWe do it.', '\n## Decision\n\nTODO\n\n## Decision\n\nWe do it.');
    const last = await client.diagnostics(f, (_d, p) => p.version === 1001);
    assert.deepEqual(
      last.diagnostics.map((d) => `${d.code}@${d.range.start.line}`),
      await expectedFindings(ws.root, f, text),
      'the final publication is exactly what the core finds in the final text',
    );
    assert.ok(last.diagnostics.length >= 2, 'the final text has a typo and a placeholder');
    const versions = client.published.slice(start).filter((p) => p.uri === uri(f)).map((p) => p.version ?? 0);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'never an older version after a newer one');
    assert.equal(versions.at(-1), 1001);
  });
});

describe('a document closed and opened again at once', { timeout: 60_000 }, () => {
  it('keeps the open buffer, not the file read on closing', async () => {
    // On disk the status is right; the editor's buffer has the typo.
    const ws = tempWorkspace({ 'docs/adr/0001-first.md': adr(1, 'Accepted') });
    const f = path.join(ws.root, 'docs/adr/0001-first.md');
    const client = new LspClient();
    try {
      // No delay: the reopened buffer is validated before the read that closing started ends.
      await client.initialize(ws.root, { validateDelay: 0 });
      await client.open(f, adr(1, 'Acepted'), 1);
      await client.diagnostics(f, (d, p) => p.version === 1 && d.length === 1);
      const closing = client.published.length;
      await client.close(f);
      await client.open(f, adr(1, 'Acepted'), 2);
      const reopened = await client.diagnostics(f, (_d, p) => p.version === 2);
      // The read that closing started either ended before the reopening (and published the disk's
      // findings before it) or ends after it, by dropping what it read.
      const before = client.published.slice(closing, client.published.indexOf(reopened));
      if (!before.some((p) => p.uri === uri(f) && p.version === undefined)) await client.logged((m) => m.includes(`kept the open buffer of ${toPosix(f)}`));
      const last = client.lastPublished(f);
      assert.deepEqual(last?.diagnostics.map((d) => d.code), ['adr.status-value'], 'the last publication is of the open buffer');
    } finally {
      await client.stop();
      ws.cleanup();
    }
  });
});

describe('documents opened while the workspace is still being read', { timeout: 60_000 }, () => {
  it('belong to the workspace folder, saved or not', async () => {
    // No project marker: adopting the file's own folder as a second root would name files relative to it.
    const ws = tempWorkspace({ 'docs/adr/0001-a.md': adr(1, 'Accepted'), 'docs/adr/0001-b.md': adr(1, 'Accepted') });
    const client = new LspClient();
    try {
      const unsaved = path.join(ws.root, 'docs/adr/0003-unsaved.md');
      const capabilities = { window: { workDoneProgress: true } };
      await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: uri(ws.root), capabilities, initializationOptions: { validateDelay: 0 } });
      await client.connection.sendNotification('initialized', {});
      await client.open(path.join(ws.root, 'docs/adr/0001-a.md'), adr(1, 'Accepted'), 4);
      await client.open(unsaved, adr(3, 'Acepted'), 2);
      // Publications while the folder is read may lack what needs the whole index; the last ones may not.
      await client.progressDone();
      const a = client.lastPublished(path.join(ws.root, 'docs/adr/0001-a.md'));
      assert.equal(a?.version, 4);
      assert.deepEqual(a.diagnostics.map((d) => d.message), ['ADR number 1 is also used by docs/adr/0001-b.md']);
      const u = client.lastPublished(unsaved);
      assert.equal(u?.version, 2);
      assert.deepEqual(u.diagnostics.map((d) => d.code), ['adr.status-value']);
    } finally {
      await client.stop();
      ws.cleanup();
    }
  });
});

describe('language server on a workspace of 20,000 files', { timeout: 300_000 }, () => {
  const root = mkdtempSync(path.join(tmpdir(), 'process-docs-20k-'));
  const adrs = 2_000;
  const adrFile = (n: number) => path.join(root, 'docs/adr', `${String(n).padStart(4, '0')}-decision-${n}.md`);
  const client = new LspClient();

  before(async () => {
    mkdirSync(path.join(root, 'docs/adr'), { recursive: true });
    for (let n = 1; n <= adrs; n++) writeFileSync(adrFile(n), adr(n, n === 1 ? 'Accepted' : `Accepted\n\nSee [ADR-${n - 1}](${path.basename(adrFile(n - 1))}).`));
    // The last ADR claims number 1 as well: the first one can only know once everything is indexed.
    writeFileSync(adrFile(adrs), adr(1, 'Accepted'));
    for (let folder = 0; folder < 180; folder++) {
      mkdirSync(path.join(root, 'notes', String(folder)), { recursive: true });
      for (let n = 0; n < 100; n++) writeFileSync(path.join(root, 'notes', String(folder), `${n}.md`), `# Note ${folder}.${n}\n\nMeeting notes.\n`);
    }
    await client.initialize(root);
  });
  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('indexes every file and finds what needs the whole index', async () => {
    const first = await client.diagnostics(adrFile(1), (d) => d.some((x) => x.code === 'adr.duplicate-number'), 120_000);
    assert.match(String(first.diagnostics.find((d) => d.code === 'adr.duplicate-number')!.message), /2000-decision-2000\.md/);
    const last = await client.diagnostics(adrFile(adrs), (d) => d.some((x) => x.code === 'adr.number-mismatch'), 120_000);
    assert.ok(last.diagnostics.some((d) => d.code === 'adr.duplicate-number'));
  });

  it('follows files deleted while they are being read, and ends with the state on disk', async () => {
    // Delete a quarter of the ADRs and the duplicate while the server re-reads the folder.
    writeFileSync(path.join(root, '.processdocs.json'), '{}');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(path.join(root, '.processdocs.json')), type: 1 }] });
    const deleted = [adrs, ...Array.from({ length: 500 }, (_, i) => 1000 + i)];
    for (const n of deleted) rmSync(adrFile(n));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: deleted.map((n) => ({ uri: uri(adrFile(n)), type: 3 })) });
    const first = await client.diagnostics(adrFile(1), (d) => d.length === 0, 120_000);
    assert.deepEqual(first.diagnostics, []);
    // ADR 1500 linked to the deleted 1499: a broken reference now.
    const after = await client.diagnostics(adrFile(1500), (d) => d.some((x) => x.code === 'adr.broken-reference'), 120_000);
    assert.equal(after.diagnostics.length, 1);
    for (const n of deleted) {
      const lastPublished = client.lastPublished(adrFile(n));
      assert.deepEqual(lastPublished?.diagnostics ?? [], [], `nothing left on the deleted ${n}`);
    }
    assert.equal(client.child.exitCode, null);
  });
});
