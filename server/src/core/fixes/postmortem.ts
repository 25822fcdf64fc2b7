// Postmortem fixes: give action items an owner and a due date to fill in, and
// put a timeline in chronological order.
import { change, type WorkspaceChange } from '../edits';
import { actionItems } from '../extract/actions';
import { sectionFor } from '../extract/sections';
import { timelineEntries, type TimelineEntry } from '../extract/timeline';
import { DUE_DAYS } from '../owners';
import { addDays } from '../text';
import type { TextEdit } from '../types';
import type { Fixer } from './types';

/**
 * `(TBD, <a week from today>)` after each item the finding is about (every item
 * when it is about the section): the format is right at once, and `TBD` stays
 * flagged as a placeholder until someone is named.
 */
export const addOwnerAndDue: Fixer = (finding, { doc, project }) => {
  const section = doc.variant && sectionFor(doc, doc.variant, 'action items');
  const due = addDays(project.today, DUE_DAYS);
  if (!section || !due) return [];
  const whole = finding.range.start === section.heading.start;
  const edits: TextEdit[] = [];
  for (const item of actionItems(doc.text, section.body)) {
    if (item.tracked || (!whole && item.line.start !== finding.range.start)) continue;
    if (item.done === null) edits.push({ range: { start: item.textStart, end: item.textStart }, newText: '[ ] ' });
    if (item.owner && item.due) continue;
    const line = doc.text.slice(item.line.start, item.line.end);
    const end = item.line.start + line.trimEnd().length;
    // `(Owner)` without a date gets the date inside.
    const owner = /\(\s*([^(),]+?)\s*\)$/.exec(line.trimEnd());
    if (owner) edits.push({ range: { start: end - 1, end: end - 1 }, newText: `, ${due}` });
    else edits.push({ range: { start: end, end }, newText: ` (TBD, ${due})` });
  }
  if (edits.length === 0) return [];
  const title = `Add an owner and a due date to fill in: (TBD, ${due})${whole ? ' to every action item' : ''}`;
  return [{ title, kind: 'quickfix', finding, preferred: true, change: change([{ path: doc.path, text: doc.text, edits }]) }];
};

/** Sorts the timeline's entries (with their indented continuation lines), keeping the lines between them in place. */
export const sortTimeline: Fixer = (finding, { doc }) => {
  const section = doc.variant && sectionFor(doc, doc.variant, 'timeline');
  const edit = section && sortedEntries(doc.text, timelineEntries(doc.text, section.body));
  if (!edit) return [];
  const sorted: WorkspaceChange = change([{ path: doc.path, text: doc.text, edits: [edit] }]);
  return [{ title: 'Sort the timeline chronologically', kind: 'quickfix', finding, preferred: true, change: sorted }];
};

function sortedEntries(text: string, entries: TimelineEntry[]): TextEdit | null {
  if (entries.length < 2 || entries.some((e) => e.minutes === null && !e.dayOnly)) return null;
  // Entries that take their day from an earlier line cannot move across days.
  const ownDate = (e: TimelineEntry) => /\d{4}-\d{2}-\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(text.slice(e.range.start, e.range.end));
  if (new Set(entries.map((e) => e.day)).size > 1 && !entries.every(ownDate)) return null;
  const blocks = entries.map((e, i) => {
    let end = e.line.end;
    const limit = entries[i + 1]?.line.start ?? text.length;
    for (let next = text.indexOf('\n', end) + 1; next > 0 && next < limit; next = text.indexOf('\n', end) + 1) {
      const lineEnd = text.indexOf('\n', next) === -1 ? text.length : text.indexOf('\n', next);
      const line = text.slice(next, lineEnd).replace(/\r$/, '');
      if (!/^[ \t]+\S/.test(line)) break;
      end = next + line.length;
    }
    return { start: e.line.start, end, key: e.day * 1440 + (e.minutes ?? 0) };
  });
  // Only blank lines may separate entries: a "Day 2" line or prose pins them in place.
  for (let i = 0; i + 1 < blocks.length; i++) if (text.slice(blocks[i].end, blocks[i + 1].start).trim() !== '') return null;
  const order = [...blocks].sort((a, b) => a.key - b.key);
  if (order.every((b, i) => b === blocks[i])) return null;
  let out = '';
  blocks.forEach((slot, i) => {
    out += text.slice(order[i].start, order[i].end);
    if (i + 1 < blocks.length) out += text.slice(slot.end, blocks[i + 1].start);
  });
  return { range: { start: blocks[0].start, end: blocks[blocks.length - 1].end }, newText: out };
}
