import type { DocModel } from '../model';
import type { Range } from '../types';

/** Where to report a finding about the document as a whole: its title, else its first line. */
export function documentAnchor(doc: DocModel): Range {
  if (doc.title) return doc.title.range;
  const start = doc.frontMatter ? doc.frontMatter.range.start : doc.bom;
  const nl = doc.text.indexOf('\n', start);
  return { start, end: (nl === -1 ? doc.text.length : nl) - (doc.text[nl - 1] === '\r' ? 1 : 0) };
}
