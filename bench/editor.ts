// Completion and hover latency on a 1,000-ADR workspace (target: < 10 ms median),
// measured twice: in process (core and conversion to LSP), and as an editor sees
// it — a request to the bundled server over stdio and its answer.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CompletionRequest, HoverRequest, WorkspaceSymbolRequest, type CompletionList, type Position } from 'vscode-languageserver-protocol/node';
import { Checker } from '../server/src/core/checker';
import { complete } from '../server/src/core/complete';
import { hover } from '../server/src/core/hover';
import { LineIndex } from '../server/src/core/lines';
import { toCompletionList, toHover } from '../server/src/lsp/convert';
import { loadProject } from '../server/src/node/project';
import { toPosix } from '../server/src/node/paths';
import { LspClient, uri } from '../test/protocol/lsp-client';
import { adrFileName, generateAdr } from './generate';

export interface Latency {
  median: number;
  p95: number;
  items?: number;
}

const RUNS = 200;

function stats(times: number[], items?: number): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.floor(sorted.length * 0.95)], ...(items === undefined ? {} : { items }) };
}

/** The document being written: a new ADR with an empty heading, a half-typed mention and a reference. */
function draft(count: number): { text: string; heading: number; mention: number; reference: number } {
  const text = `# ${count + 1}. A new decision\n\nDate: 2025-06-01\n\n## Status\n\nProposed\n\n## \n\nAs [ADR-0500](${adrFileName(500)}) says, see ADR-\n`;
  return { text, heading: text.indexOf('## \n') + 3, mention: text.lastIndexOf('ADR-') + 4, reference: text.indexOf('[ADR-0500]') + 3 };
}

async function timed(run: () => unknown | Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 20; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}

export async function editorLatency(count = 1000): Promise<Record<string, Latency>> {
  const root = mkdtempSync(path.join(tmpdir(), 'process-docs-bench-'));
  const client = new LspClient();
  try {
    mkdirSync(path.join(root, 'docs', 'adr'), { recursive: true });
    for (let n = 1; n <= count; n++) writeFileSync(path.join(root, 'docs', 'adr', adrFileName(n)), generateAdr(n));
    const { text, heading, mention, reference } = draft(count);
    const file = path.join(root, 'docs', 'adr', adrFileName(count + 1));
    const out: Record<string, Latency> = {};

    // In process: the core's answer and its conversion, from the model the session keeps.
    const { project } = await loadProject(root);
    const checker = new Checker(project);
    for (let n = 1; n <= count; n++) checker.scan(toPosix(path.join(root, 'docs', 'adr', adrFileName(n))), generateAdr(n));
    const ctx = { doc: checker.update(toPosix(file), text).model, project, index: checker.index };
    const lines = new LineIndex(text);
    let size = 0;
    let key = 0;
    const keyOf = () => [1, key++];
    out.coreCompleteAdrs = stats(await timed(() => (size = toCompletionList(complete(ctx, mention), lines, true, keyOf).items.length)), size);
    out.coreCompleteSections = stats(await timed(() => (size = toCompletionList(complete(ctx, heading), lines, true, keyOf).items.length)), size);
    out.coreHover = stats(await timed(() => toHover(hover(ctx, reference)!, lines)));

    // Over stdio: what an editor waits for, declaring what VS Code declares for completion lists.
    await client.initialize(root, { validateDelay: 20 }, { textDocument: { completion: { completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextMode', 'data'] } } } });
    for (;;) {
      const found = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'ADR-' })) ?? [];
      if (found.length >= count) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    // The server validates every document in the background after indexing: measure once it is done.
    for (let seen = -1; seen !== client.published.length; ) {
      seen = client.published.length;
      await new Promise((r) => setTimeout(r, 500));
    }
    await client.open(file, text);
    await client.diagnostics(file);
    const at = (offset: number): Position => lines.positionAt(offset);
    const textDocument = { uri: uri(file) };
    const request = (offset: number) => client.connection.sendRequest(CompletionRequest.type, { textDocument, position: at(offset) });
    const itemsAt = async (offset: number) => ((await request(offset)) as CompletionList).items.length;
    out.stdioCompleteAdrs = stats(await timed(async () => (size = await itemsAt(mention))), size);
    out.stdioCompleteSections = stats(await timed(async () => (size = await itemsAt(heading))), size);
    out.stdioHover = stats(await timed(() => client.connection.sendRequest(HoverRequest.type, { textDocument, position: at(reference) })));
    return out;
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
