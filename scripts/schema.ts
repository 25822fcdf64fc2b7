// Fills the parts of schemas/processdocs.schema.json that come from the registries (`npm
// run docs`): a property per rule id and per built-in kind, the names a kind cannot have,
// and a built-in kind's settings (a custom kind's, less the keys only custom kinds take).
// A unit test fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CUSTOM_KIND_KEYS, RESERVED_KIND_NAMES } from '../server/src/core/config';
import { BUILTIN_KINDS } from '../server/src/core/kinds';
import { RULES } from '../server/src/core/rules';

export const SCHEMA_FILE = path.resolve(__dirname, '..', 'schemas', 'processdocs.schema.json');

interface ObjectSchema {
  description?: string;
  properties: Record<string, unknown>;
  propertyNames?: unknown;
  anyOf?: unknown;
  [key: string]: unknown;
}

interface Schema {
  properties: { rules: ObjectSchema; kinds: ObjectSchema };
  definitions: { customKind: ObjectSchema; builtinKind?: ObjectSchema };
}

export function withRegistries(text: string): string {
  const schema = JSON.parse(text) as Schema;
  const { rules, kinds } = schema.properties;
  rules.properties = Object.fromEntries(RULES.map((r) => [r.id, { description: r.description, $ref: '#/definitions/ruleSetting' }]));
  kinds.properties = Object.fromEntries(BUILTIN_KINDS.map((k) => [k.id, { description: `${k.label}: settings over the built-in definition.`, $ref: '#/definitions/builtinKind' }]));
  kinds.propertyNames = { not: { enum: [...RESERVED_KIND_NAMES] } };
  const { customKind } = schema.definitions;
  const properties = Object.fromEntries(Object.entries(customKind.properties).filter(([key]) => !CUSTOM_KIND_KEYS.includes(key)));
  const { anyOf: _, ...rest } = customKind;
  schema.definitions.builtinKind = { ...rest, description: 'A built-in kind: where its documents are, its statuses and extra section names.', properties };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (require.main === module) writeFileSync(SCHEMA_FILE, withRegistries(readFileSync(SCHEMA_FILE, 'utf8')));
