import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/core/rules';
import { withTable } from '../../scripts/rules-table';
import { MEASUREMENTS, readmeMeasurements } from '../../bench/table';
import { REPO } from '../helpers';

describe('README', () => {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');

  it('has the rule table generated from the registry (run `npm run docs`)', () => {
    assert.equal(readme, withTable(readme));
  });

  it('documents every rule, command, setting and config key', () => {
    for (const rule of RULES) assert.ok(readme.includes(`\`${rule.id}\``), rule.id);
    const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    for (const key of Object.keys(manifest.contributes.configuration.properties)) assert.ok(readme.includes(`\`${key}\``), key);
    for (const cmd of manifest.contributes.commands ?? []) assert.ok(readme.includes(cmd.title), cmd.title);
    const schema = JSON.parse(readFileSync(path.join(REPO, 'schemas', 'processdocs.schema.json'), 'utf8'));
    for (const key of Object.keys(schema.properties).filter((k) => k !== '$schema')) assert.ok(readme.includes(`\`${key}\``), key);
    for (const key of Object.keys(schema.definitions.customKind.properties)) assert.ok(readme.includes(`\`kinds.<kind>.${key}\``), key);
  });

  it('shows the figures of every bench measurement, with the machine and the day (run `npm run bench -- --readme`)', () => {
    assert.deepEqual(readmeMeasurements(readme), [...MEASUREMENTS]);
    assert.match(readme, /<!-- bench:start -->\nMeasured \d{4}-\d{2}-\d{2} on .+ cores, \d+ GB RAM, .+, Node v\d+\.\d+\.\d+; load average [\d.]+ when it started\.\n/);
    assert.doesNotMatch(readme, /issue notes/);
  });
});

