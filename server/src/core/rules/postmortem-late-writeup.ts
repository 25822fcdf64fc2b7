import { isoDay } from '../text';
import type { Rule } from './types';

export const postmortemLateWriteup: Rule = {
  scope: 'document',
  id: 'postmortem.late-writeup',
  kinds: ['postmortem'],
  severity: 'info',
  description: 'A postmortem is written within 48 hours of the incident (its `date` against its `incident-date`).',
  check({ doc, kind, report }) {
    const incident = doc.frontMatter?.data['incident-date'];
    if (!doc.date || incident === undefined || incident === null) return;
    const written = isoDay(doc.date.value);
    const happened = isoDay(String(incident));
    const hours = kind.def.options?.writeUpHours ?? 48;
    if (written === null || happened === null || (written - happened) * 24 <= hours) return;
    report(doc.date.range, `Written ${written - happened} days after the incident (${incident}); the team aims for ${hours} hours while memories are fresh`);
  },
};
