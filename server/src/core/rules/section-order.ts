import type { Rule } from './types';

export const sectionOrder: Rule = {
  scope: 'document',
  id: 'section.order',
  kinds: '*',
  severity: 'info',
  description: "Sections follow the template's order (a hint: readers find things where they expect them).",
  check({ doc, variant, report }) {
    let latest: { index: number; name: string } | null = null;
    for (const section of doc.sections) {
      const index = variant.sections.findIndex((s) => s.keys.has(section.key));
      if (index === -1) continue;
      if (latest && index < latest.index) {
        report(section.heading, `Section "${section.title}" comes before "${latest.name}" in the template; move it up`);
        continue;
      }
      latest = { index, name: variant.sections[index].name };
    }
  },
};
