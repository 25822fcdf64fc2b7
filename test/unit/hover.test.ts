import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { hover } from '../../server/src/core/hover';
import { atCursor, checkFolder, nygard, openIn, tempWorkspace } from '../helpers';

describe('hover on references', () => {
  const ws = tempWorkspace({
    'docs/adr/0006-split-checkout.md': nygard(6, 'Split the *checkout* [service]', 'Superseded by [ADR-0012](0012-merge-checkout.md)', 'We will split checkout into three services. Each team owns one.'),
    'docs/adr/0012-merge-checkout.md': nygard(12, 'Merge checkout again', 'Accepted\n\nSupersedes ADR-6'),
  });
  after(() => ws.cleanup());

  async function hoverAt(rel: string, marked: string) {
    const { text, offset } = atCursor(marked);
    const ctx = openIn(await checkFolder(ws.root), path.join(ws.root, rel), text);
    return { info: hover(ctx, offset), text };
  }

  it('shows number, title, status, date, the first sentence of the decision and the successor', async () => {
    const { info, text } = await hoverAt('docs/design/checkout.md', '# Checkout\n\nSee [the split](../adr/0006-spl‸it-checkout.md).\n');
    assert.ok(info);
    assert.equal(text.slice(info.range.start, info.range.end), '[the split](../adr/0006-split-checkout.md)');
    assert.equal(
      info.markdown,
      [
        '**ADR-0006: Split the \\*checkout\\* \\[service\\]**',
        'Status: Superseded · Date: 2025-01-16',
        '> We will split checkout into three services.',
        'Superseded by ADR-0012: Merge checkout again',
        '`docs/adr/0006-split-checkout.md`',
      ].join('\n\n'),
    );
  });

  it('works on mentions, in the text and in front matter, and a cursor just after one counts', async () => {
    const mention = await hoverAt('docs/design/checkout.md', '# Checkout\n\nAs ADR-12‸ says.\n');
    assert.match(mention.info?.markdown ?? '', /^\*\*ADR-0012: Merge checkout again\*\*\n\nStatus: Accepted · Date: 2025-01-22/);
    const fm = await hoverAt('docs/adr/0013-x.md', '---\nstatus: accepted; amends ADR‸-0012\n---\n\n# Thirteen\n');
    assert.match(fm.info?.markdown ?? '', /ADR-0012: Merge checkout again/);
  });

  it('says nothing off a reference or on one that resolves nowhere', async () => {
    assert.equal((await hoverAt('docs/design/checkout.md', '# Check‸out\n\nADR-12.\n')).info, null);
    assert.equal((await hoverAt('docs/design/checkout.md', '# Checkout\n\nADR-99‸.\n')).info, null);
  });
});
