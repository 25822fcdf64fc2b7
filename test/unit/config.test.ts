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
    assert.deepEqual(broken.problems.map((p) => p.message.slice(0, 24)), ['Rule `adr.status-value`:', 'Unknown setting `colour`']);
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

  /** Each problem's message and the text its range covers. */
  function problemsOf(text: string): [string, string][] {
    return parseConfig(text).problems.map((p) => [p.message, text.slice(p.range.start, p.range.end)]);
  }

  it('reports a misspelt rule id at its key, with the id meant, and ignores it', () => {
    const text = '{\n  "ignore": ["template.placeholders"],\n  "rules": { "template.placeholders": "off", "adr.status-value": "error" }\n}\n';
    assert.deepEqual(problemsOf(text), [['Unknown rule `template.placeholders` (did you mean `template.placeholder`?); it is ignored', '"template.placeholders"']]);
    const { config } = parseConfig(text);
    assert.deepEqual(Object.keys(config.rules), ['adr.status-value']);
    assert.match(problemsOf('{ "rules": { "my.rule": "off" } }')[0][0], /^Unknown rule `my\.rule`; it is ignored$/);
  });

  it('reports a misspelt setting, with the setting meant', () => {
    assert.deepEqual(problemsOf('{ "rule": { "section.empty": "off" } }'), [['Unknown setting `rule` (did you mean `rules`?) in .processdocs.json; known: rules, kinds, people, ignore', '"rule"']]);
    assert.deepEqual(problemsOf('{ "people": "SRE lead" }'), [['`people` must be a list of strings; it is ignored', '"people"']]);
  });

  it("reports a misspelt kind key, with the key meant, and ignores that kind's settings", () => {
    const text = '{ "kinds": { "adr": { "folder": "docs/decisions", "statusses": ["Proposed", "Accepted"] } } }';
    assert.deepEqual(problemsOf(text), [['Kind `adr`: unknown key `statusses` (did you mean `statuses`?)', '"statusses"']]);
    assert.deepEqual(parseConfig(text).config.kinds, {});
  });

  it('reports a kind name that is neither built in nor defines a kind, with the kind meant', () => {
    const text = '{ "kinds": { "postmortems": { "match": ["ops/incidents/**/*.md"] } } }';
    assert.deepEqual(problemsOf(text), [['Kind `postmortems`: unknown kind (did you mean `postmortem`?); a new kind needs `sections`, `template` or `fields`', '"postmortems"']]);
    assert.deepEqual(parseConfig(text).config.kinds, {});
    // A custom kind that says what its documents hold is a kind, not a typo.
    const runbook = parseConfig('{ "kinds": { "runbook": { "match": ["ops/*.md"], "sections": ["Steps"] }, "memo": { "fields": [{ "name": "owner" }] } } }');
    assert.deepEqual(runbook.problems, []);
    assert.deepEqual(Object.keys(runbook.config.kinds), ['runbook', 'memo']);
  });

  it("reports a custom kind's keys on a built-in kind, which would do nothing there", () => {
    assert.deepEqual(problemsOf('{ "kinds": { "adr": { "sections": ["Context"] } } }'), [
      ["Kind `adr`: `sections` is for custom kinds; a built-in kind's sections come from its template (put your own in .processdocs/templates/)", '"sections"'],
    ]);
  });

  // From issue 14 (item 8): names every object inherits reached into the objects holding the settings.
  it('reports __proto__, constructor and the other inherited names under rules and kinds, and keeps the settings plain', () => {
    const text = '{ "rules": { "__proto__": { "severity": "off" }, "constructor": "off", "toString": "error" }, "kinds": { "__proto__": { "sections": ["A"] }, "constructor": { "sections": ["B"] }, "hasOwnProperty": { "fields": [] }, "none": { "sections": ["C"] } } }';
    assert.deepEqual(
      problemsOf(text).map(([m, at]) => `${m} @ ${at}`),
      [
        'Unknown rule `__proto__`; it is ignored @ "__proto__"',
        'Unknown rule `constructor`; it is ignored @ "constructor"',
        'Unknown rule `toString`; it is ignored @ "toString"',
        'Kind `__proto__`: `__proto__` cannot name a kind; it is ignored @ "__proto__"',
        'Kind `constructor`: `constructor` cannot name a kind; it is ignored @ "constructor"',
        'Kind `hasOwnProperty`: `hasOwnProperty` cannot name a kind; it is ignored @ "hasOwnProperty"',
        'Kind `none`: `none` cannot name a kind; it is ignored @ "none"',
      ],
    );
    const { config } = parseConfig(text);
    for (const settings of [config.rules, config.kinds]) {
      assert.equal(Object.getPrototypeOf(settings), Object.prototype);
      assert.deepEqual(Object.keys(settings), []);
    }
    // The second `"__proto__"` is placed in kinds, not at the first one in rules.
    const kindsProblem = parseConfig(text).problems[3];
    assert.ok(kindsProblem.range.start > text.indexOf('"kinds"'));
  });

  it('reports a few dozen problems of a config full of them, and how many more there are', () => {
    const rules = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`no.rule-${i}`, 'off']));
    const { problems } = parseConfig(JSON.stringify({ rules }));
    assert.equal(problems.length, 51);
    assert.equal(problems[50].message, '…and 4950 more problems in .processdocs.json');
  });
});
