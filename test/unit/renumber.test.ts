import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { applyPlan, planProblems, sequenceRenames } from '../../server/src/core/plan';
import { indexTexts, planRenumber } from '../../server/src/core/renumber';
import type { DocText } from '../../server/src/core/supersede';
import { findMarkdown } from '../../server/src/node/files';
import { toPosix } from '../../server/src/node/paths';
import { loadWorkspace, REPO, tempWorkspace } from '../helpers';

const GOLDEN = path.join(REPO, 'test', 'workspaces', 'renumber');
const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

describe('renumber: the golden workspace', () => {
  it('closes the gap, resolves the duplicate (by date) and rewrites every reference, exactly as in after/', async () => {
    const ws = await loadWorkspace(path.join(GOLDEN, 'before'));
    const { plan, moves } = planRenumber(ws.files, ws.project);
    assert.deepEqual(
      moves.map((m) => [path.basename(m.path), m.from, m.to]),
      [
        ['0003-use-a-queue.md', 3, 2],
        ['0005-cache-prices.md', 5, 3],
        ['0005-rate-limit-the-api.md', 5, 4],
        ['0007-publish-events.md', 7, 5],
      ],
    );
    assert.deepEqual(plan.notes, []);
    assert.deepEqual(planProblems(plan, toPosix(ws.abs('')), (p) => existsSync(p)), []);
    const result = applyPlan(plan, new Map(ws.files.map((f) => [f.path, f.text])));
    const afterRoot = toPosix(path.join(GOLDEN, 'after'));
    const expected = new Map((await findMarkdown(afterRoot)).map((f) => [toPosix(path.relative(afterRoot, f)), readFileSync(f, 'utf8')]));
    const actual = new Map([...result].map(([p, t]) => [path.posix.relative(ws.abs(''), p), t]));
    assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort());
    for (const [rel, text] of expected) assert.equal(actual.get(rel), text, rel);
  });

  it('changes nothing in a workspace already in order', async () => {
    const ws = await loadWorkspace(path.join(GOLDEN, 'after'));
    const { plan, moves } = planRenumber(ws.files, ws.project);
    assert.deepEqual(moves, []);
    assert.deepEqual(plan.changes, []);
  });

  it('warns when a mention that named no ADR would name one afterwards', async () => {
    const temp = tempWorkspace({
      'adr/0001-a.md': '# 1. A\n\n## Status\n\nAccepted\n\nNothing like ADR-2 exists yet.\n',
      'adr/0003-c.md': '# 3. C\n\n## Status\n\nAccepted\n',
    });
    cleanups.push(temp.cleanup);
    const ws = await loadWorkspace(temp.root);
    const { plan } = planRenumber(ws.files, ws.project);
    assert.deepEqual(plan.notes, ['adr/0001-a.md: `ADR-2` named no ADR and would now name adr/0002-c.md']);
  });

  it('orders renames that land on files still to move, and breaks cycles through a free name', () => {
    const exists = (p: string) => ['/w/a', '/w/b', '/w/c'].includes(p);
    assert.deepEqual(sequenceRenames([{ from: '/w/b', to: '/w/a2' }, { from: '/w/c', to: '/w/b' }], exists), [
      { from: '/w/b', to: '/w/a2' },
      { from: '/w/c', to: '/w/b' },
    ]);
    const cycle = sequenceRenames([{ from: '/w/a', to: '/w/b' }, { from: '/w/b', to: '/w/a' }], exists);
    let files = new Set(['/w/a', '/w/b', '/w/c']);
    for (const r of cycle) {
      assert.ok(files.has(r.from) && !files.has(r.to), `${r.from} → ${r.to} lands on a free name`);
      files = new Set([...files].filter((f) => f !== r.from).concat(r.to));
    }
    assert.deepEqual([...files].sort(), ['/w/a', '/w/b', '/w/c']);
    assert.equal(cycle.length, 3);
  });
});

// A random ADR folder (numbers with gaps and duplicates, Nygard and MADR, padded
// and unpadded names) and documents referring to its ADRs by links and mentions.
const adrArb = fc.record({
  number: fc.integer({ min: 0, max: 14 }),
  style: fc.constantFrom('nygard', 'madr', 'padded-title', 'prefixed-file'),
  day: fc.integer({ min: 1, max: 28 }),
  slug: fc.constantFrom('use-a-queue', 'cache', 'split', 'log'),
});
const refArb = fc.record({ target: fc.nat(), form: fc.constantFrom('link', 'link-fragment', 'mention', 'padded-mention', 'stray-mention'), stray: fc.integer({ min: 0, max: 20 }) });
const workspaceArb = fc.record({ adrs: fc.array(adrArb, { minLength: 1, maxLength: 8 }), refs: fc.array(fc.array(refArb, { maxLength: 4 }), { minLength: 10, maxLength: 10 }) });

type AdrSpec = typeof adrArb extends fc.Arbitrary<infer T> ? T : never;
type RefSpec = typeof refArb extends fc.Arbitrary<infer T> ? T : never;

