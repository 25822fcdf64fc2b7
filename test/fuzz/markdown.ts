// Markdown documents generated to stress the chunked parser, and the whole parse
// it must equal: shared by the parse tests and `npm run fuzz`.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseWhole } from '../../server/src/core/markdown/processor';
import { parseMarkdown, ParseCache } from '../../server/src/core/markdown/parse';

/** Lines chosen to stress chunk boundaries: fences at every indent, lists, HTML, definitions, tables. */
export const LINES = [
  '# Title', '## Section', '### Sub', 'Plain text with a [link](./0002-x.md) and ADR-7.', '', '', '   ', '- item', '  - nested', '1. one',
  '10) ten', '   ```', '```', '```js', '~~~', '  ```', '    indented code', '> quote', '> # quoted heading', '<!-- comment',
  '-->', '<div>', '</div>', '<script>', '</script>', '[ref]: /url', '[^1]: a footnote', 'uses [ref] and [^1]', '  [inner]: /x',
  '| a | b |', '|---|---|', '| 1 | 2 |', '===', '---', '***', '\t# tab', '   # spaced', '* star', '+ plus', '- [ ] task', 'lazy line',
  'Text\u00e9 \u{1F600} non-ascii', '<?php', '?>', 'Status: accepted', 'Date: 2025-01-10', '\t```', '> ```', '>     ```',
  '    <div>', '\t<!--', '<span>', '<img src="x.png">', '\uFEFF', '  1. nested ordered', '     ```',
];

export const doc = fc
  .record({
    lines: fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 40 }),
    eol: fc.constantFrom('\n', '\r\n'),
    trailing: fc.boolean(),
    bom: fc.boolean(),
    frontMatter: fc.boolean(),
  })
  .map(({ lines, eol, trailing, bom, frontMatter }) => `${bom ? '\uFEFF' : ''}${frontMatter ? `---${eol}status: accepted${eol}---${eol}` : ''}${lines.join(eol)}${trailing ? eol : ''}`);

export function strip(nodes: unknown): unknown {
  return JSON.parse(JSON.stringify(nodes));
}

export function reference(text: string) {
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
export const tableDoc = fc
  .record({
    before: fc.array(fc.constantFrom(...LINES), { maxLength: 5 }),
    head: fc.constantFrom('| Time | Event |\n| --- | --- |', 'Time | Event\n:--|--:', '| a |\n|---|'),
    rows: fc.array(fc.constantFrom('| 14:02 | Alert fired |', '| 14:03 | a \\| pipe |', 'loose row', '|x|y|z|', '| `code` | [link](./x.md) |', '| 14:04 |'), { minLength: 0, maxLength: 130 }),
    after: fc.array(fc.constantFrom(...LINES), { maxLength: 5 }),
    eol: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ before, head, rows, after, eol }) => [...before, '', head, ...rows, ...after].join(eol).replace(/\n/g, eol === '\n' ? '\n' : '\r\n').replace(/\r\r/g, '\r'));

/** One edit: delete `remove` characters at `at` (modulo the length) and insert `insert`. */
export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** Typing, deleting and pasting: single characters, line breaks, whole generated lines. */
export const edits = fc.array(
  fc.record({
    at: fc.nat(),
    remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(40)),
    insert: fc.oneof(fc.constantFrom('', 'x', ' ', '\n', '\r\n', '\n\n', '#', '-', '|', '`', '>', '\t', '\uFEFF', '\r'), fc.constantFrom(...LINES).map((l) => `${l}\n`)),
  }),
  { minLength: 1, maxLength: 25 },
);

export function applyEdit(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/** Parses `text`, then each edited version with the same cache; every tree must equal a whole parse. */
export function assertEditsReparse(text: string, sequence: Edit[]): void {
  const cache = new ParseCache();
  assert.deepEqual(strip(parseMarkdown(text, cache).children), reference(text));
  for (const e of sequence) {
    text = applyEdit(text, e);
    assert.deepEqual(strip(parseMarkdown(text, cache).children), reference(text), `after ${JSON.stringify(e)}`);
  }
}
