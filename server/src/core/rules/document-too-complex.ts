import { LIMITS } from '../markdown/complexity';
import type { Rule } from './types';

// A hostile or generated document must not stall the editor: past these bounds
// remark's parse grows faster than the text, so the document is only indexed.
export const documentTooComplex: Rule = {
  id: 'document.too-complex',
  scope: 'document',
  kinds: '*',
  severity: 'warning',
  withoutTree: true,
  description: `Quotes and lists nest at most ${LIMITS.nesting} deep and a paragraph holds at most ${LIMITS.marks.toLocaleString('en')} emphasis, link and code marks; a document beyond that is indexed but not checked.`,
  check({ doc, report }) {
    if (doc.tooComplex) report(doc.tooComplex.range, doc.tooComplex.message);
  },
};
