import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import matter from 'gray-matter';

// gray-matter's module-level cache is not in its type declarations.
const cacheSize = () => Object.keys((matter as unknown as { cache: Record<string, unknown> }).cache).length;
import { readFrontMatter } from '../../server/src/core/frontmatter';

describe('front matter', () => {
  it('never evaluates ---js, ---javascript or ---coffee front matter', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'process-docs-fm-'));
    try {
      const marker = path.join(dir, 'evaluated');
      const payload = `{ status: (function () { require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); return 'accepted'; })() }`;
      for (const language of ['js', 'javascript', 'coffee', 'JS', 'cson']) {
        const fm = readFrontMatter(`---${language}\n${payload}\n---\n# Title\n`)!;
        assert.equal(fm.problem?.rule, 'frontmatter.unsupported-language', language);
        assert.deepEqual(fm.data, {});
      }
      assert.equal(existsSync(marker), false, 'no payload ran');
      // The same payload is live under gray-matter's defaults: the test would catch a regression.
      matter(`---js\n${payload}\n---\n`);
      assert.equal(existsSync(marker), true, 'gray-matter alone would have run it');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves gray-matter\'s module cache empty', () => {
    const before = cacheSize();
    readFrontMatter('---\nstatus: accepted\n---\n# One\n');
    readFrontMatter('---\nstatus: proposed\n---\n# Two\n');
    assert.equal(cacheSize(), before);
  });

  it('reads fields with the exact ranges of their values, with CRLF and a BOM', () => {
    const text = '\uFEFF---\r\nstatus: "accepted"\r\ndate: 2025-01-10\r\n---\r\n# T\r\n';
    const fm = readFrontMatter(text, 1)!;
    assert.equal(fm.problem, undefined);
    assert.deepEqual(fm.data, { status: 'accepted', date: '2025-01-10' });
    const date = fm.fields.get('date')!.value;
    assert.equal(text.slice(date.start, date.end), '2025-01-10');
    assert.equal(text.slice(fm.range.start, fm.range.end).endsWith('---'), true);
  });

  it('refuses tags, alias bombs and oversized blocks with a diagnostic, in bounded time', () => {
    const tag = readFrontMatter('---\nx: !!js/function "function () {}"\n---\n')!;
    assert.match(tag.problem!.message, /tags are not allowed/);
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const started = process.hrtime.bigint();
    const aliases = readFrontMatter(`${bomb.join('\n')}\n---\n`)!;
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 2000, 'refused in bounded time');
    assert.match(aliases.problem!.message, /alias/i);
    const big = readFrontMatter(`---\nnote: "${'x'.repeat(70 * 1024)}"\n---\n`)!;
    assert.match(big.problem!.message, /larger than/);
  });

  it('reports a YAML error at its position inside the block', () => {
    const text = '---\nstatus: accepted\n  bad: indent\n---\n';
    const fm = readFrontMatter(text)!;
    assert.equal(fm.problem?.rule, 'frontmatter.invalid-yaml');
    assert.ok(fm.problem!.range.start > 4 && fm.problem!.range.end <= fm.range.end);
  });

  it('treats an unclosed plain --- as a thematic break, not front matter', () => {
    assert.equal(readFrontMatter('---\n# Title\n'), null);
  });
});
