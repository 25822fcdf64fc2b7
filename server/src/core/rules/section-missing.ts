import { documentAnchor } from './anchor';
import type { Rule } from './types';

export const sectionMissing: Rule = {
  id: 'section.missing',
  scope: 'document',
  kinds: '*',
  severity: 'error',
  description: "Every section the kind's template requires is present (aliases count: \"Context and Problem Statement\" is \"Context\").",
  check({ doc, variant, report }) {
    const missing = variant.sections.filter(
      (spec) => spec.required && !doc.sections.some((s) => spec.keys.has(s.key)) && !(spec.key === 'status' && doc.status),
    );
    for (const spec of missing) report(documentAnchor(doc), `Missing section "${spec.name}" (required by the ${variant.label} template)`);
  },
};
