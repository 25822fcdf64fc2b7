// `npm run bench`: the speed and memory figures the product promises.
//   - cold index of a generated 1,000-ADR workspace (target < 1.5 s), and the full
//     validation of every document that follows it in the background
//   - per-edit validation of one document of 50, 1,000 and 10,000 lines, median and p95
//     over 200 edits (target: 1,000-line ADR < 5 ms median)
//   - completion and hover latency on a 1,000-ADR workspace (target < 10 ms median)
//   - peak memory
//   - the CLI's wall time on ../shared/corpus ADRs against markdownlint-cli2 (target ratio < 1)
//   - the commands' plans on 1,000 ADRs: renumbering when every ADR moves, the decision index
//   - memory over 10,000 edits of a 1,000-line ADR: the server's RSS and the core's heap stay flat
// It prints a Markdown table of the figures at the end; `npm run bench -- --readme` writes it
// into the README (bench/table.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Checker } from '../server/src/core/checker';
import { ParseCache } from '../server/src/core/markdown/parse';
import { findMarkdown, readDocuments } from '../server/src/node/files';
import { loadProject } from '../server/src/node/project';
import { toPosix } from '../server/src/node/paths';
import { editorLatency } from './editor';
import { memoryOverEdits } from './memory';
import { decisionIndex } from '../server/src/core/decisionIndex';
import { planRenumber } from '../server/src/core/renumber';
import { adrFileName, generateAdr, generatePostmortem } from './generate';
import { benchTable, machine, withBenchTable, type Measurement, type Row } from './table';

const REPO = path.resolve(__dirname, '..');
let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const sampler = setInterval(sample, 5);

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

