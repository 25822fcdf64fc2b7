import type { ResolvedSection, ResolvedVariant } from '../kinds/resolve';
import type { DocModel } from '../model';
import { documentAnchor } from './anchor';
import type { Rule } from './types';

export const sectionMissing: Rule = {
  id: 'section.missing',
  scope: 'document',
  kinds: '*',
  severity: 'error',
  description: "Every section the kind's template requires is present (aliases count: \"Context and Problem Statement\" is \"Context\").",
  check({ doc, variant, report }) {
    for (const spec of missingSections(doc, variant)) report(documentAnchor(doc), missingMessage(spec, variant));
  },
};

/** The template's required sections the document lacks (the quick fix inserts them). */
export function missingSections(doc: DocModel, variant: ResolvedVariant): ResolvedSection[] {
  return variant.sections.filter((spec) => spec.required && !doc.sections.some((s) => spec.keys.has(s.key)) && !(spec.key === 'status' && doc.status));
}

export function missingMessage(spec: ResolvedSection, variant: ResolvedVariant): string {
  return `Missing section "${spec.name}" (required by the ${variant.label} template)`;
}
