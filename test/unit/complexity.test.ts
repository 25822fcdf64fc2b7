// The pre-scan that keeps parsing linear must never under-count: whenever it
// lets a document through, remark's own tree nests no deeper and holds no
// paragraph, heading or table row with more marks than its limits. Small limits
// make the generated documents cross them often.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Node, Parent } from 'unist';
import { findExcess, LIMITS, type Limits } from '../../server/src/core/markdown/complexity';
import { parseWhole } from '../../server/src/core/markdown/processor';

const SMALL: Limits = { nesting: 3, marks: 6, codeScan: 2 };

const LINES = [
  '', '', '   ', '|a|b|', '|-|-|', '| - | :-: |', '|a|', 'a|b', '|', '||', '|:-:|', '| *a* | `b` |', '| [x](y) _z_ |', '|*|*|', '|**|',
  '|a|b|c|', '|---|---|---|', '|-', '-|', '|-|', '|<b>|', '|-->', '-->', '<!--', '<!-- a', '```', '~~~', '<div>', '</div>', '<?', '?>',
  '> a', '> |a|b|', '>|-|-|', '- a', '  - b', '    - c', '* a', '1. a', '   1) b', '- |a|b|', '  |-|-|', '    |a|', '   |a|b|',
  '# h', '## *a* [b]', '#', 'text *a* _b_ [c]', '[a]', '[l](u) `c`', '**x**', '\\|a|b|', '|a\\|b|', '`a|b`', '|`a|b`|', 'a*b*c',
  '> > - 1. x', '- - - x', '>>>> y', '\t- z', '***', '___', '* * *', '| a | b |\t', '|a|b|  ', 'Title', '===', '---', '[r]: /u',
  // Nesting built up over several lines, by indentation alone.
  '- a\n  - b\n    - c\n      - d', '1. a\n   1. b\n      1. c\n         1. d', '- a\n\n  b\n  - c\n\n    d\n    - e', '      e', '        f',
  '---\n- a *b*\n- c _d_', '\uFEFF---', '--- ', '----', '---\n\n* x *y*',
  '> a\n> > b\n> > > c\n>>>> d', '- > - > x', '\t\t- t', '* a\n\t* b\n\t\t* c',
  // Bullets that start a paragraph, and lines that only look like they might.
  '- a *b*', '  - c [d]', '    - e `f`', '* g _h_', '+ i', '-  ', '- ', '-\tx', '2. after text', '   - j', '- - -', '* * *', '-x*', '# h *i*', '#x *y*',
  // Code spans closed, unclosed, and closed only in the next paragraph.
  '`a` and ``b``', 'an ` alone', '``` fenced?', '`` two', '- `x', '| `a | b` |', 'x ``` y ` z', '`'.repeat(5), 'words words words words words words',
];

const documents = fc
  .record({ lines: fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 30 }), eol: fc.constantFrom('\n', '\r\n', '\r') })
  .map(({ lines, eol }) => lines.join(eol));

function marks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '`' && text[i - 1] === '`' && i > 0) continue;
    if ('*_[]<`'.includes(c)) n++;
  }
  return n;
}

