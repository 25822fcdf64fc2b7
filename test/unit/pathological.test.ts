// Inputs built to break a parser: deep nesting, long runs, long lines. Every
// one completes here, with the findings it should have; how the time grows with
// the size is measured by `npm run fuzz`, never timed here.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { textOf } from '../../server/src/core/markdown/walk';

/** A paragraph whose text sits under `depth` nested emphasis nodes. */
function deepEmphasis(depth: number): Root {
  let node: any = { type: 'text', value: 'bottom' };
  for (let i = 0; i < depth; i++) node = { type: i % 2 ? 'strong' : 'emphasis', children: [{ type: 'text', value: 'a ' }, node, { type: 'text', value: ' a' }] };
  return { type: 'root', children: [{ type: 'paragraph', children: [node] }] };
}

describe('pathological input', () => {
  it('reads the text of inline markup nested 100,000 deep without overflowing the stack', () => {
    const tree = deepEmphasis(100_000);
    assert.throws(() => toString(tree), RangeError, 'the recursive reader overflows on this tree');
    const text = textOf(tree);
    assert.equal(text.length, 100_000 * 4 + 'bottom'.length);
    assert.ok(text.startsWith('a a a ') && text.includes('a bottom a') && text.endsWith(' a a'));
  });

  it('reads text as mdast-util-to-string does: values and image alts, HTML only when asked', () => {
    const tree: Root = { type: 'root', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Use ' }, { type: 'html', value: '<b>' }, { type: 'image', url: 'x.png', alt: 'a queue' }, { type: 'inlineCode', value: ' now' }] }] };
    assert.equal(textOf(tree), toString(tree));
    assert.equal(textOf(tree, { includeHtml: false }), toString(tree, { includeHtml: false }));
  });
});
