// In a postmortem: the next timeline entry, written like the one before it; a new
// action item; the owners the workspace knows inside its parentheses; due dates.
import type { EditorContext } from '../editor';
import { timelineEntries } from '../extract/timeline';
import { DUE_DAYS, knownOwners } from '../owners';
import { addDays } from '../text';
import type { Range } from '../types';
import { choice, escapeSnippet } from './snippet';
import type { Completion, Line } from './types';
import { dateCompletions, dateRange } from './values';

export const NEW_ENTRY_BEFORE = /^[ \t]*(?:[-*+][ \t]*|\|[ \t]*)?$/;
const ACTION_ITEM = /^[ \t]?(?:[-*+]|\d{1,9}[.)])[ \t]/;

/** The next timeline entry, written like the one before it with its time to edit. */
export function timelineCompletions({ doc }: EditorContext, body: Range, line: Line): Completion[] {
  const { text } = doc;
  const entries = timelineEntries(text, body).filter((e) => e.minutes !== null && e.line.start !== line.start);
  const model = [...entries].reverse().find((e) => e.line.start < line.start) ?? entries[0];
  let snippet = `- \${1:HH:MM} - $0`;
  let label = 'HH:MM - …';
  if (model) {
    const prefix = text.slice(model.line.start, model.range.start);
    const stamp = text.slice(model.range.start, model.range.end);
    const sep = /^[\s*_`]*(?:[-–—:|][ \t]*)?/.exec(text.slice(model.range.end, model.line.end))![0];
    const suffix = /[ \t]*\|[ \t]*$/.exec(text.slice(model.line.start, model.line.end))?.[0].trimEnd() ?? '';
    snippet = `${escapeSnippet(prefix)}\${1:${escapeSnippet(stamp)}}${escapeSnippet(sep)}$0${escapeSnippet(suffix)}`;
    label = `${stamp} ${sep.trim()} …`.replace(/\s+…$/, ' …');
  }
  const documentation = model ? `After \`${text.slice(model.line.start, model.line.end).trim().replace(/`/g, '')}\`` : undefined;
  return [{ label, kind: 'entry', detail: 'Next timeline entry', documentation, range: { start: line.start, end: line.end }, newText: snippet, snippet: true, filterText: text.slice(line.start, line.end) || label }];
}

/** A new action item; owners inside its parentheses; due dates after the owner. */
export function actionItemCompletions(ctx: EditorContext, line: Line, offset: number, rest: string): Completion[] {
  const { text } = ctx.doc;
  const owners = knownOwners(ctx.project, ctx.index);
  const due = addDays(ctx.project.today, DUE_DAYS) ?? 'YYYY-MM-DD';
  if (NEW_ENTRY_BEFORE.test(line.before) && rest.trim() === '') {
    const who = owners.length ? choice(owners.map((o) => o.name), 2) : '${2:Owner}';
    const newText = `- [ ] \${1:Describe the task} (${who}, \${3:${due}})`;
    return [{ label: '- [ ] Task (Owner, YYYY-MM-DD)', kind: 'entry', detail: 'New action item', range: { start: line.start, end: line.end }, newText, snippet: true, filterText: text.slice(line.start, line.end) || '- [ ]' }];
  }
  if (!ACTION_ITEM.test(line.before)) return [];
  const date = /\([^(),\n]+,[ \t]*[\d-]*$/.exec(line.before);
  if (date) return dateCompletions(ctx, dateRange(text, offset), [0, 7, 14, 30]);
  const owner = /\([ \t]*([^(),\n]*)$/.exec(line.before);
  if (!owner) return [];
  const range = { start: offset - owner[1].length, end: offset + (/^[^(),\n]*/.exec(rest)?.[0].length ?? 0) };
  const after = text.slice(range.end, line.end);
  const tail = after.startsWith(',') ? '' : `, \${1:${due}}${after.startsWith(')') ? '' : ')'}`;
  const from = { config: 'From the config (people)', CODEOWNERS: 'From CODEOWNERS', used: 'Owns other action items' };
  return owners.map((o, i) => ({ label: o.name, kind: 'person' as const, detail: from[o.source], range, newText: `${escapeSnippet(o.name)}${tail}`, snippet: true, sortText: String(i).padStart(4, '0') }));
}
