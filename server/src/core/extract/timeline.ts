// Timeline entries as postmortems write them: list items, table rows or lines
// that start with a time — `14:02 - …`, `2024-05-02 14:02 UTC | …`, `2:02 PM — …`,
// `**14:02**: …` — with dates and "Day 2"/"next day" lines moving the clock on.
import { isoDay } from '../text';
import type { Range } from '../types';
import { proseLines } from './lines';

export interface TimelineEntry {
  /** The timestamp as written. */
  range: Range;
  /** The whole entry line. */
  line: Range;
  /** Minutes since midnight; null when the time is not a real time (25:70). */
  minutes: number | null;
  /** Day number (since the epoch, or counted from day changes) the entry belongs to. */
  day: number;
  /** Whether the day came from a date on the entry itself. */
  dated: boolean;
  /** A day-granular entry (`| 2021-12-10 | … |`): ordered by day only. */
  dayOnly?: boolean;
  text: string;
  /** List item or table row: a place where a time is expected. */
  item: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// `Jan 14, 2025, ` / `14 January ` before a time; a missing year counts as one year.
const MONTH_DATE = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)(?:,?\s+(\d{4}))?,?\s+(?:at\s+)?/i;
const TIME = /^(?:~|approx\.?\s+|ca\.\s+)?(?:(\d{4}-\d{2}-\d{2})[ T]+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap]\.?m\.?))?~?(?:\s*\(?(?:UTC|GMT|Z|[A-Z]{2,5}|[+-]\d{2}:?\d{2}|UTC[+-]\d{1,2})\)?)?(?=\s|$|[-–—:|*,)])/i;
// A day-granular entry: `| 2021-12-10 | Published |`
const DATE_ENTRY = /^(\d{4}-\d{2}-\d{2})(?=\s*(?:$|[-–—:|]))/;
const DAY_CHANGE = /^(?:day\s+\d+|next\s+day|the\s+next\s+day|following\s+day|\(?\+1\s*days?\)?)\b/i;
const DATE_ONLY = /^(\d{4}-\d{2}-\d{2})\s*:?$/;

/** Reads the entries of a timeline section's body. */
export function timelineEntries(text: string, body: Range): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  let day = 0;
  let dayKnown = false;
  for (const line of proseLines(text, body)) {
    const table = /^\s*\|/.test(line.text);
    if (table && /^\s*\|?[\s:|-]+\|[\s:|-]*$/.test(line.text)) continue; // delimiter row
    const listMarker = /^(\s*)(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/.exec(line.text);
    const heading = /^\s{0,3}#{1,6}\s+/.exec(line.text);
    const lead = table ? /^\s*\|\s*/.exec(line.text)![0].length : listMarker ? listMarker[0].length : heading ? heading[0].length : /^\s*/.exec(line.text)![0].length;
    // Bold or code around the time: **14:02**, `14:02`
    const deco = /^(?:\*\*|__|`|\*|_)?/.exec(line.text.slice(lead))![0].length;
    const content = line.text.slice(lead + deco);
    const plain = content.replace(/[*_`]/g, '').trim();
    const dateOnly = DATE_ONLY.exec(plain);
    if (dateOnly && isoDay(dateOnly[1]) !== null) {
      day = isoDay(dateOnly[1])!;
      dayKnown = true;
      continue;
    }
    if (DAY_CHANGE.test(plain)) {
      day += 1;
      continue;
    }
    const item = (table || !!listMarker) && !(listMarker && listMarker[1].length > 1);
    const dateEntry = DATE_ENTRY.exec(content);
    if (dateEntry && isoDay(dateEntry[1]) !== null && !TIME.test(content)) {
      day = isoDay(dateEntry[1])!;
      dayKnown = true;
      const start = line.start + lead + deco;
      out.push({ range: { start, end: start + dateEntry[0].length }, line: { start: line.start, end: line.end }, minutes: null, dayOnly: true, day, dated: true, text: content.slice(dateEntry[0].length).replace(/^[\s*_`|:–—-]+/, '').trim(), item });
      continue;
    }
    const monthDate = MONTH_DATE.exec(content);
    const m = TIME.exec(monthDate ? content.slice(monthDate[0].length) : content);
    if (!m) {
      // A table's header row is not an entry.
      if (item && !(table && out.length === 0 && !/\d/.test(content))) out.push({ range: { start: line.start + lead, end: line.start + lead }, line: { start: line.start, end: line.end }, minutes: null, day, dated: false, text: plain, item: true });
      continue;
    }
    let hours = Number(m[2]);
    const mins = Number(m[3]);
    const meridiem = m[5]?.toLowerCase().replace(/\./g, '');
    let valid = mins < 60 && (!m[4] || Number(m[4]) < 60);
    if (meridiem) {
      valid &&= hours >= 1 && hours <= 12;
      hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
    } else valid &&= hours < 24;
    const entryDay = m[1] ? isoDay(m[1]) : monthDate ? monthDay(monthDate) : null;
    const dated = entryDay !== null;
    if (dated) {
      day = entryDay;
      dayKnown = true;
    }
    const start = line.start + lead + deco;
    const length = (monthDate?.[0].length ?? 0) + m[0].length;
    out.push({ range: { start, end: start + length }, line: { start: line.start, end: line.end }, minutes: valid ? hours * 60 + mins : null, day, dated: dated || dayKnown, text: content.slice(length).replace(/^[\s*_`|:–—-]+/, '').trim(), item });
  }
  return out;
}

function monthDay(m: RegExpExecArray): number | null {
  const month = MONTHS.indexOf((m[1] ?? m[4]).slice(0, 3).toLowerCase());
  const day = Number(m[2] ?? m[3]);
  const year = m[5] ? Number(m[5]) : 2000;
  const t = Date.UTC(year, month, day);
  return new Date(t).getUTCDate() === day ? t / 86_400_000 : null;
}
