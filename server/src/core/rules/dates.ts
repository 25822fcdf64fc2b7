import type { ResolvedKind } from '../kinds/resolve';
import type { DocModel, Located } from '../model';
import { isoDay } from '../text';

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

/** A front-matter date field as a day number, with the range of its value; null when absent or not a date. */
export function frontMatterDay(doc: DocModel, name: string): { value: string; day: number; range: Located<string>['range'] } | null {
  const pos = doc.frontMatter?.fields.get(name);
  const raw = doc.frontMatter?.data[name];
  if (!pos || raw === undefined || raw === null) return null;
  const day = isoDay(String(raw));
  return day === null ? null : { value: String(raw), day, range: pos.value };
}
