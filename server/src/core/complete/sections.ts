// At a heading: the sections of the document's template it does not have yet, in
// template order, each inserted with the template's text for it as a snippet.
import { eolOf } from '../edits';
import type { EditorContext } from '../editor';
import type { ResolvedSection } from '../kinds/resolve';
import { choice, escapeSnippet } from './snippet';
import type { Completion, Line } from './types';

/** The kind's sections the document lacks, in template order, each with its template body. */
export function sectionCompletions(ctx: EditorContext, line: Line, hashes: string, space: string | null): Completion[] {
  const { doc } = ctx;
  const variant = doc.variant;
  if (!variant) return [];
  const present = new Set(doc.sections.filter((s) => s.heading.start !== line.start).map((s) => s.key));
  const statusElsewhere = doc.status && doc.status.source !== 'section';
  const eol = eolOf(doc.text);
  // A blank line after the inserted body, unless one follows already.
  const next = doc.text.slice(line.end).replace(/^\r?\n/, '');
  const trail = next === '' || /^[ \t]*\r?\n/.test(next) ? '' : eol;
  const range = { start: space === null ? line.start : line.start + hashes.length + space.length, end: line.end };
  const out: Completion[] = [];
  variant.sections.forEach((spec, i) => {
    if ([...spec.keys].some((k) => present.has(k)) || (spec.key === 'status' && statusElsewhere)) return;
    const heading = space === null ? `${hashes} ${spec.name}` : spec.name;
    out.push({
      label: spec.name,
      kind: 'section',
      detail: `${spec.required ? 'Required' : 'Optional'} section of the ${variant.label} template`,
      documentation: spec.placeholder || undefined,
      range,
      newText: `${escapeSnippet(heading)}${eol}${eol}${sectionBody(ctx, spec)}${trail}`,
      snippet: true,
      filterText: heading,
      sortText: String(i).padStart(3, '0'),
    });
  });
  return out;
}

function sectionBody(ctx: EditorContext, spec: ResolvedSection): string {
  const statuses = ctx.doc.kindDef?.statuses;
  if (spec.key === 'status' && statuses?.length) return choice(statuses);
  return spec.placeholder ? `\${1:${escapeSnippet(spec.placeholder.replace(/\r?\n/g, eolOf(ctx.doc.text)))}}` : '$1';
}
