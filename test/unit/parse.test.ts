import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseMarkdown, ParseCache } from '../../server/src/core/markdown/parse';
import { planChunks } from '../../server/src/core/markdown/chunks';
import { assertEditsReparse, doc, edits, reference, strip, tableDoc } from '../fuzz/markdown';

describe('parseMarkdown', () => {
  it('splits long tables into row groups and still equals a whole parse, before and after edits', () => {
    fc.assert(
      fc.property(tableDoc, fc.nat(), fc.constantFrom('x', '|', '\n', '\n\n', '| 14:09 | new |\n'), (text, at, insert) => {
        const cache = new ParseCache();
        assert.deepEqual(strip(parseMarkdown(text, cache).children), reference(text));
        const cut = at % (text.length + 1);
        const edited = text.slice(0, cut) + insert + text.slice(cut);
        assert.deepEqual(strip(parseMarkdown(edited, cache).children), reference(edited));
      }),
      { numRuns: 300 },
    );
  });

  it('chunked parsing gives the tree of a whole parse, for any document', () => {
    fc.assert(
      fc.property(doc, (text) => {
        assert.deepEqual(strip(parseMarkdown(text, new ParseCache()).children), reference(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('re-parsing after an edit reuses chunks and still equals a whole parse', () => {
    fc.assert(
      fc.property(doc, doc, fc.nat(), (before, insert, at) => {
        const cache = new ParseCache();
        parseMarkdown(before, cache);
        const cut = at % (before.length + 1);
        const after = before.slice(0, cut) + insert.replace(/^\uFEFF/, '') + before.slice(cut);
        assert.deepEqual(strip(parseMarkdown(after, cache).children), reference(after));
      }),
      { numRuns: 800 },
    );
  });

  it('after a sequence of edits with one cache, every version still equals a whole parse', () => {
    fc.assert(fc.property(doc, edits, assertEditsReparse), { numRuns: 200 });
  });

  it('splits a document at headings and paragraphs but never inside a fence', () => {
    const text = '# T\n\nIntro.\n\n## A\n\n```\n# not a heading\n\nnot a chunk\n```\n\n## B\n\nText.\n';
    const plan = planChunks(text, 0)!;
    const starts = plan.starts.map((s) => text.slice(s, text.indexOf('\n', s)));
    assert.deepEqual(starts, ['# T', 'Intro.', '## A', '```', '## B', 'Text.']);
  });

  it('gives up on chunks when a fence may belong to a list item', () => {
    assert.equal(planChunks('- item\n  ```\n# heading or code?\n```\n', 0), null);
  });

  it('keeps exact offsets with CRLF, a BOM and astral characters', () => {
    const text = '\uFEFF# Caf\u00e9 \u{1F600}\r\n\r\nA [link](./x.md)\r\n';
    const tree = parseMarkdown(text, new ParseCache());
    const heading = tree.children[0];
    assert.equal(text.slice(heading.position!.start.offset!, heading.position!.end.offset!), '# Caf\u00e9 \u{1F600}');
    const para = tree.children[1];
    assert.equal(text.slice(para.position!.start.offset!, para.position!.end.offset!), 'A [link](./x.md)');
  });
});
