import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import matter from 'gray-matter';

// gray-matter's module-level cache is not in its type declarations.
const cacheSize = () => Object.keys((matter as unknown as { cache: Record<string, unknown> }).cache).length;
import { readFrontMatter } from '../../server/src/core/frontmatter';
import { checkFolder, tempWorkspace } from '../helpers';

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

  it('never hands any other engine name or spelling to an engine: the payload writes no file, through the whole checker', async () => {
    const ws = tempWorkspace({});
    try {
      const marker = path.join(ws.root, 'evaluated');
      const payload = `{ status: (function () { require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); return 'accepted'; })() }`;
      const openings = ['---json', '---toml', '---coffeescript', '---Javascript', '---JS', '--- js', '---js ', '---\tjs', '---jsx', '---ts', '---eval', '---yaml js', '---made-up'];
      const files: Record<string, string> = {};
      openings.forEach((open, i) => {
        files[`docs/adr/${String(i + 1).padStart(4, '0')}-engine.md`] = `${open}\n${payload}\n---\n# ${i + 1}. Engine\n`;
        files[`docs/adr/${String(i + 101).padStart(4, '0')}-engine-crlf.md`] = `\uFEFF${open}\r\n${payload}\r\n---\r\n# ${i + 101}. Engine\r\n`;
      });
      const root = tempWorkspace(files);
      try {
        const checker = await checkFolder(root.root);
        for (const file of checker.paths()) {
          const found = checker.findings(file).filter((f) => f.rule.startsWith('frontmatter.'));
          assert.deepEqual(found.map((f) => f.rule), ['frontmatter.unsupported-language'], file);
        }
        for (const open of openings) assert.deepEqual(readFrontMatter(`${open}\n${payload}\n---\n`)!.data, {}, open);
      } finally {
        root.cleanup();
      }
      assert.equal(existsSync(marker), false, 'no payload ran');
    } finally {
      ws.cleanup();
    }
  });

  it('refuses every kind of YAML tag: JavaScript types, verbatim, local, directives, on keys', () => {
    const tagged = [
      'x: !!js/function "function () {}"',
      'x: !!js/regexp /a+$/',
      "x: !!js/undefined ''",
      'x: !<tag:yaml.org,2002:js/function> "function () {}"',
      'x: !custom value',
      '!!str key: value',
      'x: !!binary aGVsbG8=',
      'x: !!python/object/apply:os.system ["touch evaluated"]',
      'x: [1, !!js/undefined a]',
    ];
    for (const line of tagged) {
      const fm = readFrontMatter(`---\n${line}\n---\n`)!;
      assert.equal(fm.problem?.rule, 'frontmatter.invalid-yaml', line);
      assert.deepEqual(fm.data, {}, line);
    }
    const directive = readFrontMatter('---\n%TAG ! tag:example.com,2000:\n---\nx: !foo a\n---\n');
    assert.ok(directive === null || directive.problem, 'a %TAG directive is never read as data');
  });

  it('refuses keys that are lists or mappings (the YAML library would stringify them with a process warning)', () => {
    for (const line of ['[a]: 1', '{a: 1}: x', '? [a, b]\n: c', 'a:\n  {b}: c']) {
      const fm = readFrontMatter(`---\n${line}\n---\n`)!;
      assert.match(fm.problem!.message, /key must be a plain name/, line);
    }
  });

  it('refuses a 5 MB front matter, closed or not, before reading a byte of its YAML', () => {
    // Parsed, 5 MB of nested flow sequences would exhaust the YAML parser; refused, it never gets there.
    const nested = `---\nx: ${'['.repeat(2_500_000)}${']'.repeat(2_500_000)}\n---\n# Title\n`;
    assert.match(readFrontMatter(nested)!.problem!.message, /larger than 64 KB/);
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1, size = 0; size < 5_000_000; i++) size += bomb[bomb.push(`a${i}: &a${i} [${Array(9).fill(i === 1 ? '*a' : `*a${i - 1}`).join(', ')}]`) - 1].length + 1;
    assert.match(readFrontMatter(`${bomb.join('\n')}\n---\n`)!.problem!.message, /larger than 64 KB/);
    assert.match(readFrontMatter(`---yaml\n${'x: y\n'.repeat(1_250_000)}# never closed\n`)!.problem!.message, /never closed/);
    // A bare `---` never closed is a thematic break to Markdown, not front matter at all.
    assert.equal(readFrontMatter(`---\n${'x: y\n'.repeat(1_250_000)}`), null);
  });

  it('refuses an alias bomb that would expand to 9^40 nodes (it could only finish unexpanded)', () => {
    const bomb = ['---', 'l0: &l0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 40; i++) bomb.push(`l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
    const fm = readFrontMatter(`${bomb.join('\n')}\n---\n`)!;
    assert.equal(fm.problem?.rule, 'frontmatter.invalid-yaml');
    assert.match(fm.problem!.message, /alias/i);
  });
});
