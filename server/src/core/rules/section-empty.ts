import { isBlank } from '../markdown/sections';
import type { Rule } from './types';

export const sectionEmpty: Rule = {
  id: 'section.empty',
  scope: 'document',
  kinds: '*',
  severity: 'warning',
  lenientInDraft: true,
  description: 'A required section has content (information only while the document is a draft).',
  check({ doc, variant, report }) {
    if (doc.isTemplate) return;
    for (const section of doc.sections) {
      const spec = variant.sections.find((s) => s.keys.has(section.key));
      if (!spec?.required || !isBlank(doc.text, section.body)) continue;
      report(section.heading, `Section "${section.title}" is empty`);
    }
  },
};
