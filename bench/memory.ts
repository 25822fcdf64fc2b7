// Memory over 10,000 edits: does anything the server keeps per edit outlive it?
// Measured twice: the bundled server's resident memory over stdio (what a user
// sees in the task manager), and the core's heap after a full GC in process.
// The edits type a word and delete it again at a new place each time, so the
// text ends as long as it began: any growth is memory kept, not text.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CompletionRequest } from 'vscode-languageserver-protocol/node';
import { Checker } from '../server/src/core/checker';
import { LineIndex } from '../server/src/core/lines';
import { ParseCache } from '../server/src/core/markdown/parse';
import { loadProject } from '../server/src/node/project';
import { toPosix } from '../server/src/node/paths';
import { LspClient, uri } from '../test/protocol/lsp-client';
import { adrFileName, generateAdr } from './generate';

export interface MemorySeries {
  /** Edits done at each sample. */
  edits: number[];
  /** Server resident set size (MB) at each sample. */
  serverRssMb: number[];
  /** Core heap after a full GC (MB) at each sample. */
  coreHeapMb: number[];
}

const WORD = 'retries';
const SAMPLE_EVERY = 1000;

/** The i-th edit of the typing pattern: type WORD at an offset, then delete it a character at a time. */
function* typing(text: string, edits: number): Generator<{ offset: number; insert: string; remove: number }> {
  let at = 0;
  for (let i = 0; i < edits; ) {
    // A new place for each word: before the next sentence's full stop, wrapping around.
    at = text.indexOf('.\n', at + 1);
    if (at === -1) at = text.indexOf('.\n');
    const offset = at;
    for (let c = 0; c < WORD.length && i < edits; c++, i++) yield { offset: offset + c, insert: WORD[c], remove: 0 };
    for (let c = WORD.length; c > 0 && i < edits; c--, i++) yield { offset: offset + c - 1, insert: '', remove: 1 };
  }
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

function heapMb(): number {
  global.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

export async function memoryOverEdits(edits = 10_000, count = 1000): Promise<MemorySeries> {
  const root = mkdtempSync(path.join(tmpdir(), 'process-docs-bench-'));
  const client = new LspClient();
  const series: MemorySeries = { edits: [], serverRssMb: [], coreHeapMb: [] };
  try {
    mkdirSync(path.join(root, 'docs', 'adr'), { recursive: true });
    for (let n = 1; n <= count; n++) writeFileSync(path.join(root, 'docs', 'adr', adrFileName(n)), generateAdr(n));
    const file = path.join(root, 'docs', 'adr', adrFileName(count + 1));
    const start = generateAdr(count + 1, 1000);

    // In process: one checker, one parse cache, as the session keeps them for an open document.
    const { project } = await loadProject(root);
    const checker = new Checker(project);
    for (let n = 1; n <= count; n++) checker.scan(toPosix(path.join(root, 'docs', 'adr', adrFileName(n))), generateAdr(n));
    const cache = new ParseCache();
    let text = start;
    checker.update(toPosix(file), text, cache);
    const core: number[] = [heapMb()];
    let done = 0;
    for (const e of typing(start, edits)) {
      text = text.slice(0, e.offset) + e.insert + text.slice(e.offset + e.remove);
      checker.update(toPosix(file), text, cache);
      checker.findings(toPosix(file));
      if (++done % SAMPLE_EVERY === 0) core.push(heapMb());
    }

    // Over stdio: every edit validated (no debounce) and published, a completion request every 10 edits.
    await client.initialize(root, { validateDelay: 0 });
    await client.open(file, start);
    await client.diagnostics(file, (_d, p) => p.version === 1, 60_000);
    const pid = client.child.pid!;
    const server: number[] = [rssMb(pid)];
    text = start;
    let version = 1;
    for (const e of typing(start, edits)) {
      const lines = new LineIndex(text);
      const range = { start: lines.positionAt(e.offset), end: lines.positionAt(e.offset + e.remove) };
      text = text.slice(0, e.offset) + e.insert + text.slice(e.offset + e.remove);
      await client.edit(file, ++version, range, e.insert);
      await client.diagnostics(file, (_d, p) => p.version === version, 60_000);
      if (version % 10 === 0) await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri(file) }, position: range.start });
      if ((version - 1) % SAMPLE_EVERY === 0) server.push(rssMb(pid));
    }
    for (let i = 0; i < core.length; i++) {
      series.edits.push(i * SAMPLE_EVERY);
      series.coreHeapMb.push(core[i]);
      series.serverRssMb.push(server[i]);
    }
    return series;
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
