// Values: a kind's statuses (with "Superseded by" each ADR), and dates — today and
// review deadlines.
import { lineEndOf, lineStart } from '../edits';
import type { EditorContext } from '../editor';
import { DEFAULT_REVIEW_PERIOD_DAYS } from '../rules/adr-stale-proposal';
import { addDays, isoDay } from '../text';
import type { Range } from '../types';
import { adrCompletions } from './references';
import type { Completion } from './types';

/** The kind's statuses; a status that needs a successor is offered with each ADR. */
export function statusCompletions(ctx: EditorContext, range: Range, where: 'section' | 'field' | 'front-matter'): Completion[] {
  const kind = ctx.doc.kindDef;
  if (!kind) return [];
  const spec = kind.def.statuses;
  const lower = where === 'front-matter';
  const is = (list: string[] | undefined, s: string) => !!list?.some((x) => x.toLowerCase() === s.toLowerCase());
  const lifecycle = `Lifecycle: ${kind.statuses.join(' → ')}`;
  const out: Completion[] = [];
  kind.statuses.forEach((s, i) => {
    const value = lower ? s.toLowerCase() : s;
    const role = is(spec.draft, s) ? 'Draft: unfinished sections are information only' : is(spec.needsSuccessor, s) ? 'Names its successor' : is(spec.retired, s) ? 'No longer in force' : undefined;
    out.push({ label: value, kind: 'status', detail: role, documentation: lifecycle, range, newText: value, sortText: `0${String(i).padStart(3, '0')}` });
    if (!is(spec.needsSuccessor, s)) return;
    const prefix = `${value} by `;
    for (const item of adrCompletions(ctx, range, lower ? 'mention' : 'link', prefix)) out.push({ ...item, filterText: `${prefix}${item.filterText}`, sortText: `1${item.sortText}` });
  });
  return out;
}

/** Today, and three and five days on (and the review period, when configured otherwise): review deadlines. */
export function dateCompletions(ctx: EditorContext, range: Range, days?: number[]): Completion[] {
  const offsetsGiven = !!days;
  const period = ctx.doc.kindDef?.config.reviewPeriodDays ?? DEFAULT_REVIEW_PERIOD_DAYS;
  if (isoDay(ctx.project.today) === null) return [];
  const offsets = [...new Set(days ?? [0, 3, 5, period])].sort((a, b) => a - b);
  return offsets.map((days, i) => {
    const date = addDays(ctx.project.today, days)!;
    const detail = days === 0 ? 'Today' : `In ${days} days${days === period && !offsetsGiven ? ' — the end of the review period' : ''}`;
    return { label: date, kind: 'date' as const, detail, range, newText: date, sortText: String(i) };
  });
}

/** The word being typed: from `start` to the cursor, and on over the letters after it. */
export function wordRange(text: string, start: number, offset: number): Range {
  const right = /^[\p{L}'-]*/u.exec(text.slice(offset, lineEndOf(text, offset)))?.[0].length ?? 0;
  return { start, end: offset + right };
}

export function dateRange(text: string, offset: number): Range {
  const left = /[\d-]*$/.exec(text.slice(lineStart(text, offset), offset))?.[0].length ?? 0;
  const right = /^[\d-]*/.exec(text.slice(offset, lineEndOf(text, offset)))?.[0].length ?? 0;
  return { start: offset - left, end: offset + right };
}