/** micromark's scan for code spans in one inline container: each opening run to its closing run, or to the end. */
function codeScan(text: string): number {
  const runs = [...text.matchAll(/`+/g)].map((m) => ({ at: m.index!, length: m[0].length }));
  let scanned = 0;
  for (let k = 0; k < runs.length; k++) {
    const close = runs.findIndex((r, j) => j > k && r.length === runs[k].length);
    scanned += (close === -1 ? text.length : runs[close].at) - runs[k].at;
    if (close !== -1) k = close;
  }
  return scanned;
}

/** The deepest quote/list-item nesting, the most marks in one inline container and all code-span scanning, by remark. */
function measure(text: string): { depth: number; marks: number; scanned: number } {
  const root = parseWhole(text);
  let depth = 0;
  let most = 0;
  let scanned = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    const here = node.type === 'blockquote' || node.type === 'listItem' ? d + 1 : d;
    depth = Math.max(depth, here);
    const slice = node.position ? text.slice(node.position.start.offset!, node.position.end.offset!) : '';
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableRow') most = Math.max(most, marks(slice));
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') scanned += codeScan(slice);
    for (const kid of (node as Parent).children ?? []) stack.push([kid, here]);
  }
  return { depth, marks: most, scanned };
}

describe('complexity pre-scan', () => {
  it('never lets through a document remark nests deeper or marks more densely than the limits', () => {
    let passed = 0;
    let stopped = 0;
    fc.assert(
      fc.property(documents, (text) => {
        if (findExcess(text, 0, SMALL)) {
          stopped++;
          return;
        }
        passed++;
        const m = measure(text);
        assert.ok(m.depth <= SMALL.nesting, `nesting ${m.depth}`);
        assert.ok(m.marks <= SMALL.marks, `marks ${m.marks}`);
        assert.ok(m.scanned <= SMALL.codeScan * text.length, `code spans scanned ${m.scanned} of ${text.length}`);
      }),
      { numRuns: 3000 },
    );
    assert.ok(passed > 300 && stopped > 300, `both outcomes are exercised (${passed} passed, ${stopped} stopped)`);
  });

  it('counts a real table row by row, so long tables full of links pass', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `| 10:${String(i % 60).padStart(2, '0')} | **Paged** the [on-call](oncall.md) for \`api-${i}\` |`);
    assert.equal(findExcess(`## Timeline\n| Time | Event |\n| --- | --- |\n${rows.join('\n')}\n`, 0), null);
    // The same lines without a delimiter row are one paragraph to remark.
    assert.match(findExcess(`## Timeline\n\n| Time | Event |\n${rows.join('\n')}\n`, 0)!.message, /paragraph holds over 2000/);
    // Nor is a mismatched delimiter row a table, or a header that may close an HTML comment.
    assert.ok(findExcess(`| Time | Event |\n| --- |\n${rows.join('\n')}\n`, 0));
    assert.ok(findExcess(`<!--\n\n| Time | Event -->\n| --- | --- |\n${rows.join('\n')}\n`, 0));
  });

  it('stops at the first line nested past the limit, and at the mark past the limit', () => {
    const deep = `# T\n\n${'> '.repeat(LIMITS.nesting)}fine\n\n${'- '.repeat(LIMITS.nesting + 1)}too deep\n`;
    const excess = findExcess(deep, 0)!;
    assert.equal(deep.slice(excess.range.start, excess.range.end), `${'- '.repeat(LIMITS.nesting + 1)}too deep`);
    assert.match(excess.message, /nest 101 levels deep/);
    const dense = `${'*a* '.repeat(500)}\n\n${'*a* '.repeat(1001)}`;
    const at = findExcess(dense, 0)!.range.start;
    assert.equal(at, 2000 + 2 + 4000, 'the 2,001st mark of the second paragraph');
    assert.equal(findExcess(`${'*a* '.repeat(1000)}\n\n${'*a* '.repeat(1000)}`, 0), null, 'a blank line starts a new count');
  });

  it('stops a paragraph whose unclosed backtick runs would be scanned to its end over and over', () => {
    const ladder = Array.from({ length: 600 }, (_, i) => `${'`'.repeat(i + 1)}a`).join(' ');
    assert.match(findExcess(ladder, 0)!.message, /unclosed code spans/);
    // Closed spans cost nothing extra, however many.
    assert.equal(findExcess('`a` '.repeat(900), 0), null);
  });

  it('counts a bullet list item by item, so an index of a thousand linked ADRs passes', () => {
    const items = Array.from({ length: 3000 }, (_, i) => `- [ADR-${i}](${String(i).padStart(4, '0')}-decision.md) *accepted*`);
    assert.equal(findExcess(`# Decisions\n\n${items.join('\n')}\n`, 0), null);
    // Numbered 2 and on, an item may be a paragraph's next line: not trusted.
    assert.ok(findExcess(`# Decisions\n\n${items.map((l, i) => l.replace('-', `${i + 2}.`)).join('\n')}\n`, 0));
  });

  it('ends lines where micromark does, at a lone CR too', () => {
    assert.equal(findExcess(`${'- x\r'.repeat(5000)}`, 0), null);
    assert.ok(findExcess(`a\r${'> '.repeat(200)}x`, 0));
  });
});
