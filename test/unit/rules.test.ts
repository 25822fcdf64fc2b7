// One harness runs every rule over its fixture workspace: test/fixtures/<rule id>/
// holds documents that trigger the rule and documents that must not, and
// expected.json lists, for every document, where that rule's findings start.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/core/rules';
import { findMarkdown } from '../../server/src/node/files';
import { toPosix } from '../../server/src/node/paths';
import { checkFolder, positions, REPO } from '../helpers';

const FIXTURES = path.join(REPO, 'test', 'fixtures');

describe('rule fixtures', () => {
  it('every rule has a fixture folder and every folder names a rule', () => {
    const folders = readdirSync(FIXTURES).sort();
    assert.deepEqual(folders, RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    it(`${rule.id}: fires exactly where expected`, async () => {
      const root = path.join(FIXTURES, rule.id);
      const expected = JSON.parse(readFileSync(path.join(root, 'expected.json'), 'utf8')) as Record<string, string[]>;
      const files = (await findMarkdown(root)).map((f) => toPosix(path.relative(root, f))).sort();
      assert.deepEqual(files, Object.keys(expected).sort(), 'expected.json lists every fixture document');
      const checker = await checkFolder(root);
      let fired = 0;
      let quiet = 0;
      for (const rel of files) {
        const file = toPosix(path.join(root, rel));
        const text = readFileSync(file, 'utf8');
        const found = checker.findings(file).filter((f) => f.rule === rule.id);
        assert.deepEqual(positions(found, text), expected[rel], `${rule.id} in ${rel}: ${found.map((f) => f.message).join(' | ')}`);
        if (found.length) fired++;
        else quiet++;
      }
      assert.ok(fired > 0, 'some fixture triggers the rule');
      assert.ok(quiet > 0, 'some fixture must not trigger the rule');
    });
  }
});