/** The server's start: index every document (line scan), then parse and check each in full. */
async function coldIndex(count: number): Promise<{ indexSeconds: number; validateSeconds: number; heapMb: number }> {
  const root = mkdtempSync(path.join(tmpdir(), 'process-docs-bench-'));
  try {
    mkdirSync(path.join(root, 'docs', 'adr'), { recursive: true });
    for (let n = 1; n <= count; n++) writeFileSync(path.join(root, 'docs', 'adr', adrFileName(n)), generateAdr(n));
    global.gc?.();
    const started = performance.now();
    const { project } = await loadProject(root);
    const checker = new Checker(project);
    const texts = new Map<string, string>();
    for await (const [file, read] of readDocuments(await findMarkdown(root))) {
      if (read.ok) {
        checker.scan(toPosix(file), read.text);
        texts.set(toPosix(file), read.text);
      }
    }
    let findings = 0;
    for (const p of checker.paths()) findings += checker.findings(p).length;
    const indexSeconds = (performance.now() - started) / 1000;
    if (findings === 0) throw new Error('the generated workspace should have cross-document findings');
    const validating = performance.now();
    for (const [file, text] of texts) {
      checker.update(file, text);
      checker.findings(file);
    }
    const validateSeconds = (performance.now() - validating) / 1000;
    texts.clear();
    global.gc?.();
    const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
    return { indexSeconds, validateSeconds, heapMb };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function perEdit(lines: number, make: (lines: number) => string = (n) => generateAdr(21, n)): Promise<{ median: number; p95: number; bytes: number }> {
  const root = mkdtempSync(path.join(tmpdir(), 'process-docs-bench-'));
  try {
    const { project } = await loadProject(root);
    const checker = new Checker(project);
    for (let n = 1; n <= 20; n++) checker.update(`${project.root}/docs/adr/${adrFileName(n)}`, generateAdr(n));
    const file = `${project.root}/docs/adr/${adrFileName(21)}`;
    let text = make(lines);
    const cache = new ParseCache();
    checker.update(file, text, cache);
    const times: number[] = [];
    let seed = 7;
    for (let i = 0; i < 200; i++) {
      // Type one character inside a random sentence, as an author does.
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const at = text.indexOf('. ', seed % text.length) === -1 ? text.indexOf('.', seed % text.length) : text.indexOf('. ', seed % text.length);
      const pos = at === -1 ? text.length : at;
      text = `${text.slice(0, pos)}x${text.slice(pos)}`;
      const started = performance.now();
      checker.update(file, text, cache);
      checker.findings(file);
      times.push(performance.now() - started);
    }
    return { median: quantile(times, 0.5), p95: quantile(times, 0.95), bytes: text.length };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Plans over a workspace of `count` ADRs numbered from 2, so renumbering moves every one. */
async function commandPlans(count: number): Promise<{ renumberMs: number; edits: number; indexMs: number }> {
  const { project } = await loadProject(mkdtempSync(path.join(tmpdir(), 'process-docs-bench-')));
  const files = Array.from({ length: count }, (_, i) => ({ path: `${project.root}/docs/adr/${adrFileName(i + 2)}`, text: generateAdr(i + 2) }));
  global.gc?.();
  const started = performance.now();
  const { plan } = planRenumber(files, project);
  const renumberMs = performance.now() - started;
  const edits = plan.changes.reduce((n, c) => n + (c.type === 'edit' ? c.edits.length : 1), 0);
  const checker = new Checker(project);
  for (const f of files) checker.scan(f.path, f.text);
  const indexing = performance.now();
  decisionIndex(checker.index);
  return { renumberMs, edits, indexMs: performance.now() - indexing };
}

function cliAgainstMarkdownlint(): { ours: number; theirs: number; files: number } | null {
  const corpus = path.resolve(REPO, '..', 'shared', 'corpus');
  if (!existsSync(path.join(corpus, 'adr'))) return null;
  const files = spawnSync('find', ['adr', '-name', '*.md'], { cwd: corpus, encoding: 'utf8' }).stdout.split('\n').filter(Boolean).length;
  const time = (args: string[]) => {
    const started = performance.now();
    // Findings go nowhere: thousands of them overflow spawnSync's buffer, which kills the tool.
    const r = spawnSync(process.execPath, args, { cwd: corpus, stdio: ['ignore', 'ignore', 'ignore'] });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed (exit ${r.status ?? r.signal ?? r.error?.message})`);
    return (performance.now() - started) / 1000;
  };
  const ours = time([path.join(REPO, 'dist', 'cli.js'), 'check', 'adr', '--format', 'json']);
  const theirs = time([path.join(REPO, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), 'adr/**/*.md']);
  return { ours, theirs, files };
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = {};
  const rows = new Map<Measurement, Row>();
  const started = { machine: machine(), day: new Date().toISOString().slice(0, 10) };
  const index = await coldIndex(1000);
  results.coldIndex1000 = index;
  console.log(`cold index, 1,000 ADRs:        ${index.indexSeconds.toFixed(2)} s (target < 1.5 s); then full validation of all ${index.validateSeconds.toFixed(2)} s in the background; heap after ${index.heapMb.toFixed(0)} MB`);
  rows.set('Cold index, 1,000 ADRs', { result: `${index.indexSeconds.toFixed(2)} s, heap after ${index.heapMb.toFixed(0)} MB`, target: '< 1.5 s' });
  rows.set('Full validation of those 1,000, in the background', { result: `${index.validateSeconds.toFixed(2)} s` });
  for (const lines of [50, 1000, 10000] as const) {
    const r = await perEdit(lines);
    results[`edit${lines}`] = r;
    const target = lines === 1000 ? ' (target < 5 ms median)' : '';
    console.log(`per-edit, ${String(lines).padStart(5)}-line ADR (${(r.bytes / 1024).toFixed(0)} KB): median ${ms(r.median)}, p95 ${ms(r.p95)}${target}`);
    const name = ({ 50: 'Per edit, 50-line ADR', 1000: 'Per edit, 1,000-line ADR', 10000: 'Per edit, 10,000-line ADR' } as const)[lines];
    rows.set(name, { result: `median ${ms(r.median)}, p95 ${ms(r.p95)} (${(r.bytes / 1024).toFixed(0)} KB)`, target: lines === 1000 ? '< 5 ms median' : undefined });
  }
  const timeline = await perEdit(2000, (rows) => generatePostmortem(rows).replace('---\n', '---\nkind: postmortem\n'));
  results.editTimeline2000 = timeline;
  console.log(`per-edit, postmortem with a 2,000-row timeline table (${(timeline.bytes / 1024).toFixed(0)} KB): median ${ms(timeline.median)}, p95 ${ms(timeline.p95)}`);
  rows.set('Per edit, postmortem with a 2,000-row timeline table', { result: `median ${ms(timeline.median)}, p95 ${ms(timeline.p95)} (${(timeline.bytes / 1024).toFixed(0)} KB)` });
  const editor = await editorLatency(1000);
  results.editor1000 = editor;
  const line = (name: string, key: string) => {
    const r = editor[key];
    console.log(`${name.padEnd(31)}median ${ms(r.median)}, p95 ${ms(r.p95)}${r.items === undefined ? '' : ` (${r.items} items)`}`);
  };
  const both = (core: string, stdio: string) => `median ${ms(editor[core].median)} / ${ms(editor[stdio].median)}, p95 ${ms(editor[core].p95)} / ${ms(editor[stdio].p95)}`;
  console.log('editor, 1,000-ADR workspace (target < 10 ms median), in process / over stdio:');
  line('  completion, ADR references', 'coreCompleteAdrs');
  line('  ', 'stdioCompleteAdrs');
  line('  completion, missing sections', 'coreCompleteSections');
  line('  ', 'stdioCompleteSections');
  line('  hover on a reference', 'coreHover');
  line('  ', 'stdioHover');
  rows.set('Completion of ADR references, 1,000 ADRs (in process / over stdio)', { result: `${both('coreCompleteAdrs', 'stdioCompleteAdrs')} (${editor.coreCompleteAdrs.items} items)`, target: '< 10 ms median' });
  rows.set('Completion of missing sections (in process / over stdio)', { result: both('coreCompleteSections', 'stdioCompleteSections'), target: '< 10 ms median' });
  rows.set('Hover on a reference (in process / over stdio)', { result: both('coreHover', 'stdioHover'), target: '< 10 ms median' });
  const plans = await commandPlans(1000);
  results.commands1000 = plans;
  console.log(`commands, 1,000 ADRs:          renumber plan ${ms(plans.renumberMs)} (${plans.edits} renames and edits, every ADR moves); decision index ${ms(plans.indexMs)}`);
  rows.set('Renumber plan, 1,000 ADRs all moving', { result: `${ms(plans.renumberMs)} (${plans.edits} renames and edits)` });
  rows.set('Decision index, 1,000 ADRs', { result: ms(plans.indexMs) });
  const memory = await memoryOverEdits(10_000);
  results.memory10000 = memory;
  const mb = (values: number[]) => `${values.map((v) => v.toFixed(0)).join(' → ')} MB`;
  console.log(`memory over 10,000 edits, every 1,000 (1,000-line ADR, 1,000-ADR workspace):`);
  console.log(`  server RSS over stdio          ${mb(memory.serverRssMb)}`);
  console.log(`  core heap after GC             ${mb(memory.coreHeapMb)}`);
  rows.set('Server RSS over 10,000 edits, every 1,000', { result: mb(memory.serverRssMb), target: 'flat' });
  rows.set('Core heap after GC over 10,000 edits, every 1,000', { result: mb(memory.coreHeapMb), target: 'flat' });
  const cli = cliAgainstMarkdownlint();
  if (cli) {
    results.cli = cli;
    console.log(`CLI on ${cli.files} corpus ADRs:    process-docs ${cli.ours.toFixed(2)} s, markdownlint-cli2 ${cli.theirs.toFixed(2)} s, ratio ${(cli.ours / cli.theirs).toFixed(2)} (target < 1)`);
    rows.set('CLI on the corpus ADRs vs markdownlint-cli2', { result: `${cli.files} ADRs: ${cli.ours.toFixed(2)} s vs ${cli.theirs.toFixed(2)} s, ratio ${(cli.ours / cli.theirs).toFixed(2)}`, target: 'ratio < 1' });
  } else {
    console.log('CLI comparison skipped: ../shared/corpus is not beside this checkout');
    rows.set('CLI on the corpus ADRs vs markdownlint-cli2', { result: 'not measured: no ../shared/corpus beside the checkout', target: 'ratio < 1' });
  }
  sample();
  clearInterval(sampler);
  results.peakRssMb = peakRss / 2 ** 20;
  console.log(`peak RSS:                      ${(peakRss / 2 ** 20).toFixed(0)} MB`);
  rows.set('Peak RSS of the bench', { result: `${(peakRss / 2 ** 20).toFixed(0)} MB` });
  mkdirSync(path.join(REPO, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(REPO, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  const table = benchTable(rows, started.machine, started.day);
  console.log(`\n${table}`);
  // `npm run bench -- --readme`: these figures become the README's.
  if (process.argv.includes('--readme')) {
    const readme = path.join(REPO, 'README.md');
    writeFileSync(readme, withBenchTable(readFileSync(readme, 'utf8'), table));
    console.log('README.md: the Performance table is updated');
  }
}

void main();
