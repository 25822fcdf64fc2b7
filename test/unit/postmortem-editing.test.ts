// Writing postmortems in the editor: severity, timeline entries and action-item
// owners completed; the outline lists entries and tasks; fixes that round-trip.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { complete } from '../../server/src/core/complete';
import { applyEdits } from '../../server/src/core/edits';
import { codeActions } from '../../server/src/core/fixes';
import { parseCodeOwners } from '../../server/src/core/owners';
import { documentSymbols } from '../../server/src/core/symbols';
import { loadProject } from '../../server/src/node/project';
import { toPosix } from '../../server/src/node/paths';
import { atCursor, checkFolder, openIn, tempWorkspace } from '../helpers';

const POSTMORTEM = `---
severity: 1
incident-date: 2025-05-10
date: 2025-05-11
authors: [Orders on-call engineer]
status: Draft
---

# Checkout outage

## Incident Summary

Every checkout failed for 42 minutes.

## Timeline

All times UTC.

- 14:02 - Alert fired for the checkout error rate
- 14:25 - Rolled back the payment routing change
  (after two attempts)
- 14:10 - On-call engineer started investigating
- 14:44 - Error rate back to normal

## Root Cause

A config change removed the provider's address from the allow-list.

## Resolution

The change was rolled back.

## Action Items

- [ ] Require a second reviewer for routing config (Payments lead, 2025-07-01)
- [ ] Alert on allow-list changes
- Add the provider's addresses to the config tests (SRE lead)

## Lessons Learned

Config deserves the same review as code.
`;

describe('editing postmortems', () => {
  const ws = tempWorkspace({
    '.processdocs.json': JSON.stringify({ people: ['Payments lead', 'Incident commander'] }),
    '.github/CODEOWNERS': '# Owners\n/docs/ @orders-team/writers docs-lead@example.com\n*.md @orders-team/writers\n',
    'docs/postmortems/2025-05-10-checkout-outage.md': POSTMORTEM,
    'docs/postmortems/2025-04-01-search.md': POSTMORTEM.replace('Payments lead', 'Search lead').replace('(SRE lead)', '(SRE lead, 2025-04-20)'),
  });
  after(() => ws.cleanup());
  const file = toPosix(path.join(ws.root, 'docs/postmortems/2025-05-10-checkout-outage.md'));

  async function at(marked: string) {
    const { text, offset } = atCursor(marked);
    return { items: complete(openIn(await checkFolder(ws.root), file, text), offset), text };
  }

  it('offers severity values with their meaning', async () => {
    const { items } = await at(POSTMORTEM.replace('severity: 1', 'severity: ‸'));
    assert.deepEqual(items.map((i) => [i.label, i.detail]), [
      ['1', 'critical: outage for all customers'],
      ['2', 'high: degradation for a subset of customers'],
      ['3', 'medium: no customer impact'],
    ]);
  });

  it('offers the next timeline entry, written like the one before it', async () => {
    const { items, text } = await at(POSTMORTEM.replace('- 14:10 - On-call', '- ‸\n- 14:10 - On-call'));
    assert.equal(items.length, 1);
    assert.equal(items[0].newText, '- ${1:14:25} - $0');
    assert.equal(items[0].label, '14:25 - …');
    assert.equal(text.slice(items[0].range.start, items[0].range.end), '- ');
    const table = await at(POSTMORTEM.replace(/- (\d\d:\d\d) - ([^\n]*)\n(?: {2}\(after two attempts\)\n)?/g, '| $1 | $2 |\n').replace('| 14:44', '|‸\n| 14:44'));
    assert.equal(table.items[0].newText, '| ${1:14:10} | $0 |');
    assert.deepEqual((await at(POSTMORTEM.replace('- 14:02 - Alert', '- 14:02 - Al‸ert'))).items, [], 'not inside an entry');
  });

  it('offers a new action item, then owners known to the workspace, then due dates', async () => {
    const item = await at(POSTMORTEM.replace('- [ ] Alert on', '‸\n- [ ] Alert on'));
    assert.equal(item.items[0].newText, '- [ ] ${1:Describe the task} (${2|Payments lead,Incident commander,@orders-team/writers,docs-lead@example.com,Search lead,SRE lead|}, ${3:2025-06-08})');
    const owners = await at(POSTMORTEM.replace('Alert on allow-list changes', 'Alert on allow-list changes (‸'));
    assert.deepEqual(owners.items.map((i) => [i.label, i.detail]), [
      ['Payments lead', 'From the config (people)'],
      ['Incident commander', 'From the config (people)'],
      ['@orders-team/writers', 'From CODEOWNERS'],
      ['docs-lead@example.com', 'From CODEOWNERS'],
      ['Search lead', 'Owns other action items'],
      ['SRE lead', 'Owns other action items'],
    ]);
    assert.equal(owners.items[0].newText, 'Payments lead, ${1:2025-06-08})');
    const typed = await at(POSTMORTEM.replace('(Payments lead, 2025-07-01)', '(Pay‸, 2025-07-01)'));
    assert.equal(typed.text.slice(typed.items[0].range.start, typed.items[0].range.end), 'Pay');
    assert.equal(typed.items[0].newText, 'Payments lead', 'the date after the comma stays');
    const dates = await at(POSTMORTEM.replace('(Payments lead, 2025-07-01)', '(Payments lead, ‸)'));
    assert.deepEqual(dates.items.map((i) => i.label), ['2025-06-01', '2025-06-08', '2025-06-15', '2025-07-01']);
  });

  it('outlines the timeline entries and the action items under their sections', async () => {
    const ctx = openIn(await checkFolder(ws.root), file, POSTMORTEM);
    const sections = documentSymbols(ctx.doc)[0].children;
    const timeline = sections.find((s) => s.name === 'Timeline')!;
    assert.deepEqual(timeline.children.map((c) => [c.kind, c.name]), [
      ['entry', '14:02 - Alert fired for the checkout error rate'],
      ['entry', '14:25 - Rolled back the payment routing change'],
      ['entry', '14:10 - On-call engineer started investigating'],
      ['entry', '14:44 - Error rate back to normal'],
    ]);
    const tasks = sections.find((s) => s.name === 'Action Items')!.children;
    assert.deepEqual(tasks.map((c) => c.name), ['Require a second reviewer for routing config (Payments lead, 2025-07-01)', 'Alert on allow-list changes', "Add the provider's addresses to the config tests (SRE lead)"]);
  });

  it('reads the owners of a CODEOWNERS file, GitLab sections included', async () => {
    assert.deepEqual(parseCodeOwners('# c\n* @a\n/docs/ @org/team  x@y.io # trailing\n[Docs][2] @org/docs\n\\#file @b\n'), ['@a', '@org/team', 'x@y.io', '@org/docs', '@b']);
    const { project } = await loadProject(ws.root);
    assert.deepEqual(project.codeOwners, ['@orders-team/writers', 'docs-lead@example.com']);
  });
});

