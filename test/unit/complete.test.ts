import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { complete, documentationOf, type Completion } from '../../server/src/core/complete';
import { applyEdits } from '../../server/src/core/edits';
import { atCursor, checkFolder, nygard, openIn, tempWorkspace } from '../helpers';

describe('completions', () => {
  const ws = tempWorkspace({
    'docs/adr/0001-use-postgresql.md': nygard(1, 'Use PostgreSQL', 'Superseded by [ADR-0003](0003-use-distributed-sql.md)', 'We will store orders in PostgreSQL. It is well known.'),
    'docs/adr/0002-publish-events.md': '---\nstatus: accepted\ndate: 2025-02-01\n---\n\n# Publish events\n\n## Context and Problem Statement\n\nPolling.\n\n## Decision Outcome\n\nChosen option: "a log".\n',
    'docs/adr/0003-use-distributed-sql.md': nygard(3, 'Use distributed SQL', 'Accepted\n\nSupersedes [ADR-0001](0001-use-postgresql.md)'),
  });
  const file = (rel: string) => path.join(ws.root, rel);
  after(() => ws.cleanup());

  /** Completions at the `‸` of a document opened at `rel` in the workspace as it is on disk; an item about a document gets its card. */
  async function at(rel: string, marked: string): Promise<{ items: Completion[]; text: string }> {
    const { text, offset } = atCursor(marked);
    const ctx = openIn(await checkFolder(ws.root), file(rel), text);
    const items = complete(ctx, offset).map((i) => (i.about ? { ...i, documentation: documentationOf(ctx.index, i.about) ?? undefined } : i));
    return { items, text };
  }
  const labels = (items: Completion[]) => items.map((i) => i.label);

  it('offers the sections a document lacks, in template order, with their template body as a snippet', async () => {
    const { items, text } = await at('docs/adr/0004-new.md', '# 4. New\n\nDate: 2025-01-20\n\n## Status\n\nProposed\n\n## ‸\n\n## Consequences\n\nSome.\n');
    assert.deepEqual(labels(items), ['Context', 'Decision']);
    const context = items[0];
    assert.equal(context.snippet, true);
    assert.match(context.newText, /^Context\n\n\$\{1:Describe the forces at play/);
    assert.match(context.documentation ?? '', /forces at play/);
    assert.match(context.detail ?? '', /Required section of the Nygard/);
    // The item replaces what follows the hashes on the heading line.
    assert.equal(text.slice(context.range.start - 3, context.range.start), '## ');
    const applied = applyEdits(text, [{ range: context.range, newText: context.newText.replace(/\$\{1:([^}]*)\}/, '$1') }]);
    assert.match(applied, /## Context\n\nDescribe the forces at play[^\n]*\n\n## Consequences/);
  });

  it('completes a heading typed without its space, and offers MADR sections to a MADR ADR', async () => {
    const { items, text } = await at('docs/adr/0005-madr.md', '---\nstatus: proposed\n---\n\n# Choose a queue\n\n##‸\n');
    assert.deepEqual(labels(items), ['Context and Problem Statement', 'Decision Drivers', 'Considered Options', 'Decision Outcome', 'Consequences', 'Confirmation', 'Pros and Cons of the Options', 'More Information']);
    assert.equal(items[0].range.start, text.indexOf('##'));
    assert.equal(items[0].filterText, '## Context and Problem Statement');
    assert.match(items[1].detail ?? '', /^Optional/);
  });

  it('offers status values in a Status section, and "Superseded by" with every other ADR as a relative link', async () => {
    const { items, text } = await at('docs/adr/0004-new.md', '# 4. New\n\n## Status\n\nAcc‸\n\n## Context\n');
    assert.deepEqual(labels(items).slice(0, 5), ['Proposed', 'Accepted', 'Rejected', 'Deprecated', 'Superseded']);
    assert.equal(text.slice(items[1].range.start, items[1].range.end), 'Acc');
    assert.match(items[0].detail ?? '', /Draft/);
    assert.match(items[0].documentation ?? '', /Proposed → Accepted/);
    const successors = items.filter((i) => i.label.startsWith('Superseded by'));
    assert.deepEqual(
      successors.map((i) => i.newText),
      ['Superseded by [ADR-0001](0001-use-postgresql.md)', 'Superseded by [ADR-0002](0002-publish-events.md)', 'Superseded by [ADR-0003](0003-use-distributed-sql.md)'],
    );
  });

  it('offers lower-case statuses in front matter, and ADR mentions after "superseded by"', async () => {
    const fm = await at('docs/adr/0005-madr.md', '---\nstatus: ‸\n---\n\n# Choose a queue\n');
    assert.deepEqual(labels(fm.items).slice(0, 2), ['proposed', 'accepted']);
    const successor = await at('docs/adr/0005-madr.md', '---\nstatus: superseded by ‸\n---\n\n# Choose a queue\n');
    assert.deepEqual(successor.items.map((i) => i.newText), ['ADR-0001', 'ADR-0002', 'ADR-0003']);
  });

  it('offers the front-matter keys a document lacks, with their allowed values', async () => {
    const { items } = await at('docs/adr/0005-madr.md', '---\nstatus: proposed\n‸\n---\n\n# Choose a queue\n');
    assert.deepEqual(labels(items), ['date', 'deciders', 'decision-makers', 'consulted', 'informed', 'number', 'kind']);
    assert.equal(items[0].newText, 'date: ${1:2025-06-01}');
    assert.equal(items.at(-1)!.newText, 'kind: ${1|adr,design,postmortem,pr,integration,none|}');
    const values = await at('docs/adr/0005-madr.md', '---\nkind: ‸\n---\n\n# Choose a queue\n');
    assert.deepEqual(labels(values.items), ['adr', 'design', 'postmortem', 'pr', 'integration', 'none']);
    assert.deepEqual((await at('docs/adr/0005-madr.md', '---‸\nstatus: proposed\n---\n')).items, [], 'nothing on the delimiter');
  });

  it('turns a typed mention into a relative link, with the ADR status, date and decision as documentation', async () => {
    const { items, text } = await at('docs/design/checkout.md', '# Checkout\n\nWe follow ADR-1‸ here.\n');
    assert.deepEqual(labels(items), ['ADR-0001: Use PostgreSQL', 'ADR-0002: Publish events', 'ADR-0003: Use distributed SQL']);
    assert.equal(text.slice(items[0].range.start, items[0].range.end), 'ADR-1');
    assert.equal(items[0].newText, '[ADR-0001](../adr/0001-use-postgresql.md)');
    assert.equal(items[0].detail, 'Superseded · 2025-01-11');
    assert.match(items[0].documentation ?? '', /\*\*ADR-0001: Use PostgreSQL\*\*/);
    assert.match(items[0].documentation ?? '', /> We will store orders in PostgreSQL\./);
    assert.match(items[0].documentation ?? '', /Superseded by ADR-0003: Use distributed SQL/);
    assert.equal(items.some((i) => i.documentation?.includes('It is well known')), false, 'only the first sentence');
  });

  it('completes after `[` (taking in an auto-closed bracket) and after `](`, but not inside written link text', async () => {
    const bracket = await at('docs/adr/0004-new.md', '# 4. New\n\nSee [pub‸] too.\n');
    assert.equal(bracket.text.slice(bracket.items[0].range.start, bracket.items[0].range.end), '[pub]');
    assert.equal(bracket.items[1].newText, '[ADR-0002](0002-publish-events.md)');
    assert.equal(bracket.items[1].filterText, '[ADR-0002: Publish events');
    const target = await at('docs/adr/0004-new.md', '# 4. New\n\nSee [the log](00‸) too.\n');
    assert.equal(target.items[1].newText, '0002-publish-events.md');
    assert.equal(target.text.slice(target.items[1].range.start, target.items[1].range.end), '00');
    assert.deepEqual((await at('docs/adr/0004-new.md', '# 4. New\n\nSee [the ‸log](x.md) too.\n')).items, []);
    assert.equal((await at('docs/adr/0003-use-distributed-sql.md', '# 3. X\n\nADR-‸\n')).items.some((i) => i.label.startsWith('ADR-0003')), false, 'never itself');
  });

  it('offers today and review deadlines for dates', async () => {
    const { items, text } = await at('docs/adr/0004-new.md', '# 4. New\n\nDate: 2025-0‸\n\n## Status\n\nProposed\n');
    assert.deepEqual(labels(items), ['2025-06-01', '2025-06-04', '2025-06-06']);
    assert.equal(text.slice(items[0].range.start, items[0].range.end), '2025-0');
    assert.match(items[2].detail ?? '', /review period/);
  });

  it('offers nothing in plain prose', async () => {
    assert.deepEqual((await at('docs/adr/0004-new.md', '# 4. New\n\n## Context\n\nWe need a que‸\n')).items, []);
    assert.deepEqual((await at('docs/notes.md', '# Notes\n\n## ‸\n')).items, [], 'a document of no kind has no template');
  });
});
