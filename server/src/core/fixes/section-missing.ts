// Inserts a missing section where the template puts it: before the next template
// section the document has, else after the previous one, else at the end.
import { change, eolOf, insertBlock } from '../edits';
import type { ResolvedSection } from '../kinds/resolve';
import type { DocModel } from '../model';
import { missingMessage, missingSections } from '../rules/section-missing';
import type { TextEdit } from '../types';
import type { Fixer } from './types';

export const insertMissingSection: Fixer = (finding, { doc }) => {
  const variant = doc.variant;
  const spec = variant && missingSections(doc, variant).find((s) => missingMessage(s, variant) === finding.message);
  if (!variant || !spec) return [];
  const edit = sectionInsertion(doc, variant.sections, spec);
  return [{ title: `Insert the "${spec.name}" section`, kind: 'quickfix', finding, preferred: true, change: change([{ path: doc.path, text: doc.text, edits: [edit] }]) }];
};

export function sectionInsertion(doc: DocModel, order: ResolvedSection[], spec: ResolvedSection): TextEdit {
  const { text } = doc;
  const eol = eolOf(text);
  const block = `${'#'.repeat(spec.depth)} ${spec.name}${eol}${spec.placeholder ? `${eol}${spec.placeholder.replace(/\r?\n/g, eol)}${eol}` : ''}`;
  const at = order.indexOf(spec);
  const find = (s: ResolvedSection) => doc.sections.find((d) => s.keys.has(d.key));
  for (const later of order.slice(at + 1)) {
    const found = find(later);
    if (found) return insertBlock(text, found.heading.start, block, eol);
  }
  for (const earlier of order.slice(0, at).reverse()) {
    const found = find(earlier);
    if (found) return insertBlock(text, found.body.end, block, eol);
  }
  return insertBlock(text, text.length, block, eol);
}
