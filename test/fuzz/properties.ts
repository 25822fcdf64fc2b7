// What must hold for any document at all: the model, every rule (document and
// workspace), the line scan and the checker's output formats never throw; every
// range lies inside its document with start ≤ end; the same text gives the same
// results. `exercise` checks all of it for one document inside a real workspace
// (the examples), so cross-document rules see numbers, links and relations.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import type { Checker } from '../../server/src/core/checker';
import { ParseCache } from '../../server/src/core/markdown/parse';
import { describeDocument } from '../../server/src/core/model';
import type { Finding, Range } from '../../server/src/core/types';
import { formatJson, formatSarif, formatStylish } from '../../server/src/cli/formats';
import { toPosix } from '../../server/src/node/paths';
import { checkFolder, REPO } from '../helpers';

export interface Case {
  /** What made it: `grammar adr`, `mutation of examples/docs/adr/…`. */
  label: string;
  /** Where it sits in the workspace, relative to its root. */
  path: string;
  text: string;
}

export interface FuzzWorkspace {
  root: string;
  checker: Checker;
}

/** The examples workspace, indexed: every kind, cross-references, planted mistakes. */
export async function fuzzWorkspace(): Promise<FuzzWorkspace> {
  const root = path.join(REPO, 'examples');
  return { root: toPosix(root), checker: await checkFolder(root) };
}

/** Every `{start, end}` in a value (the model's ranges), skipping the tree and the kind definitions. */
function rangesIn(value: unknown, out: [string, Range][] = [], at = ''): [string, Range][] {
  const stack: [unknown, string][] = [[value, at]];
  while (stack.length) {
    const [v, where] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (v instanceof Map) {
      for (const [k, x] of v) stack.push([x, `${where}.${String(k)}`]);
      continue;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') out.push([where, o as unknown as Range]);
    for (const [k, x] of Object.entries(o)) if (k !== 'tree' && k !== 'kindDef' && k !== 'variant' && k !== 'text') stack.push([x, `${where}.${k}`]);
  }
  return out;
}

function assertInside(what: string, r: Range, length: number): void {
  assert.ok(Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start <= r.end && r.end <= length, `${what} ${JSON.stringify(r)} outside 0..${length}`);
}

function assertFindings(ws: FuzzWorkspace, file: string, findings: Finding[], length: number): void {
  for (const f of findings) {
    assertInside(`${f.rule} in ${file}`, f.range, length);
    assert.ok(f.message.length > 0, `${f.rule} has a message`);
    for (const r of f.related ?? []) {
      const other = ws.checker.lines(r.path);
      if (other) assertInside(`related ${f.rule} in ${r.path}`, r.range, other.length);
    }
  }
}

/**
 * Runs everything the core does with one document — full check, line scan,
 * workspace rules of the documents it affects, the three output formats — and
 * asserts the invariants. Returns a digest of the results, for determinism.
 * The workspace is left as it was.
 */
export function exercise(ws: FuzzWorkspace, c: Case): string {
  const file = `${ws.root}/${c.path}`;
  assert.ok(!ws.checker.has(file), `${c.path} is not one of the workspace's own documents`);
  const { checker } = ws;
  try {
    const { model, affected } = checker.update(file, c.text, new ParseCache());
    for (const [where, r] of rangesIn(model)) assertInside(`model${where}`, r, c.text.length);
    const own = checker.findings(file);
    assertFindings(ws, file, own, c.text.length);
    const others = affected.sort().map((p) => {
      const found = checker.findings(p);
      assertFindings(ws, p, found, checker.lines(p)!.length);
      return [p.slice(ws.root.length), found] as const;
    });
    const report = [{ file: c.path, kind: model.kind, findings: own, lines: checker.lines(file)! }];
    const json = JSON.parse(formatJson(report)) as { diagnostics: { line: number; column: number; endLine: number; endColumn: number }[] }[];
    for (const d of json[0].diagnostics) assert.ok(d.line >= 1 && d.column >= 1 && (d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column)), `json position ${JSON.stringify(d)}`);
    assert.equal(JSON.parse(formatSarif(report, '0.0.0')).runs[0].results.length, own.length);
    formatStylish(report, true);
    // The line scan, as for a document nobody has open.
    const description = describeDocument(file, c.text, checker.project);
    for (const [where, r] of rangesIn(description)) assertInside(`description${where}`, r, c.text.length);
    checker.scan(file, c.text);
    const scanned = checker.findings(file);
    assertFindings(ws, file, scanned, c.text.length);
    return JSON.stringify([model.kind, model.tooComplex?.message, description.kind, own, others, scanned]);
  } finally {
    checker.remove(file);
  }
}