function build(spec: { adrs: AdrSpec[]; refs: RefSpec[][] }): Record<string, string> {
  const files: Record<string, string> = {};
  const names: string[] = [];
  spec.adrs.forEach((a, i) => {
    const padded = String(a.number).padStart(4, '0');
    let name = a.style === 'prefixed-file' ? `adr-${String(a.number).padStart(3, '0')}-${a.slug}.md` : `${padded}-${a.slug}.md`;
    if (names.includes(name)) name = name.replace('.md', `-${i}.md`);
    names.push(name);
    const date = `2025-02-${String(a.day).padStart(2, '0')}`;
    files[`docs/adr/${name}`] =
      a.style === 'madr'
        ? `---\nstatus: accepted\ndate: ${date}\nnumber: ${a.number}\n---\n\n# Decision ${i}\n\n## Context and Problem Statement\n\n@REFS${i}@\n\n## Decision Outcome\n\nChosen.\n`
        : `# ${a.style === 'padded-title' ? padded : a.number}. Decision ${i}\n\nDate: ${date}\n\n## Status\n\nAccepted\n\n## Context\n\n@REFS${i}@\n`;
  });
  const refText = (from: string, refs: RefSpec[]) =>
    refs
      .map((r) => {
        const k = r.target % names.length;
        const target = spec.adrs[k];
        const href = path.posix.relative(path.posix.dirname(from), `docs/adr/${names[k]}`);
        if (r.form === 'link') return `See [ADR-${String(target.number).padStart(4, '0')}](${href}).`;
        if (r.form === 'link-fragment') return `See [${target.number}. Decision ${k}](./${href}#context).`;
        if (r.form === 'mention') return `As ADR-${target.number} says.`;
        if (r.form === 'padded-mention') return `As ADR ${String(target.number).padStart(4, '0')} says.`;
        return `Unlike ADR-${r.stray}.`;
      })
      .join(' ');
  for (const [rel, text] of Object.entries(files)) files[rel] = text.replace(/@REFS(\d+)@/, (_m, i) => refText(rel, spec.refs[Number(i)]) || 'Nothing else.');
  files['docs/adr/README.md'] = `# Decisions\n\n${refText('docs/adr/README.md', spec.refs[8])}\n`;
  files['docs/design/overview.md'] = `# Overview\n\n${refText('docs/design/overview.md', spec.refs[9])}\n`;
  return files;
}

const withoutDigits = (s: string) => s.replace(/\d/g, '');

describe('renumber: property', () => {
  it('for random workspaces, only digits change, numbers become contiguous, and every reference resolves to the same document', async () => {
    const temp = tempWorkspace({});
    cleanups.push(temp.cleanup);
    const { project } = await loadWorkspace(temp.root);
    const root = toPosix(temp.root);
    fc.assert(
      fc.property(workspaceArb, (spec) => {
        const files: DocText[] = Object.entries(build(spec)).map(([rel, text]) => ({ path: `${root}/${rel}`, text }));
        const texts = new Map(files.map((f) => [f.path, f.text]));
        const { plan, moves } = planRenumber(files, project);
        assert.deepEqual(planProblems(plan, root, (p) => texts.has(p)), []);
        const result = applyPlan(plan, texts);
        const renamed = new Map(moves.map((m) => [m.path, m.newPath]));
        const moved = (p: string) => renamed.get(p) ?? p;
        // No text lost: the same files (renamed), the same texts but for digits.
        assert.deepEqual([...result.keys()].sort(), files.map((f) => moved(f.path)).sort());
        for (const f of files) {
          assert.equal(withoutDigits(result.get(moved(f.path))!), withoutDigits(f.text), f.path);
          assert.equal(withoutDigits(moved(f.path)), withoutDigits(f.path));
        }
        const before = indexTexts(files, project);
        const afterwards = indexTexts([...result].map(([p, text]) => ({ path: p, text })), project);
        // Contiguous, unique numbers in the folder.
        const numbers = afterwards.index.adrs().map((a) => a.number!).sort((a, b) => a - b);
        const start = numbers[0] === 0 ? 0 : 1;
        assert.deepEqual(numbers, numbers.map((_n, i) => start + i));
        // Every reference resolves to the same document as before (or the plan says why not).
        for (const doc of before.descriptions) {
          const now = afterwards.descriptions.find((d) => d.path === moved(doc.path))!;
          assert.equal(now.references.length, doc.references.length, doc.path);
          doc.references.forEach((ref, i) => {
            const was = before.index.resolve(ref, doc.path)?.path;
            const is = afterwards.index.resolve(now.references[i], now.path)?.path;
            if (was) assert.equal(is, moved(was), `${doc.relPath}: ${ref.text}`);
            else if (is) assert.ok(plan.notes.some((n) => n.includes(`\`${ref.text}\``)), `${doc.relPath}: ${ref.text} now resolves and the plan says so`);
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});
