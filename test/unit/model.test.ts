import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { buildModel } from '../../server/src/core/model';
import { defaultConfig } from '../../server/src/core/config';
import { createProject } from '../../server/src/core/project';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { REPO, TODAY } from '../helpers';

const templates = Object.fromEntries(readdirSync(path.join(REPO, 'templates')).map((f) => [f, readFileSync(path.join(REPO, 'templates', f), 'utf8')]));
const project = createProject({ root: '/ws', config: defaultConfig(), templates, today: TODAY });
const model = (rel: string, text: string) => buildModel(`/ws/${rel}`, text, project);
const at = (text: string, r: { start: number; end: number } | null | undefined) => (r ? text.slice(r.start, r.end) : null);

describe('document model', () => {
  it('reads titles and numbers in every common form', () => {
    const cases: [string, string, number | null, string][] = [
      ['docs/adr/0012-x.md', '# 12. Use a queue\n', 12, 'Use a queue'],
      ['docs/adr/adr-012-x.md', '# ADR 12: Use a queue\n', 12, 'Use a queue'],
      ['docs/adr/ADR012-x.md', '# ADR-012: Use a queue\n', 12, 'Use a queue'],
      ['docs/adr/0012-x.md', '# Use a queue\n', 12, 'Use a queue'],
      ['docs/adr/20240105-x.md', '# Use a queue\n', null, 'Use a queue'],
      ['docs/adr/0007-x.md', '# 0007 - Use a queue\n', 7, 'Use a queue'],
    ];
    for (const [rel, text, number, title] of cases) {
      const m = model(rel, text);
      assert.equal(m.number?.value ?? null, number, `${rel}: ${text}`);
      assert.equal(m.title?.value, title, `${rel}: ${text}`);
    }
    const m = model('docs/adr/0012-x.md', '# ADR-0012: Use a queue\n');
    assert.equal(at(m.text, m.titleNumber?.range), '0012');
  });

  it('reads decorated statuses and relations', () => {
    const cases: [string, string | null, string][] = [
      ['✅ Accepted', 'Accepted', 'Accepted'],
      ['> accepted', 'Accepted', 'accepted'],
      ['**Superseded** by [ADR-0020](0020-x.md)', 'Superseded', 'Superseded'],
      ['⌛️ Superseded [0019](0019-x.md)', 'Superseded', 'Superseded'],
      ['on hold', null, 'on hold'],
    ];
    for (const [line, value, word] of cases) {
      const text = `# 1. T\n\n## Status\n\n${line}\n\n## Context\n\nX.\n`;
      const m = model('docs/adr/0001-t.md', text);
      assert.equal(m.status?.value ?? null, value, line);
      assert.equal(at(text, m.status?.range), word, line);
    }
    const sup = model('docs/adr/0001-t.md', '# 1. T\n\n## Status\n\nSuperseded by [ADR-0020](0020-x.md)\n');
    assert.deepEqual(sup.relations.map((r) => [r.type, r.targets.map((t) => t.path)]), [['superseded-by', ['/ws/docs/adr/0020-x.md']]]);
    const fm = model('docs/adr/0001-t.md', '---\nstatus: "accepted; supersedes ADR-0045"\n---\n# T\n');
    assert.equal(fm.status?.value, 'Accepted');
    assert.deepEqual(fm.relations.map((r) => [r.type, r.targets.map((t) => t.number)]), [['supersedes', [45]]]);
  });

  it('reads Date lines, list-item fields and front matter dates', () => {
    assert.equal(model('docs/adr/0001-t.md', '# 1. T\n\nDate: 2025-01-10\n\n## Status\n\nAccepted\n').date?.value, '2025-01-10');
    assert.equal(model('docs/adr/0001-t.md', '# T\n\n- Status: accepted\n- Date: 2025-02-03\n\n## Context\n').date?.value, '2025-02-03');
    assert.equal(model('docs/adr/0001-t.md', '---\ndate: 2025-03-04\n---\n# T\n').date?.value, '2025-03-04');
  });

  it('keeps exact ranges with CRLF, a BOM and non-ASCII text', () => {
    const text = '\uFEFF# 3. Caf\u00e9 \u{1F600} d\u00e9cision\r\n\r\nDate: 2025-01-10\r\n\r\n## Status\r\n\r\n✅ Accepted\r\n\r\n## Context\r\n\r\nSee ADR-0002.\r\n';
    const m = model('docs/adr/0003-cafe.md', text);
    assert.equal(at(text, m.title?.range), 'Caf\u00e9 \u{1F600} d\u00e9cision');
    assert.equal(at(text, m.status?.range), 'Accepted');
    assert.equal(at(text, m.date?.range), '2025-01-10');
    assert.equal(at(text, m.references[0].range), 'ADR-0002');
    assert.deepEqual(m.sections.map((s) => at(text, s.heading)), ['## Status', '## Context']);
  });

  it('picks the MADR variant from its headings or fields, Nygard otherwise', () => {
    assert.equal(model('docs/adr/0001-t.md', '# T\n\n## Context and Problem Statement\n\nX\n').variant?.id, 'madr');
    assert.equal(model('docs/adr/0001-t.md', '# T\n\n- Status: accepted\n\n## Decision\n').variant?.id, 'madr');
    assert.equal(model('docs/adr/0001-t.md', '# 1. T\n\nDate: 2025-01-10\n\n## Status\n\nAccepted\n').variant?.id, 'nygard');
  });

  it('blanks a ---js block so Markdown never reads it as text', () => {
    const m = model('docs/adr/0001-t.md', '---js\n{ title: "x" }\n---\n# 1. Real title\n');
    assert.equal(m.title?.value, 'Real title');
    assert.equal(m.headings.length, 1);
  });
});
