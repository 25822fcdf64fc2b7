import type { ResolvedVariant } from '../kinds/resolve';
import type { Section } from '../markdown/sections';
import type { Description } from '../model';

/** The document's section that counts as the template's section `key` (or one of its aliases). */
export function sectionFor(doc: Description, variant: ResolvedVariant, key: string): Section | undefined {
  const spec = variant.sections.find((s) => s.key === key || s.keys.has(key));
  return spec ? doc.sections.find((s) => spec.keys.has(s.key)) : undefined;
}
