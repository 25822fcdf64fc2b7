// `npm run fuzz [cases]`: the fuzzer at full strength (100,000 cases unless
// told otherwise), then the linear-time check.
//   1. Documents from the kinds' grammar, and fixtures, examples, templates and —
//      when ../shared/corpus sits beside the checkout — real documents, damaged:
//      never a throw, every range inside, the same results twice (properties.ts).
//   2. Sequences of edits: the chunked incremental parse equals a whole parse.
//   3. Pathological inputs (pathological.ts) at full size and at a tenth of it:
//      the time per byte may not grow by more than RATIO.
// Prints cases per second and the slowest input; exits 1 on any failure.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { ParseCache } from '../../server/src/core/markdown/parse';
import { describeDocument } from '../../server/src/core/model';
import { REPO } from '../helpers';
import { grammarDocument, mutatedDocument, ownDocuments, sources } from './arbitraries';
import { assertEditsReparse, doc, edits, tableDoc } from './markdown';
import { ATOMS, CONTEXTS, GAPS, NAMED } from './pathological';
import { exercise, fuzzWorkspace, type Case, type FuzzWorkspace } from './properties';

/** How much the time per byte may grow from a tenth of the size to the full size. */
const RATIO = 4;
/** Below this the full-size run is too quick for its ratio to mean anything. */
const NOISE_MS = 40;

const total = Number(process.argv[2] ?? 100_000);
let failed = false;
let slowest = { ms: 0, label: '', bytes: 0 };

function timed(c: Case, run: () => void): void {
  const started = performance.now();
  run();
  const ms = performance.now() - started;
  if (ms > slowest.ms) slowest = { ms, label: c.label, bytes: c.text.length };
}

function property<T>(name: string, arb: fc.Arbitrary<T>, runs: number, check: (value: T) => void): number {
  const started = performance.now();
  try {
    fc.assert(fc.property(arb, check), { numRuns: runs });
    const seconds = (performance.now() - started) / 1000;
    console.log(`  ${name}: ${runs.toLocaleString('en')} cases, ${(runs / seconds).toFixed(0)}/s`);
  } catch (err) {
    failed = true;
    console.log(`  ${name}: FAILED\n${String((err as Error).message).split('\n').slice(0, 30).join('\n')}`);
  }
  return runs;
}

function exerciseTwice(ws: FuzzWorkspace) {
  return (c: Case) =>
    timed(c, () => {
      if (exercise(ws, c) !== exercise(ws, c)) throw new Error(`different results for the same text (${c.label})`);
    });
}

/** Time to check `text` as a document of `ws` (the faster of `tries`). */
function checkTime(ws: FuzzWorkspace, text: string, tries: number): number {
  const file = `${ws.root}/docs/adr/0007-pathological.fuzz.md`;
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const started = performance.now();
    ws.checker.update(file, text, new ParseCache());
    ws.checker.findings(file);
    describeDocument(file, text, ws.checker.project);
    best = Math.min(best, performance.now() - started);
    ws.checker.remove(file);
  }
  return best;
}

/** Time per byte at `bytes` against a tenth of it; a failure when it grows by more than RATIO. */
function linear(ws: FuzzWorkspace, name: string, make: (bytes: number) => string, bytes: number): { name: string; ratio: number; ms: number; bytes: number } {
  const small = make(bytes / 10);
  const big = make(bytes);
  const perByte = (text: string, tries: number) => checkTime(ws, text, tries) / text.length;
  const smallRate = perByte(small, 3);
  let ms = checkTime(ws, big, 1);
  // A slow full-size run is measured again before it counts: a collection pause is not the input's doing.
  if (ms / big.length / smallRate > RATIO && ms > NOISE_MS) ms = Math.min(ms, checkTime(ws, big, 2));
  const ratio = ms / big.length / smallRate;
  if (ratio > RATIO && ms > NOISE_MS) {
    failed = true;
    console.log(`  NOT LINEAR: ${name}: ${(small.length / 1024).toFixed(0)} KB at ${(smallRate * 1e6).toFixed(0)} ns/byte, ${(big.length / 1024).toFixed(0)} KB at ${((ms / big.length) * 1e6).toFixed(0)} ns/byte (×${ratio.toFixed(1)})`);
  }
  return { name, ratio: ms > NOISE_MS ? ratio : 1, ms, bytes: big.length };
}

