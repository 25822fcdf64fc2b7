// Generates the README's rule table from the rule registry (`npm run docs`).
// A unit test fails when the README's table is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../server/src/core/rules';

export const START = '<!-- rules:start -->';
export const END = '<!-- /rules:end -->';

export function rulesTable(): string {
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.kinds === '*' ? 'all' : r.kinds.join(', ')} | ${r.severity}${r.lenientInDraft ? ' (info in drafts)' : ''} | ${r.description.replace(/\|/g, '\\|')} |`);
  return [START, '| Rule | Kinds | Default severity | What it checks |', '| --- | --- | --- | --- |', ...rows, END].join('\n');
}

export function withTable(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a === -1 || b === -1) throw new Error('README has no rule table markers');
  return readme.slice(0, a) + rulesTable() + readme.slice(b + END.length);
}

if (require.main === module) {
  const file = path.resolve(__dirname, '..', 'README.md');
  writeFileSync(file, withTable(readFileSync(file, 'utf8')));
}
