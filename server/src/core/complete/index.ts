// Completions where the cursor is: the sections a document still lacks, status
// values, references to ADRs, front-matter keys and values, dates, timeline entries
// and action-item owners. Each item replaces a range on the cursor's line and
// carries its documentation.
import { lineEndOf, lineStart } from '../edits';
import type { EditorContext } from '../editor';
import { sectionFor } from '../extract/sections';
import { frontMatterCompletions } from './front-matter';
import { actionItemCompletions, NEW_ENTRY_BEFORE, timelineCompletions } from './postmortem';
import { referenceCompletions } from './references';
import { sectionCompletions } from './sections';
import type { Completion, Line } from './types';
import { dateCompletions, dateRange, statusCompletions, wordRange } from './values';

export { documentationOf } from './references';
export type { Completion, CompletionKind } from './types';

const HEADING_BEFORE = /^(#{2,6})(?:([ \t]+).*)?$/;
const HEADER_FIELD_BEFORE = /^([ \t]{0,3}(?:>[ \t]*)?(?:[-*+][ \t]+)?(?:\*\*|__)?)(status|date)((?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*)[^\n]*$/i;
const STATUS_LINE_BEFORE = /^([^\p{L}\p{N}\n]*)[\p{L} ]*$/u;

/** The completions at `offset`, or none when nothing fits there. */
export function complete(ctx: EditorContext, offset: number): Completion[] {
  const { text } = ctx.doc;
  const start = lineStart(text, offset);
  const line: Line = { start, end: lineEndOf(text, offset), before: text.slice(start, offset) };
  const fm = ctx.doc.frontMatter;
  if (fm && offset <= fm.range.end) {
    const interior = { start: lineEndOf(text, fm.range.start) + 1, end: lineStart(text, fm.range.end) };
    return offset >= interior.start && line.start < interior.end ? frontMatterCompletions(ctx, line, offset) : [];
  }
  return bodyCompletions(ctx, line, offset);
}

function bodyCompletions(ctx: EditorContext, line: Line, offset: number): Completion[] {
  const { doc } = ctx;
  const refs = referenceCompletions(ctx, line, offset, 'link');
  if (refs) return refs;
  const heading = HEADING_BEFORE.exec(line.before);
  if (heading) return sectionCompletions(ctx, line, heading[1], heading[2] ?? null);
  const header = HEADER_FIELD_BEFORE.exec(line.before);
  if (header && offset <= (doc.sections[0]?.heading.start ?? doc.text.length)) {
    const valueStart = line.start + header[1].length + header[2].length + header[3].length;
    if (offset < valueStart) return [];
    return header[2].toLowerCase() === 'status' ? statusCompletions(ctx, wordRange(doc.text, valueStart, offset), 'field') : dateCompletions(ctx, dateRange(doc.text, offset));
  }
  const inside = (key: string) => {
    const s = doc.variant && sectionFor(doc, doc.variant, key);
    return s && offset >= s.ownBody.start && offset <= s.ownBody.end && (line.start < s.ownBody.end || s.ownBody.end === doc.text.length) ? s : undefined;
  };
  const status = doc.statusSection && inside('status');
  const m = status && STATUS_LINE_BEFORE.exec(line.before);
  if (m) return statusCompletions(ctx, wordRange(doc.text, line.start + m[1].length, offset), 'section');
  const rest = doc.text.slice(offset, line.end);
  const timeline = inside('timeline');
  if (timeline) return NEW_ENTRY_BEFORE.test(line.before) && rest.trim() === '' ? timelineCompletions(ctx, timeline.body, line) : [];
  if (inside('action items')) return actionItemCompletions(ctx, line, offset, rest);
  return [];
}