describe('postmortem quick fixes', () => {
  async function fix(rule: string, pick: RegExp) {
    const ws = tempWorkspace({ 'docs/postmortems/2025-05-10-checkout-outage.md': POSTMORTEM });
    const file = toPosix(path.join(ws.root, 'docs/postmortems/2025-05-10-checkout-outage.md'));
    const checker = await checkFolder(ws.root);
    const findings = checker.findings(file).filter((f) => f.rule === rule);
    const ctx = { ...openIn(checker, file, POSTMORTEM), readText: async () => null };
    const fixes = (await codeActions(ctx, findings, findings[0].range, ['quickfix'])).filter((f) => pick.test(f.title));
    assert.equal(fixes.length, 1, `one fix titled ${pick}`);
    writeFileSync(file, applyEdits(POSTMORTEM, fixes[0].change.files[0].edits));
    const after = await checkFolder(ws.root);
    const left = after.findings(file).filter((f) => f.rule === rule);
    const text = readFileSync(file, 'utf8');
    ws.cleanup();
    return { left, text, before: findings };
  }

  it('sorts the timeline, each entry with its continuation lines', async () => {
    const { left, text } = await fix('postmortem.timeline-order', /Sort the timeline/);
    assert.deepEqual(left, []);
    assert.equal(
      text,
      POSTMORTEM.replace(
        '- 14:25 - Rolled back the payment routing change\n  (after two attempts)\n- 14:10 - On-call engineer started investigating\n',
        '- 14:10 - On-call engineer started investigating\n- 14:25 - Rolled back the payment routing change\n  (after two attempts)\n',
      ),
    );
  });

  it('gives action items a checkbox, an owner and a due date to fill in', async () => {
    const { left, text, before } = await fix('postmortem.action-item-format', /Add an owner and a due date/);
    assert.equal(before.length, 2);
    assert.deepEqual(left.map((f) => f.message), [before[1].message], 'the other item keeps its finding until fixed');
    assert.equal(text, POSTMORTEM.replace('- [ ] Alert on allow-list changes', '- [ ] Alert on allow-list changes (TBD, 2025-06-08)'));
  });
});
