import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseConfig } from '../../server/src/core/config';
import { checkFolder, tempWorkspace } from '../helpers';

describe('.processdocs.json', () => {
  it('reads rule severities, kinds and ignores', () => {
    const { config, problems } = parseConfig(JSON.stringify({ rules: { 'adr.status-value': 'error', 'template.placeholder': 'off' }, kinds: { adr: { folder: 'docs/decisions', statuses: ['Draft', 'Done'], reviewPeriodDays: 3 } }, ignore: ['archive/**'] }));
    assert.deepEqual(problems, []);
    assert.equal(config.rules['template.placeholder'], 'off');
    assert.deepEqual(config.kinds.adr.statuses, ['Draft', 'Done']);
    assert.deepEqual(config.ignore, ['archive/**']);
  });

  it('reports broken JSON and bad keys at their place and falls back to defaults', () => {
    const broken = parseConfig('{ "rules": { "adr.status-value": "loud" }, "colour": 1 }');
    assert.deepEqual(broken.problems.map((p) => p.message.slice(0, 24)), ['Rule `adr.status-value`:', 'Unknown or malformed set']);
    assert.equal(broken.config.rules['adr.status-value'], undefined);
    const invalid = parseConfig('{ "rules": ');
    assert.equal(invalid.problems.length, 1);
    assert.match(invalid.problems[0].message, /not valid JSON/);
    assert.deepEqual(invalid.config.rules, {});
  });

  it('changes what the checker reports: severities, off, statuses', async () => {
    const ws = tempWorkspace({
      '.processdocs.json': JSON.stringify({ rules: { 'adr.status-value': 'error', 'section.missing': 'off' }, kinds: { adr: { statuses: ['Proposed', 'Accepted', 'Implemented'] } } }),
      'docs/adr/0001-a.md': '# 1. A\n\nDate: 2025-01-01\n\n## Status\n\nImplemented\n',
      'docs/adr/0002-b.md': '# 2. B\n\nDate: 2025-01-01\n\n## Status\n\nDone\n',
    });
    try {
      const checker = await checkFolder(ws.root);
      const a = checker.findings(`${checker.project.root}/docs/adr/0001-a.md`);
      const b = checker.findings(`${checker.project.root}/docs/adr/0002-b.md`);
      assert.deepEqual(a, []);
      assert.deepEqual(b.map((f) => [f.rule, f.severity]), [['adr.status-value', 'error']]);
    } finally {
      ws.cleanup();
    }
  });
});
