// Inputs built to break a parser: deep nesting, long runs, long lines. Every
// one completes here, with the findings it should have; how the time grows with
// the size is measured by `npm run fuzz`, never timed here.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { textOf } from '../../server/src/core/markdown/walk';
import { LIMITS } from '../../server/src/core/markdown/complexity';
import type { Checker } from '../../server/src/core/checker';
import { ParseCache } from '../../server/src/core/markdown/parse';
import { toPosix } from '../../server/src/node/paths';
import { checkFolder, tempWorkspace } from '../helpers';
import { NAMED } from '../fuzz/pathological';
import fc from 'fast-check';
import { stripComments, withoutClosingHashes } from '../../server/src/core/text';
import { headerFields } from '../../server/src/core/extract/header';
import { actionItems } from '../../server/src/core/extract/actions';

/** A paragraph whose text sits under `depth` nested emphasis nodes. */
function deepEmphasis(depth: number): Root {
  let node: any = { type: 'text', value: 'bottom' };
  for (let i = 0; i < depth; i++) node = { type: i % 2 ? 'strong' : 'emphasis', children: [{ type: 'text', value: 'a ' }, node, { type: 'text', value: ' a' }] };
  return { type: 'root', children: [{ type: 'paragraph', children: [node] }] };
}

/** Checks `text` as the ADR docs/adr/0007-pathological.md of an empty workspace. */
async function check(text: string): Promise<{ checker: Checker; file: string; rules: string[]; model: ReturnType<Checker['update']>['model'] }> {
  const ws = tempWorkspace({});
  try {
    const checker = await checkFolder(ws.root);
    const file = `${toPosix(ws.root)}/docs/adr/0007-pathological.md`;
    const { model } = checker.update(file, text, new ParseCache());
    const findings = checker.findings(file);
    for (const f of findings) assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length, `${f.rule} ${JSON.stringify(f.range)}`);
    return { checker, file, rules: findings.map((f) => f.rule), model };
  } finally {
    ws.cleanup();
  }
}

