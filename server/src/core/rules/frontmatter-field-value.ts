import { didYouMean } from '../text';
import type { Rule } from './types';

export const frontmatterFieldValue: Rule = {
  scope: 'document',
  id: 'frontmatter.field-value',
  kinds: '*',
  severity: 'error',
  description: "Front-matter fields hold values of their type, from the kind's allowed values (a postmortem's `severity` is 1, 2 or 3).",
  check({ doc, kind, report }) {
    const fm = doc.frontMatter;
    if (!fm || fm.problem) return;
    for (const field of kind.def.fields) {
      const pos = fm.fields.get(field.name);
      const value = fm.data[field.name];
      if (!pos || value === undefined || value === null || value === '') continue;
      // ADR statuses have their own rule, with relations read from the same line.
      if (field.name === 'status' && kind.def.id === 'adr') continue;
      // A kind's statuses may be overridden in the config.
      const values = field.name === 'status' && kind.statuses.length ? kind.statuses : field.values;
      if (field.type === 'number' && typeof value !== 'number' && !/^\d+$/.test(String(value).trim())) {
        report(pos.value, `\`${field.name}\` must be a number${allowed(values, field.meanings)}`);
      } else if (values && (typeof value === 'string' || typeof value === 'number')) {
        const text = String(value).trim();
        if (values.some((v) => v.toLowerCase() === text.toLowerCase())) continue;
        const guess = didYouMean(text, values);
        report(pos.value, `\`${text}\` is not an allowed \`${field.name}\`${allowed(values, field.meanings)}${guess ? ` (did you mean \`${guess}\`?)` : ''}`);
      } else if (field.type === 'list' && typeof value === 'object' && !Array.isArray(value)) {
        report(pos.value, `\`${field.name}\` must be a name or a list of names`);
      }
    }
  },
};

function allowed(values?: string[], meanings?: string[]): string {
  if (!values) return '';
  return `: ${values.map((v, i) => (meanings?.[i] ? `${v} (${meanings[i]})` : v)).join(', ')}`;
}
