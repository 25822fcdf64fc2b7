import { isoDay } from '../text';
import { datesOf } from './dates';
import type { Rule } from './types';

/** Fields whose dates are meant to lie ahead. */
const FORWARD = new Set(['review-deadline', 'due']);

export const dateFuture: Rule = {
  id: 'date.future',
  scope: 'document',
  kinds: '*',
  severity: 'warning',
  description: 'A document is not dated in the future.',
  check({ doc, kind, project, report }) {
    const today = isoDay(project.today)!;
    for (const date of datesOf(doc, kind)) {
      const day = isoDay(date.value);
      if (day !== null && day > today && !FORWARD.has(date.name)) report(date.range, `${date.value} is in the future (today is ${project.today})`);
    }
  },
};