describe('pathological input', () => {
  for (const [name, bytes] of [['nested list', 20_000], ['nested quote', 10_000], ['nested quote and list', 50_000], ['list nested by indentation', 90_000], ['nested brackets', 20_000], ['nested links', 20_000], ['nested emphasis', 40_000], ['emphasis runs', 20_000], ['backtick ladder', 100_000], ['unclosed comments', 100_000]] as const) {
    it(`${name} (${bytes / 1000} KB): indexed from the line scan, with one finding saying why`, async () => {
      const text = NAMED[name](bytes);
      const { checker, file, rules, model } = await check(text);
      assert.deepEqual(rules, ['document.too-complex']);
      assert.match(model.tooComplex!.message, /nest \d+|over 999|holds over|unclosed code spans/);
      assert.deepEqual(model.tree.children, []);
      // The index still knows the ADR: other documents' rules see its number, title and status.
      const summary = checker.index.get(file)!;
      assert.deepEqual([summary.number, summary.title, summary.status?.value], [7, 'A pathological decision', 'Accepted']);
    });
  }

  it('a document just within the limits is parsed and checked', async () => {
    const text = NAMED['nested list'](2 * LIMITS.nesting).replace(/\n\n(?=## Decision)/, '\n\n## Decision\n\nTODO\n\n');
    const { rules, model } = await check(text);
    assert.equal(model.tooComplex, undefined);
    assert.ok(rules.includes('template.placeholder'), rules.join());
  });

  it('100,000 `#` are a paragraph, not a heading', async () => {
    const { rules, model } = await check(NAMED.hashes(100_000));
    assert.deepEqual(rules, []);
    assert.deepEqual(model.headings.map((h) => h.text), ['7. A pathological decision', 'Status', 'Context', 'Decision', 'Consequences']);
  });

  it('a 2,000-row table full of links and emphasis is parsed row by row', async () => {
    const { model } = await check(NAMED['table rows'](140_000));
    const table = model.tree.children.find((n) => n.type === 'table') as { children: unknown[] } | undefined;
    assert.equal(model.tooComplex, undefined);
    assert.ok(table && table.children.length > 2000, `${table?.children.length} rows`);
    assert.ok(model.links.filter((l) => l.url === 'oncall.md').length > 2000);
  });

  it('a 1 MB line of prose and 5,000 lines of links keep every mention and link', async () => {
    const prose = await check(NAMED['single line of prose'](1_000_000));
    assert.equal(prose.model.tooComplex, undefined);
    assert.equal(prose.model.mentions.length, Math.ceil(1_000_000 / 'The queue absorbs the spikes of ADR-12 traffic. '.length));
    const links = await check(NAMED['links, one per line'](250_000));
    const items = NAMED['links, one per line'](250_000).split('\n').filter((l) => l.startsWith('- See')).length;
    assert.equal(links.model.links.length, items);
    assert.equal(links.model.mentions.length, items);
  });

  it('lone CR line endings are lines to the parser and to every range', async () => {
    const text = NAMED['CR line endings'](50_000);
    const { checker, file, model } = await check(text);
    assert.equal(model.sections.length, 4);
    assert.equal(text.slice(model.status!.range.start, model.status!.range.end), 'Accepted');
    // Every item links to a missing y.md: one finding each, exactly on its link.
    const findings = checker.findings(file);
    assert.equal(findings.length, text.split('\r').filter((l) => l.startsWith('- item')).length);
    for (const f of findings) assert.equal(`${f.rule} ${text.slice(f.range.start, f.range.end)}`, 'adr.broken-reference [x](y.md)');
  });

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

  describe('linear stand-ins for regular expressions that rescanned long runs', () => {
    const strings = (alphabet: string[]) => fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((a) => a.join(''));

    it('stripComments removes what /<!--[\\s\\S]*?-->/g removes', () => {
      fc.assert(
        fc.property(strings(['<!--', '-->', '<!-', '->', '-', '>', '<', '!', 'a', '\n', ' ']), (s) => {
          assert.equal(stripComments(s), s.replace(/<!--[\s\S]*?-->/g, ''));
          assert.equal(stripComments(s, true), s.replace(/<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length)));
        }),
        { numRuns: 3000 },
      );
      assert.equal(stripComments(`${'<!--'.repeat(200_000)}x`), `${'<!--'.repeat(200_000)}x`);
    });

    it('withoutClosingHashes trims what /[ \\t]+#*[ \\t]*$/ trimmed, and a heading made only of the closing sequence', () => {
      fc.assert(
        fc.property(strings([' ', '\t', '#', 'a', '##']), (s) => {
          assert.equal(withoutClosingHashes(s), /^#+[ \t]*$/.test(s) ? '' : s.replace(/[ \t]+#*[ \t]*$/, ''));
        }),
        { numRuns: 3000 },
      );
      assert.equal(withoutClosingHashes(`Title${' '.repeat(500_000)}x ##  `), `Title${' '.repeat(500_000)}x`);
    });

    it('reads a header field with a long gap inside its value, and the value\'s exact range', () => {
      const line = `Deciders: the Orders team${' '.repeat(300_000)}and the SRE lead  `;
      const [field] = headerFields(line, { start: 0, end: line.length });
      assert.equal(field.value, `the Orders team${' '.repeat(300_000)}and the SRE lead`);
      assert.equal(line.slice(field.range.start, field.range.end), field.value);
      const [bold] = headerFields('**Date:**   2025-01-10 ', { start: 0, end: 23 });
      assert.deepEqual([bold.name, bold.value, bold.range], ['date', '2025-01-10', { start: 12, end: 22 }]);
    });

    it('reads an action item\'s owner with a long gap around it', () => {
      const text = `- [ ] Add an alert (  SRE${' '.repeat(300_000)}lead  ,  2025-07-01 )\n- [ ] Page (${' '.repeat(300_000)}, 2025-07-01)\n`;
      const [first, second] = actionItems(text, { start: 0, end: text.length });
      assert.deepEqual([first.owner, first.due], [`SRE${' '.repeat(300_000)}lead`, '2025-07-01']);
      assert.equal(text.slice(first.dueRange!.start, first.dueRange!.end), '2025-07-01');
      assert.deepEqual([second.owner, second.due], [null, null]);
    });
  });
});
