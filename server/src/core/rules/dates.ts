import type { ResolvedKind } from '../kinds/resolve';
import type { DocModel, Located } from '../model';

/** The document's date and every front-matter field its kind declares as a date, minus template placeholders. */
export function datesOf(doc: DocModel, kind: ResolvedKind): (Located<string> & { name: string })[] {
  const out: (Located<string> & { name: string })[] = [];
  if (doc.date) out.push({ ...doc.date, name: 'date' });
  const fm = doc.frontMatter;
  if (fm) {
    for (const field of kind.def.fields) {
      if (field.type !== 'date' || field.name === 'date') continue;
      const pos = fm.fields.get(field.name);
      const value = fm.data[field.name];
      if (pos && value !== undefined && value !== null) out.push({ value: String(value), range: pos.value, name: field.name });
    }
  }
  return out.filter((d) => !/[{[]|YYYY/i.test(d.value) && d.value.trim() !== '');
}
