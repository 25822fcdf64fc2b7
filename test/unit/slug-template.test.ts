import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { readFrontMatter } from '../../server/src/core/frontmatter';
import { slugify } from '../../server/src/core/slug';
import { fillTemplate, templateVariables, variableRanges } from '../../server/src/core/template';

describe('slugify', () => {
  const cases: [string, string][] = [
    ['Use Temporal for scheduling', 'use-temporal-for-scheduling'],
    ['Café au lait', 'cafe-au-lait'],
    ['Straße, Søren & Łódź', 'strasse-soren-lodz'],
    ["Don't use the ORM's cache", 'dont-use-the-orms-cache'],
    ['../../etc/passwd', 'etc-passwd'],
    ['..', 'untitled'],
    ['🚀🔥', 'untitled'],
    ['Кэш для цен', 'кэш-для-цен'],
    ['C:\\Windows\\system32', 'c-windows-system32'],
    ['  Many   spaces\tand\nlines ', 'many-spaces-and-lines'],
  ];
  for (const [title, slug] of cases) it(`${JSON.stringify(title)} → ${slug}`, () => assert.equal(slugify(title), slug));

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Split the checkout service into carts payments promotions and a separate pricing engine');
    assert.ok(slug.length <= 60, slug);
    assert.equal(slug, 'split-the-checkout-service-into-carts-payments-promotions');
  });

  it('never yields a path separator, a dot segment or a hidden file', () => {
    for (const t of ['/abs/path', '.hidden', 'a/../b', '\u0000nul', 'con.md']) assert.match(slugify(t), /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u, t);
  });
});

describe('template variables', () => {
  const template = '---\ntitle: {{title}}\nauthors: [{{author}}]\nseverity: {{severity}}\ndate: {{date}}\n---\n\n# {{title}}\n\nOwner: {{ owner }}\n';

  it('lists variables in order of first use', () => {
    assert.deepEqual(templateVariables(template), ['title', 'author', 'severity', 'date', 'owner']);
  });

  it('writes front matter values as YAML that reads back to the same string', () => {
    const values = { title: 'Fix: the "cache" #1 [urgent]', author: 'Orders team, Platform team', severity: '2', date: '2025-06-01' };
    const text = fillTemplate(template, values);
    const fm = readFrontMatter(text)!;
    assert.equal(fm.problem, undefined);
    assert.equal(fm.data.title, values.title);
    assert.deepEqual(fm.data.authors, [values.author]);
    assert.equal(fm.data.severity, 2);
    assert.equal(fm.data.date, '2025-06-01');
    assert.match(text, /^# Fix: the "cache" #1 \[urgent\]$/m, 'the body gets the title as written');
  });

  it('keeps plain values plain and words YAML would read as booleans quoted', () => {
    const text = fillTemplate('---\na: {{a}}\nb: {{b}}\nc: {{c}}\n---\n', { a: 'Orders team', b: 'yes', c: '' });
    assert.match(text, /^a: Orders team$/m);
    assert.equal(readFrontMatter(text)!.data.b, 'yes');
    assert.equal(readFrontMatter(text)!.data.c, '');
  });

  it('leaves variables without a value, and says where they are', () => {
    const text = fillTemplate(template, { title: 'T', date: '2025-06-01' });
    assert.deepEqual(
      variableRanges(text).map((r) => text.slice(r.start, r.end)),
      ['{{author}}', '{{severity}}', '{{ owner }}'],
    );
  });
});
