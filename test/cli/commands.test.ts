// The changing subcommands of the bundled CLI, on temporary workspaces.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { findMarkdown } from '../../server/src/node/files';
import { REPO, tempWorkspace } from '../helpers';

const CLI = path.join(REPO, 'dist', 'cli.js');

function run(cwd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...env } });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

function workspace(files: Record<string, string>): string {
  const ws = tempWorkspace(files);
  cleanups.push(ws.cleanup);
  return ws.root;
}

/** Every file under root (relative path → text), journal and temporary files included. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else out[path.relative(root, abs).split(path.sep).join('/')] = readFileSync(abs, 'utf8');
    }
  };
  walk(root);
  return out;
}

const nygard = (n: number, title: string, status = 'Accepted') =>
  `# ${n}. ${title}\n\nDate: 2025-01-10\n\n## Status\n\n${status}\n\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n`;

describe('process-docs new', () => {
  it('creates a numbered ADR in the folder, prints what it created, and never overwrites', () => {
    const root = workspace({ '.adr-dir': 'doc/adr\n', 'doc/adr/0001-record.md': nygard(1, 'Record') });
    const r = run(root, ['new', 'adr', 'Use Temporal for scheduling', '--author', 'Orders team', '--today', '2025-06-01']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'created doc/adr/0002-use-temporal-for-scheduling.md\n');
    const text = readFileSync(path.join(root, 'doc/adr/0002-use-temporal-for-scheduling.md'), 'utf8');
    assert.match(text, /^# 2\. Use Temporal for scheduling\n\nDate: 2025-06-01\n\n## Status\n\nProposed\n/);
    const second = run(root, ['new', 'adr', 'Use Temporal for scheduling', '--author', 'X']);
    assert.equal(second.out, 'created doc/adr/0003-use-temporal-for-scheduling.md\n');
  });

  it('--dry-run prints the plan and writes nothing', () => {
    const root = workspace({ 'docs/adr/0001-a.md': nygard(1, 'A') });
    const before = snapshot(root);
    const r = run(root, ['new', 'adr', 'Café', '--dry-run', '--author', 'X']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'New Architecture Decision Record: Café (dry run, nothing changed):\n  would create docs/adr/0002-cafe.md\n');
    assert.deepEqual(snapshot(root), before);
  });

  it('takes the author from git config, and a hostile title stays inside the workspace', () => {
    const root = workspace({ 'docs/adr/0001-a.md': nygard(1, 'A') });
    spawnSync('git', ['init', '-q'], { cwd: root });
    spawnSync('git', ['config', 'user.name', 'Platform team'], { cwd: root });
    const r = run(root, ['new', 'adr', '../../etc/passwd', '--template', 'madr']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'created docs/adr/0002-etc-passwd.md\n');
    assert.match(readFileSync(path.join(root, 'docs/adr/0002-etc-passwd.md'), 'utf8'), /^decision-makers: Platform team$/m);
  });

  it('exits 2 for unknown kinds and options, and when a folder is outside the workspace', () => {
    const root = workspace({ 'README.md': '# P\n' });
    assert.equal(run(root, ['new', 'runbook', 'X']).code, 2);
    assert.equal(run(root, ['new', 'adr', 'X', '--colour', 'red']).code, 2);
    const outside = run(root, ['new', 'adr', 'X', '--folder', '../elsewhere']);
    assert.equal(outside.code, 2);
    assert.match(outside.err, /outside the workspace/);
    assert.deepEqual(Object.keys(snapshot(root)), ['README.md']);
  });

  it('says which folder it chose when none is configured', () => {
    const root = workspace({ 'README.md': '# P\n' });
    const r = run(root, ['new', 'adr', 'First', '--author', 'X']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /using docs\/adr \(choose with --folder\)/);
    assert.ok(existsSync(path.join(root, 'docs/adr/0001-first.md')));
  });
});

describe('process-docs supersede and link', () => {
  it('creates the successor and marks the old ADR, both sides written', () => {
    const root = workspace({ 'docs/adr/0001-a.md': nygard(1, 'Use cron'), 'docs/adr/0002-b.md': nygard(2, 'B') });
    const r = run(root, ['supersede', '1', 'Use Temporal', '--author', 'X']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'created docs/adr/0003-use-temporal.md\nedited docs/adr/0001-a.md\n');
    assert.match(readFileSync(path.join(root, 'docs/adr/0001-a.md'), 'utf8'), /Superseded by \[ADR-0003\]\(0003-use-temporal\.md\)/);
    assert.equal(run(root, ['check', '--format', 'json']).out.includes('supersede-reciprocal'), false);
    const link = run(root, ['link', 'ADR-2', 'amends', 'docs/adr/0003-use-temporal.md']);
    assert.equal(link.code, 0, link.err);
    assert.equal(link.out, 'edited docs/adr/0002-b.md\nedited docs/adr/0003-use-temporal.md\n');
    assert.equal(run(root, ['supersede', '9', 'X']).code, 2);
  });
});

describe('process-docs renumber', () => {
  it('renumbers the golden workspace exactly as the core plans it, and a second run changes nothing', async () => {
    const root = workspace({});
    cpSync(path.join(REPO, 'test/workspaces/renumber/before'), root, { recursive: true });
    const dry = run(root, ['renumber', '--dry-run']);
    assert.equal(dry.code, 0, dry.err);
    assert.match(dry.out, /^docs\/adr\/0003-use-a-queue\.md: 3 → 2\n/);
    assert.match(dry.out, /would rename docs\/adr\/0007-publish-events\.md → docs\/adr\/0005-publish-events\.md/);
    const r = run(root, ['renumber']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /renamed docs\/adr\/0005-cache-prices\.md → docs\/adr\/0003-cache-prices\.md\n/);
    const expectedRoot = path.join(REPO, 'test/workspaces/renumber/after');
    assert.deepEqual(snapshot(root), snapshot(expectedRoot));
    assert.equal((await findMarkdown(root)).length, 7);
    assert.equal(run(root, ['renumber']).out, 'Nothing to change.\n');
    assert.equal(run(root, ['check', '--format', 'json']).out.includes('adr.duplicate-number'), false);
  });

  it('killed half-way, leaves the old files or the new ones — never a mix — once the next command has run', () => {
    const expected = snapshot(path.join(REPO, 'test/workspaces/renumber/after'));
    const original = snapshot(path.join(REPO, 'test/workspaces/renumber/before'));
    // The plan removes 4 files and writes 7 (4 renamed, 3 edited): kill after each of those 11 swaps.
    let sawMix = false;
    for (let step = 1; step <= 11; step++) {
      const root = workspace({});
      cpSync(path.join(REPO, 'test/workspaces/renumber/before'), root, { recursive: true });
      const killed = run(root, ['renumber'], { PROCESS_DOCS_FAULT_AFTER: String(step) });
      assert.equal(killed.signal, 'SIGKILL', `step ${step}: the process was killed`);
      const torn = snapshot(root);
      if (JSON.stringify(torn) !== JSON.stringify(original) && JSON.stringify(torn) !== JSON.stringify(expected)) sawMix = true;
      assert.ok(existsSync(path.join(root, '.process-docs-journal.json')), `step ${step}: the journal is left for recovery`);
      const next = run(root, ['index', '--format', 'json']);
      assert.equal(next.code, 0, next.err);
      assert.match(next.err, /rolled back an interrupted change/);
      const state = snapshot(root);
      assert.ok(JSON.stringify(state) === JSON.stringify(original) || JSON.stringify(state) === JSON.stringify(expected), `step ${step}: old or new, not a mix`);
      assert.deepEqual(state, original, `step ${step}: an unfinished change is rolled back`);
    }
    assert.ok(sawMix, 'some kill left a torn state on disk before recovery (else the test proves nothing)');
    // A fault after the last swap never fires: the change completes.
    const root = workspace({});
    cpSync(path.join(REPO, 'test/workspaces/renumber/before'), root, { recursive: true });
    assert.equal(run(root, ['renumber'], { PROCESS_DOCS_FAULT_AFTER: '12' }).code, 0);
    assert.deepEqual(snapshot(root), expected);
  });

  it('refuses a plan whose target appeared on disk, changing nothing', () => {
    const root = workspace({ 'adr/0001-a.md': nygard(1, 'A'), 'adr/0003-c.md': nygard(3, 'C') });
    // A folder is not a document, so not in the index, but it is where the rename would land.
    mkdirSync(path.join(root, 'adr/0002-c.md'));
    writeFileSync(path.join(root, 'adr/0002-c.md/notes.txt'), 'someone else’s file');
    const before = snapshot(root);
    const r = run(root, ['renumber']);
    assert.equal(r.code, 1);
    assert.match(r.err, /nothing changed, the plan cannot be applied:\n {2}adr\/0002-c\.md already exists/);
    assert.deepEqual(snapshot(root), before);
  });
});

describe('process-docs index', () => {
  it('prints JSON, Markdown and Mermaid, and --write refreshes the README region', () => {
    const root = workspace({});
    cpSync(path.join(REPO, 'examples'), root, { recursive: true });
    const json = JSON.parse(run(root, ['index', '--format', 'json']).out);
    assert.deepEqual(json[4], { number: 4, title: 'Rate-limit the public API', status: 'Accepted', date: '2025-03-12', file: 'docs/adr/0004-rate-limit-the-public-api.md', supersedes: [], supersededBy: [] });
    assert.deepEqual(json.map((e: { number: number }) => e.number), [1, 2, 3, 4, 4, 5, 6]);
    assert.match(run(root, ['index']).out, /^\| ADR \| Title \| Status \| Date \|\n\| --- \| --- \| --- \| --- \|\n\| \[ADR-0001\]\(docs\/adr\/0001-record-architecture-decisions\.md\) \|/);
    assert.match(run(root, ['index', '--format', 'mermaid']).out, /^flowchart LR\n[\s\S]* adr5 -->\|supersedes\| adr1\n$/);
    const write = run(root, ['index', '--write']);
    assert.equal(write.out, 'edited docs/adr/README.md\n');
    assert.match(readFileSync(path.join(root, 'docs/adr/README.md'), 'utf8'), /<!-- process-docs:index -->\n\| ADR \| Title[\s\S]*\| \[ADR-0002\]\(0002-store-orders-in-postgresql\.md\) \| Store orders in PostgreSQL \| Superseded by ADR-0005 \| 2025-01-20 \|[\s\S]*<!-- \/process-docs:index -->\n$/);
    assert.equal(run(root, ['index', '--write']).out, 'Nothing to change.\n');
    assert.equal(run(root, ['index', '--format', 'yaml']).code, 2);
  });
});
