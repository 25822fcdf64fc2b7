import { strict as assert } from 'node:assert';
import { after, describe, it } from 'node:test';
import { Checker } from '../../server/src/core/checker';
import { describeDocument } from '../../server/src/core/model';
import { applyPlan, type Plan } from '../../server/src/core/plan';
import { planLink, planSupersede } from '../../server/src/core/supersede';
import { loadWorkspace, tempWorkspace } from '../helpers';

const nygard = (n: number, title: string, status = 'Accepted') =>
  `# ${n}. ${title}\n\nDate: 2025-01-10\n\n## Status\n\n${status}\n\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n`;
const madr3 = (title: string) => `---\nstatus: accepted\ndate: 2025-01-10\ndecision-makers: Orders team\n---\n\n# ${title}\n\n## Context and Problem Statement\n\nC.\n\n## Decision Outcome\n\nD.\n`;
const madr2 = (title: string) => `# ${title}\n\n* Status: accepted\n* Date: 2025-01-10\n\n## Context and Problem Statement\n\nC.\n\n## Decision Outcome\n\nD.\n`;

const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

async function workspace(files: Record<string, string>) {
  const temp = tempWorkspace(files);
  cleanups.push(temp.cleanup);
  return loadWorkspace(temp.root);
}

type Ws = Awaited<ReturnType<typeof workspace>>;

/** The workspace after the plan, checked by the real rules: no relation is one-sided or broken. */
function afterPlan(ws: Ws, plan: Plan): Map<string, string> {
  const texts = applyPlan(plan, new Map(ws.files.map((f) => [f.path, f.text])));
  const checker = new Checker(ws.project);
  for (const [p, t] of texts) checker.update(p, t);
  for (const p of texts.keys()) {
    const relational = checker.findings(p).filter((f) => f.rule === 'adr.supersede-reciprocal' || f.rule === 'adr.broken-reference' || f.rule === 'adr.superseded-successor' || f.rule === 'adr.status-value');
    assert.deepEqual(relational, [], `${p}: ${relational.map((f) => f.message).join('; ')}`);
  }
  return texts;
}

