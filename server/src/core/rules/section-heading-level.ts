import type { Rule } from './types';

export const sectionHeadingLevel: Rule = {
  scope: 'document',
  id: 'section.heading-level',
  kinds: '*',
  severity: 'warning',
  description: "Sections use consistent heading levels: those the template puts side by side share a level.",
  check({ doc, variant, report }) {
    const matched = doc.sections
      .filter((s) => !s.bold)
      .map((section) => ({ section, spec: variant.sections.find((s) => s.keys.has(section.key)) }))
      .filter((m) => m.spec);
    if (matched.length < 2) return;
    // The document may shift every level (`#` sections, no title); the first match sets the shift.
    const shift = matched[0].section.depth - matched[0].spec!.depth;
    for (const { section, spec } of matched) {
      const expected = spec!.depth + shift;
      if (section.depth !== expected && expected >= 1 && expected <= 6) {
        report(section.heading, `Section "${section.title}" is a level-${section.depth} heading; the template puts it at level ${expected} (${'#'.repeat(expected)})`);
      }
    }
  },
};
