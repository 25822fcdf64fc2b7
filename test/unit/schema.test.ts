// The JSON schema VS Code validates `.processdocs.json` with, run through VS Code's own JSON
// language service: it knows every rule id and kind from the registries, and rejects what
// the config loader reports as `config.invalid` — misspelt rule ids, settings, kind keys
// and kinds — so the editor flags a typo as it is typed.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { getLanguageService, TextDocument, type Diagnostic } from 'vscode-json-languageservice';
import { parseConfig } from '../../server/src/core/config';
import { SCHEMA_FILE, withRegistries } from '../../scripts/schema';
import { REPO } from '../helpers';

const schemaText = readFileSync(SCHEMA_FILE, 'utf8');
const SCHEMA_URI = 'file:///schemas/processdocs.schema.json';
const service = getLanguageService({ schemaRequestService: async () => schemaText });
service.configure({ validate: true, schemas: [{ uri: SCHEMA_URI, fileMatch: ['.processdocs.json'] }] });

/** The schema's complaints about a config, each with the text it points at. */
async function schemaErrors(text: string): Promise<string[]> {
  const doc = TextDocument.create('file:///ws/.processdocs.json', 'json', 1, text);
  const diagnostics: Diagnostic[] = await service.doValidation(doc, service.parseJSONDocument(doc), { schemaValidation: 'error' });
  return diagnostics.map((d) => `${doc.getText(d.range)}: ${d.message}`);
}

/** The README's example config, as written. */
function readmeConfig(): string {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration: `.processdocs.json`'));
  return /```json\n([\s\S]*?)```/.exec(section)![1];
}

const TYPOS: Record<string, string> = {
  'a misspelt rule id': '{ "rules": { "template.placeholders": "off" } }',
  'a misspelt setting': '{ "rule": { "section.empty": "off" } }',
  'a misspelt kind key': '{ "kinds": { "adr": { "statusses": ["Proposed"] } } }',
  'a misspelt kind': '{ "kinds": { "postmortems": { "match": ["ops/incidents/*.md"] } } }',
  "a custom kind's key on a built-in kind": '{ "kinds": { "design": { "sections": ["Goals"] } } }',
  'a rule named __proto__': '{ "rules": { "__proto__": "off" } }',
  'a kind named __proto__': '{ "kinds": { "__proto__": { "sections": ["A"] } } }',
  'a kind named constructor': '{ "kinds": { "constructor": { "sections": ["A"] } } }',
  'a bad severity': '{ "rules": { "section.empty": "loud" } }',
};

describe('schemas/processdocs.schema.json', () => {
  it('names every rule and built-in kind of the registries (run `npm run docs`)', () => {
    assert.equal(schemaText, withRegistries(schemaText));
  });

  it('accepts the configs of the README, the examples and the end-to-end workspace', async () => {
    for (const text of [readmeConfig(), readFileSync(path.join(REPO, 'examples', '.processdocs.json'), 'utf8'), readFileSync(path.join(REPO, 'test', 'e2e', 'workspace', '.processdocs.json'), 'utf8')]) {
      assert.deepEqual(await schemaErrors(text), [], text);
      assert.deepEqual(parseConfig(text).problems, [], text);
    }
  });

  for (const [what, text] of Object.entries(TYPOS)) {
    it(`rejects ${what}, as the config loader does`, async () => {
      const errors = await schemaErrors(text);
      assert.ok(errors.length > 0, `the schema accepts ${text}`);
      assert.ok(parseConfig(text).problems.length > 0, `the loader accepts ${text}`);
    });
  }

  it('points at the misspelt key', async () => {
    assert.deepEqual(await schemaErrors(TYPOS['a misspelt rule id']), ['"template.placeholders": Property template.placeholders is not allowed.']);
    assert.deepEqual(await schemaErrors(TYPOS['a misspelt kind key']), ['"statusses": Property statusses is not allowed.']);
  });
});