describe('supersede', () => {
  it('Nygard: a new ADR that supersedes the old one, and the old one superseded by it, in one plan', async () => {
    const ws = await workspace({ 'docs/adr/0006-use-cron.md': nygard(6, 'Use cron'), 'docs/adr/0012-other.md': nygard(12, 'Other') });
    const result = planSupersede(ws.doc('docs/adr/0006-use-cron.md'), { title: 'Use Temporal for scheduling', values: { author: 'Orders team' } }, ws.project, ws.index);
    assert.equal(result.type, 'plan', JSON.stringify(result));
    if (result.type !== 'plan') return;
    assert.equal(result.path, ws.abs('docs/adr/0013-use-temporal-for-scheduling.md'));
    assert.deepEqual(result.plan.changes.map((c) => c.type), ['create', 'edit']);
    const texts = afterPlan(ws, result.plan);
    assert.match(texts.get(result.path)!, /## Status\n\nProposed\n\nSupersedes \[ADR-0006\]\(0006-use-cron\.md\)\n\n## Context/);
    assert.match(texts.get(ws.abs('docs/adr/0006-use-cron.md'))!, /## Status\n\nSuperseded by \[ADR-0013\]\(0013-use-temporal-for-scheduling\.md\)\n\n## Context/);
    const focus = result.plan.focus!;
    assert.equal(texts.get(result.path)!.slice(focus.range.start, focus.range.end).slice(0, 22), 'Describe the forces at');
  });

  it('MADR: front matter status, written as YAML and as a mention the reader resolves', async () => {
    const ws = await workspace({ 'docs/decisions/0003-publish-events.md': madr3('Publish events') });
    const result = planSupersede(ws.doc('docs/decisions/0003-publish-events.md'), { title: 'Publish via an outbox', values: { author: 'Orders team' } }, ws.project, ws.index);
    assert.equal(result.type, 'plan', JSON.stringify(result));
    if (result.type !== 'plan') return;
    const texts = afterPlan(ws, result.plan);
    assert.match(texts.get(ws.abs('docs/decisions/0003-publish-events.md'))!, /^---\nstatus: superseded by ADR-0004\ndate: 2025-01-10\n/);
    const created = describeDocument(result.path, texts.get(result.path)!, ws.project);
    assert.equal(created.variant?.id, 'madr', 'the new ADR is written like the one it replaces');
    assert.equal(created.status?.value, 'Proposed');
    assert.deepEqual(created.relations.map((r) => [r.type, r.targets.map((t) => t.number)]), [['supersedes', [3]]]);
  });

  it('MADR 2: a `* Status:` line', async () => {
    const ws = await workspace({ 'adr/0001-a.md': madr2('A') });
    const result = planSupersede(ws.doc('adr/0001-a.md'), { title: 'B', values: { author: 'X' } }, ws.project, ws.index);
    if (result.type !== 'plan') return assert.fail(JSON.stringify(result));
    const texts = afterPlan(ws, result.plan);
    assert.match(texts.get(ws.abs('adr/0001-a.md'))!, /^\* Status: superseded by \[ADR-0002\]\(0002-b\.md\)$/m);
  });

  it('an ADR already superseded keeps its first successor and names the new one too', async () => {
    const ws = await workspace({ 'adr/0001-a.md': nygard(1, 'A', 'Superseded by [ADR-0002](0002-b.md)'), 'adr/0002-b.md': nygard(2, 'B', 'Accepted\n\nSupersedes [ADR-0001](0001-a.md)') });
    const result = planSupersede(ws.doc('adr/0001-a.md'), { title: 'C', values: { author: 'X' } }, ws.project, ws.index);
    if (result.type !== 'plan') return assert.fail(JSON.stringify(result));
    const texts = afterPlan(ws, result.plan);
    assert.match(texts.get(ws.abs('adr/0001-a.md'))!, /## Status\n\nSuperseded by \[ADR-0002\]\(0002-b\.md\)\n\nSuperseded by \[ADR-0003\]\(0003-c\.md\)\n\n## Context/);
  });

  it('refuses what is not a numbered ADR', async () => {
    const ws = await workspace({ 'docs/design/x.md': '# X\n', 'docs/adr/a.md': madr3('A') });
    assert.equal(planSupersede(ws.doc('docs/design/x.md'), { title: 'Y', values: {} }, ws.project, ws.index).type, 'error');
    assert.deepEqual(planSupersede(ws.doc('docs/adr/a.md'), { title: 'Y', values: {} }, ws.project, ws.index), { type: 'error', message: 'docs/adr/a.md has no number' });
  });
});

describe('link ADRs', () => {
  it('writes Amends here and Amended by there, each in its own form', async () => {
    const ws = await workspace({ 'docs/adr/0004-a.md': nygard(4, 'A'), 'docs/adr/0007-b.md': madr3('B').replace('status: accepted', 'status: accepted\nnumber: 7') });
    const plan = planLink(ws.doc('docs/adr/0007-b.md'), 'amends', ws.doc('docs/adr/0004-a.md'), ws.project);
    if (typeof plan === 'string') return assert.fail(plan);
    const texts = afterPlan(ws, plan);
    assert.match(texts.get(ws.abs('docs/adr/0007-b.md'))!, /^status: "accepted; amends ADR-0004"$/m);
    assert.match(texts.get(ws.abs('docs/adr/0004-a.md'))!, /## Status\n\nAccepted\n\nAmended by \[ADR-0007\]\(0007-b\.md\)\n/);
    // Once written, linking again changes nothing.
    const again = await workspace({ 'docs/adr/0004-a.md': texts.get(ws.abs('docs/adr/0004-a.md'))!, 'docs/adr/0007-b.md': texts.get(ws.abs('docs/adr/0007-b.md'))! });
    const second = planLink(again.doc('docs/adr/0007-b.md'), 'amends', again.doc('docs/adr/0004-a.md'), again.project);
    assert.equal(typeof second === 'string' ? second : second.changes.length, 0);
  });

  it('clarifies, and supersedes between existing ADRs (the older one’s status changes)', async () => {
    const ws = await workspace({ 'adr/0001-a.md': nygard(1, 'A'), 'adr/0002-b.md': nygard(2, 'B'), 'adr/0003-c.md': nygard(3, 'C') });
    const clarifies = planLink(ws.doc('adr/0002-b.md'), 'clarifies', ws.doc('adr/0001-a.md'), ws.project);
    if (typeof clarifies === 'string') return assert.fail(clarifies);
    assert.match(afterPlan(ws, clarifies).get(ws.abs('adr/0001-a.md'))!, /Clarified by \[ADR-0002\]\(0002-b\.md\)/);
    const supersedes = planLink(ws.doc('adr/0003-c.md'), 'supersedes', ws.doc('adr/0001-a.md'), ws.project);
    if (typeof supersedes === 'string') return assert.fail(supersedes);
    const texts = afterPlan(ws, supersedes);
    assert.match(texts.get(ws.abs('adr/0001-a.md'))!, /## Status\n\nSuperseded by \[ADR-0003\]\(0003-c\.md\)\n/);
    assert.match(texts.get(ws.abs('adr/0003-c.md'))!, /## Status\n\nAccepted\n\nSupersedes \[ADR-0001\]\(0001-a\.md\)\n/);
  });

  it('refuses to link an ADR to itself', async () => {
    const ws = await workspace({ 'adr/0001-a.md': nygard(1, 'A') });
    assert.equal(planLink(ws.doc('adr/0001-a.md'), 'amends', ws.doc('adr/0001-a.md'), ws.project), 'An ADR cannot be linked to itself');
  });
});
