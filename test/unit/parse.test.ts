import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseWhole } from '../../server/src/core/markdown/processor';
import { parseMarkdown, ParseCache } from '../../server/src/core/markdown/parse';
import { planChunks } from '../../server/src/core/markdown/chunks';


/** Lines chosen to stress chunk boundaries: fences at every indent, lists, HTML, definitions, tables. */
const LINES = [
  '# Title', '## Section', '### Sub', 'Plain text with a [link](./0002-x.md) and ADR-7.', '', '', '   ', '- item', '  - nested', '1. one',
  '10) ten', '   ```', '```', '```js', '~~~', '  ```', '    indented code', '> quote', '> # quoted heading', '<!-- comment',
  '-->', '<div>', '</div>', '<script>', '</script>', '[ref]: /url', '[^1]: a footnote', 'uses [ref] and [^1]', '  [inner]: /x',
  '| a | b |', '|---|---|', '| 1 | 2 |', '===', '---', '***', '\t# tab', '   # spaced', '* star', '+ plus', '- [ ] task', 'lazy line',
  'Text\u00e9 \u{1F600} non-ascii', '<?php', '?>', 'Status: accepted', 'Date: 2025-01-10', '\t```', '> ```', '>     ```',
  '    <div>', '\t<!--', '<span>', '<img src="x.png">', '\uFEFF', '  1. nested ordered', '     ```',
];

const doc = fc
  .record({
    lines: fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 40 }),
    eol: fc.constantFrom('\n', '\r\n'),
    trailing: fc.boolean(),
    bom: fc.boolean(),
    frontMatter: fc.boolean(),
  })
  .map(({ lines, eol, trailing, bom, frontMatter }) => `${bom ? '\uFEFF' : ''}${frontMatter ? `---${eol}status: accepted${eol}---${eol}` : ''}${lines.join(eol)}${trailing ? eol : ''}`);

function strip(nodes: unknown): unknown {
  return JSON.parse(JSON.stringify(nodes));
}

function reference(text: string) {
  // micromark drops a BOM and counts offsets after it; the parser keeps source offsets.
  const root = parseWhole(text);
  if (text.charCodeAt(0) === 0xfeff) {
    const shift = (n: any) => {
      if (n.position) {
        n.position.start.offset += 1;
        n.position.end.offset += 1;
      }
      n.children?.forEach(shift);
    };
    root.children.forEach(shift);
  }
  return strip(root.children);
}

/** Documents around long tables: rows of every shape, and what may end a table. */
const tableDoc = fc
  .record({
    before: fc.array(fc.constantFrom(...LINES), { maxLength: 5 }),
    head: fc.constantFrom('| Time | Event |\n| --- | --- |', 'Time | Event\n:--|--:', '| a |\n|---|'),
    rows: fc.array(fc.constantFrom('| 14:02 | Alert fired |', '| 14:03 | a \\| pipe |', 'loose row', '|x|y|z|', '| `code` | [link](./x.md) |', '| 14:04 |'), { minLength: 0, maxLength: 130 }),
    after: fc.array(fc.constantFrom(...LINES), { maxLength: 5 }),
    eol: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ before, head, rows, after, eol }) => [...before, '', head, ...rows, ...after].join(eol).replace(/\n/g, eol === '\n' ? '\n' : '\r\n').replace(/\r\r/g, '\r'));

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