/** The brief's inputs at full size: 100,000 `#`, 10,000-deep nesting, a 5 MB line, 50,000 links, 2,000 table rows. */
const FULL: Record<keyof typeof NAMED, number> = {
  'hashes': 100_000,
  'nested list': 20_000,
  'nested quote': 10_000,
  'nested quote and list': 50_000,
  'list nested by indentation': 1_000_000,
  'single line of prose': 5_000_000,
  'single line of links': 1_500_000,
  'links, one per line': 2_500_000,
  'table rows': 140_000,
  'nested brackets': 20_000,
  'nested links': 50_000,
  'nested emphasis': 40_000,
  'emphasis runs': 20_000,
  'backtick ladder': 1_000_000,
  'unclosed comments': 1_000_000,
  'blank lines': 1_000_000,
  'CR line endings': 1_000_000,
};

async function main(): Promise<void> {
  const ws = await fuzzWorkspace();
  const own = await ownDocuments();
  const corpusRoot = path.resolve(REPO, '..', 'shared', 'corpus');
  const corpus = existsSync(corpusRoot) ? await sources(corpusRoot, 'corpus ', (rel) => `corpus/${rel}`) : [];
  console.log(`Seeds: ${own.length} fixtures, examples and templates; ${corpus.length ? `${corpus.length} corpus documents` : 'no ../shared/corpus beside this checkout'}`);

  console.log(`\n1. Properties (${total.toLocaleString('en')} cases)`);
  const started = performance.now();
  const editCases = Math.round(total * 0.1);
  const share = Math.round((total - editCases) / 2);
  let cases = property('documents from the kinds\' grammar', grammarDocument(ws.checker.project), share, exerciseTwice(ws));
  cases += property('damaged fixtures, examples and templates', mutatedDocument(own), corpus.length ? Math.round(share / 2) : total - editCases - share, exerciseTwice(ws));
  if (corpus.length) cases += property('damaged corpus documents', mutatedDocument(corpus), total - editCases - share - Math.round(share / 2), exerciseTwice(ws));
  cases += property('edit sequences re-parsed with one cache', fc.tuple(fc.oneof(doc, tableDoc), edits), editCases, ([text, sequence]) =>
    timed({ label: 'edit sequence', path: '', text }, () => assertEditsReparse(text, sequence)),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(`  ${cases.toLocaleString('en')} cases in ${seconds.toFixed(0)} s: ${(cases / seconds).toFixed(0)} cases/second`);
  console.log(`  slowest: ${slowest.label} (${(slowest.bytes / 1024).toFixed(1)} KB), ${slowest.ms.toFixed(0)} ms`);

  console.log(`\n2. Linear time (full size against a tenth; at most ×${RATIO} per byte)`);
  const named = Object.entries(NAMED).map(([name, make]) => linear(ws, name, make, FULL[name as keyof typeof NAMED]));
  for (const r of named) console.log(`  ${r.name.padEnd(28)} ${(r.bytes / 1024).toFixed(0).padStart(6)} KB  ${r.ms.toFixed(0).padStart(6)} ms  ×${r.ratio.toFixed(1)}`);
  const sweep: ReturnType<typeof linear>[] = [];
  for (const [context, around] of Object.entries(CONTEXTS)) {
    for (const atom of ATOMS) sweep.push(linear(ws, `${context} × ${JSON.stringify(atom)}`, (b) => around(atom.repeat(Math.ceil(b / atom.length))), 100_000));
    for (const gap of GAPS) sweep.push(linear(ws, `${context}, gap of ${JSON.stringify(gap)}`, (b) => around(`x${gap.repeat(b)}y`), 100_000));
  }
  const worst = [...sweep].sort((a, b) => b.ratio - a.ratio)[0];
  const slowestSweep = [...sweep].sort((a, b) => b.ms / b.bytes - a.ms / a.bytes)[0];
  console.log(`  ${sweep.length} constructs × contexts at 100 KB: worst growth ×${worst.ratio.toFixed(1)} (${worst.name}); slowest ${slowestSweep.name}, ${((slowestSweep.ms / slowestSweep.bytes) * 1e6).toFixed(0)} ns/byte`);

  console.log(failed ? '\nFAILED' : '\nAll properties held.');
  process.exitCode = failed ? 1 : 0;
}

void main();
