import { isoDay } from '../text';
import { frontMatterDay } from './dates';
import type { Rule } from './types';

export const postmortemLateWriteup: Rule = {
  scope: 'document',
  id: 'postmortem.late-writeup',
  kinds: ['postmortem'],
  severity: 'info',
  description: 'A postmortem is written within 48 hours of the incident (its `date` against its `incident-date`).',
  check({ doc, kind, report }) {
    const incident = frontMatterDay(doc, 'incident-date');
    const written = doc.date ? isoDay(doc.date.value) : null;
    const hours = kind.def.options?.writeUpHours ?? 48;
    if (written === null || !incident || (written - incident.day) * 24 <= hours) return;
    report(doc.date!.range, `Written ${written - incident.day} days after the incident (${incident.value}); the team aims for ${hours} hours while memories are fresh`);
  },
};
