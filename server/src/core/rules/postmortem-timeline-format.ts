import { sectionFor } from '../extract/sections';
import { timelineEntries } from '../extract/timeline';
import type { Rule } from './types';

export const postmortemTimelineFormat: Rule = {
  scope: 'document',
  id: 'postmortem.timeline-format',
  kinds: ['postmortem'],
  severity: 'warning',
  lenientInDraft: true,
  description: 'Every timeline entry starts with a real time: `HH:MM - event`, `YYYY-MM-DD HH:MM`, `h:mm AM/PM`, an optional time zone.',
  check({ doc, variant, report }) {
    const section = sectionFor(doc, variant, 'timeline');
    if (!section) return;
    for (const entry of timelineEntries(doc.text, section.body)) {
      if (entry.minutes !== null || entry.dayOnly) continue;
      const written = doc.text.slice(entry.range.start, entry.range.end);
      if (written) report(entry.range, `\`${written}\` is not a valid time`);
      else if (entry.item) report(entry.line, 'Timeline entry has no time; write `HH:MM - event`');
    }
  },
};
