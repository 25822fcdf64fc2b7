import { sectionFor } from '../extract/sections';
import { timelineEntries } from '../extract/timeline';
import type { Rule } from './types';

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export const postmortemTimelineOrder: Rule = {
  scope: 'document',
  id: 'postmortem.timeline-order',
  kinds: ['postmortem'],
  severity: 'warning',
  description: 'Timeline entries are in chronological order; a date or a "Day 2"/"next day" line may cross midnight.',
  check({ doc, variant, report }) {
    const section = sectionFor(doc, variant, 'timeline');
    if (!section) return;
    let previous: { at: number; minutes: number } | null = null;
    for (const entry of timelineEntries(doc.text, section.body)) {
      if (entry.dayOnly && previous && entry.day < Math.floor(previous.at / 1440)) {
        report(entry.range, `${doc.text.slice(entry.range.start, entry.range.end)} comes after a later day; keep the timeline in chronological order`);
      }
      if (entry.minutes === null) continue;
      const at = entry.day * 1440 + entry.minutes;
      if (previous && at < previous.at) {
        // A jump back of over half a day is most likely midnight passing unmarked.
        const hint = !entry.dated && previous.minutes - entry.minutes > 720 ? ' (write a date or a "next day" line where it crosses midnight)' : '';
        report(entry.range, `${hhmm(entry.minutes)} comes after ${hhmm(previous.minutes)}; keep the timeline in chronological order${hint}`);
      }
      previous = { at, minutes: entry.minutes };
    }
  },
};
