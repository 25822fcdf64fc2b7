import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { decisionIndex, indexJson, indexMarkdown, indexMermaid, INDEX_END, INDEX_START, planIndexRegions } from '../../server/src/core/decisionIndex';
import { applyEdits } from '../../server/src/core/edits';
import { planProblems } from '../../server/src/core/plan';
import { loadWorkspace, REPO, tempWorkspace } from '../helpers';

const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

describe('decision index', () => {
  it('lists the examples in number order, with supersede relations read from either side', async () => {
    const ws = await loadWorkspace(path.join(REPO, 'examples'));
    const entries = decisionIndex(ws.index);
    assert.deepEqual(
      entries.map((e) => [e.number, e.title, e.status, e.date, e.supersedes, e.supersededBy]),
      [
        [1, 'Record architecture decisions', 'Accepted', '2025-01-06', [], []],
        [2, 'Store orders in PostgreSQL', 'Superseded', '2025-01-20', [], [5]],
        [3, 'Publish order events to a shared log', 'acepted', '2025-02-03', [], []],
        [4, 'Cache product prices', 'Accepted', '2025-03-10', [], []],
        [4, 'Rate-limit the public API', 'Accepted', '2025-03-12', [], []],
        [5, 'Store orders in a distributed SQL database', 'Accepted', '2025-06-02', [2], []],
        [6, 'Split the checkout service', 'Proposed', '2025-09-01', [], []],
      ],
    );
    assert.deepEqual(entries[2].deciders, ['Orders team', 'Platform team']);
    const json = JSON.parse(indexJson(entries));
    assert.deepEqual(Object.keys(json[0]), ['number', 'title', 'status', 'date', 'file', 'supersedes', 'supersededBy']);
    assert.equal(json[1].file, 'docs/adr/0002-store-orders-in-postgresql.md');
  });

  it('counts a relation written on one side only, once', async () => {
    const temp = tempWorkspace({
      'adr/0001-a.md': '# 1. A\n\n## Status\n\nSuperseded by [ADR-0002](0002-b.md)\n',
      'adr/0002-b.md': '# 2. B\n\n## Status\n\nAccepted\n\nSupersedes ADR-1\n',
      'adr/0003-c.md': '# 3. C\n\n## Status\n\nAccepted\n\nSupersedes [ADR-0002](0002-b.md)\n',
    });
    cleanups.push(temp.cleanup);
    const entries = decisionIndex((await loadWorkspace(temp.root)).index);
    assert.deepEqual(entries.map((e) => [e.number, e.supersedes, e.supersededBy]), [
      [1, [], [2]],
      [2, [1], [3]],
      [3, [2], []],
    ]);
    assert.equal(
      indexMermaid(entries),
      'flowchart LR\n  adr0["ADR-0001: A (Superseded)"]\n  adr1["ADR-0002: B (Accepted)"]\n  adr2["ADR-0003: C (Accepted)"]\n  adr1 -->|supersedes| adr0\n  adr2 -->|supersedes| adr1\n',
    );
  });

  it('writes titles into Markdown as text: pipes, brackets and HTML do nothing', () => {
    const md = indexMarkdown([{ number: 7, title: 'A | B <img src=x onerror=alert(1)> [x](y)', status: 'Accepted', date: '2025-01-01', file: 'adr/0007-x.md', path: '/w/adr/0007-x.md', deciders: [], supersedes: [], supersededBy: [] }], '/w/adr');
    assert.equal(md.split('\n')[2], '| [ADR-0007](0007-x.md) | A \\| B \\<img src=x onerror=alert(1)\\> \\[x\\](y) | Accepted | 2025-01-01 |');
  });

  it('creates, appends and refreshes the marked region of each ADR folder’s README', async () => {
    const temp = tempWorkspace({
      'docs/adr/0001-a.md': '# 1. A\n\nDate: 2025-01-01\n\n## Status\n\nAccepted\n',
      'docs/adr/README.md': '# Decisions\n\nWe write them down.',
      'services/x/adr/0001-b.md': '# 1. B\n\n## Status\n\nProposed\n',
    });
    cleanups.push(temp.cleanup);
    const ws = await loadWorkspace(temp.root);
    const entries = decisionIndex(ws.index);
    const readmes = new Map([
      [ws.abs('docs/adr'), { path: ws.abs('docs/adr/README.md'), text: ws.doc('docs/adr/README.md').text }],
      [ws.abs('services/x/adr'), { path: ws.abs('services/x/adr/README.md'), text: null }],
    ]);
    const plan = planIndexRegions(entries, readmes);
    assert.deepEqual(planProblems(plan, ws.abs(''), (p) => ws.files.some((f) => f.path === p)), []);
    const [edit, create] = plan.changes;
    assert.equal(create.type === 'create' && create.text, `# Architecture decisions\n\n${INDEX_START}\n| ADR | Title | Status | Date |\n| --- | --- | --- | --- |\n| [ADR-0001](0001-b.md) | B | Proposed |  |\n${INDEX_END}\n`);
    if (edit.type !== 'edit') return assert.fail('expected an edit');
    const refreshed = applyEdits(ws.doc('docs/adr/README.md').text, edit.edits);
    assert.equal(refreshed, `# Decisions\n\nWe write them down.\n\n${INDEX_START}\n| ADR | Title | Status | Date |\n| --- | --- | --- | --- |\n| [ADR-0001](0001-a.md) | A | Accepted | 2025-01-01 |\n${INDEX_END}\n`);
    // Refreshing replaces the region only, and a fresh region is left alone.
    const again = planIndexRegions(entries, new Map([[ws.abs('docs/adr'), { path: ws.abs('docs/adr/README.md'), text: refreshed.replace('| A |', '| Old |') + 'After.\n' }]]));
    const fix = again.changes[0];
    assert.equal(fix.type === 'edit' && applyEdits(refreshed.replace('| A |', '| Old |') + 'After.\n', fix.edits), refreshed + 'After.\n');
    assert.deepEqual(planIndexRegions(entries, new Map([[ws.abs('docs/adr'), { path: ws.abs('docs/adr/README.md'), text: refreshed }]])).changes, []);
  });
});

describe('plan checks', () => {
  it('refuses paths outside the workspace, existing targets, two writers of one file and overlapping edits', () => {
    const exists = (p: string) => ['/w/a.md', '/w/b.md'].includes(p);
    const problems = planProblems(
      {
        label: 'x',
        notes: [],
        changes: [
          { type: 'create', path: '/w/../etc/passwd', text: '' },
          { type: 'create', path: '/w/a.md', text: '' },
          { type: 'rename', from: '/w/b.md', to: '/w/c.md' },
          { type: 'create', path: '/w/c.md', text: '' },
          { type: 'edit', path: '/w/a.md', edits: [{ range: { start: 0, end: 5 }, newText: '' }, { range: { start: 3, end: 4 }, newText: '' }] },
          { type: 'edit', path: '/w/gone.md', edits: [] },
        ],
      },
      '/w',
      exists,
    );
    assert.deepEqual([...problems].sort(), [
      '/w/../etc/passwd is outside the workspace',
      'c.md would be written by 2 changes',
      'a.md already exists',
      'a.md would be written by 2 changes',
      'overlapping edits in a.md',
      'gone.md does not exist',
    ].sort());
  });
});
