import { documentAnchor } from './anchor';
import { listOf } from '../text';
import type { Rule } from './types';

export const frontmatterMissingField: Rule = {
  scope: 'document',
  id: 'frontmatter.missing-field',
  kinds: '*',
  severity: 'warning',
  description: "The front matter has every field the kind requires (a design doc's `author` and `status`, a postmortem's `severity` and `incident-date`).",
  check({ doc, kind, report }) {
    if (doc.frontMatter?.problem) return;
    const data = doc.frontMatter?.data ?? {};
    const missing = kind.def.fields.filter((f) => f.required && (data[f.name] === undefined || data[f.name] === null || data[f.name] === '')).map((f) => `\`${f.name}\``);
    // A status written in the document's own way (section, `Status:` line) counts.
    const stillMissing = missing.filter((m) => !(m === '`status`' && doc.status));
    if (stillMissing.length === 0) return;
    const range = doc.frontMatter ? { start: doc.frontMatter.range.start, end: doc.frontMatter.range.start + 3 } : documentAnchor(doc);
    report(range, `Front matter is missing ${listOf(stillMissing, 'and')}`);
  },
};
