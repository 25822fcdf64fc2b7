// In front matter: the kind's keys not yet written, and each key's values — statuses,
// kinds, dates, allowed values with what they mean — and ADR mentions.
import type { EditorContext } from '../editor';
import type { FieldSpec } from '../kinds/types';
import { listOf } from '../text';
import type { Range } from '../types';
import { referenceCompletions } from './references';
import { choice } from './snippet';
import type { Completion, Line } from './types';
import { dateCompletions, statusCompletions } from './values';

const FM_KEY_BEFORE = /^[A-Za-z][\w-]*$|^$/;
const FM_VALUE_BEFORE = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*/;

export function frontMatterCompletions(ctx: EditorContext, line: Line, offset: number): Completion[] {
  const { doc, project } = ctx;
  const fields = doc.kindDef?.def.fields ?? [];
  const refs = referenceCompletions(ctx, line, offset, 'mention');
  if (refs && FM_VALUE_BEFORE.test(line.before)) return refs;
  const value = FM_VALUE_BEFORE.exec(line.before);
  if (value) {
    const key = value[1];
    const range = { start: line.start + value[0].length, end: line.end };
    if (offset < range.start) return [];
    if (key === 'status') return statusCompletions(ctx, range, 'front-matter');
    if (key === 'kind' || key === 'type') return kindCompletions(ctx, range);
    const spec = fields.find((f) => f.name === key);
    if (spec?.type === 'date') return dateCompletions(ctx, range);
    return (spec?.values ?? []).map((v, i) => ({ label: v, kind: 'value' as const, detail: spec!.meanings?.[i] ?? spec!.name, documentation: spec!.description, range, newText: v, sortText: String(i).padStart(3, '0') }));
  }
  if (!FM_KEY_BEFORE.test(line.before)) return [];
  const present = new Set(doc.frontMatter?.fields.keys());
  const range = { start: line.start, end: offset + (/^[\w-]*/.exec(doc.text.slice(offset, line.end))?.[0].length ?? 0) };
  const kindField: FieldSpec = { name: 'kind', type: 'string', values: [...project.kinds.keys(), 'none'], description: 'The kind of process document; `none` opts the file out of every check.' };
  return [...fields, kindField]
    .filter((f) => !present.has(f.name) && !(f.name === 'kind' && present.has('type')))
    .map((f, i) => ({
      label: f.name,
      kind: 'field' as const,
      detail: f.type + (f.required ? ', required' : ''),
      documentation: f.description,
      range,
      newText: `${f.name}: ${fieldSnippet(ctx, f)}`,
      snippet: true,
      sortText: String(i).padStart(3, '0'),
    }));
}

function fieldSnippet(ctx: EditorContext, f: FieldSpec): string {
  const statuses = ctx.doc.kindDef?.statuses;
  if (f.name === 'status' && statuses?.length) return choice(statuses.map((s) => s.toLowerCase()));
  if (f.values?.length) return choice(f.values);
  if (f.type === 'date') return `\${1:${ctx.project.today}}`;
  return '$1';
}

function kindCompletions({ project }: EditorContext, range: Range): Completion[] {
  const kinds = [...project.kinds.values()].map((k) => ({ id: k.def.id, label: k.def.label }));
  return [...kinds, { id: 'none', label: 'Not a process document: never checked' }].map((k, i) => ({
    label: k.id,
    kind: 'value' as const,
    detail: k.label,
    documentation: `Kinds: ${listOf(kinds.map((x) => `\`${x.id}\``))}`,
    range,
    newText: k.id,
    sortText: String(i).padStart(3, '0'),
  }));
}
