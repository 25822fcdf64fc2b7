import { isoDay } from '../text';
import { frontMatterDay } from './dates';
import type { Rule } from './types';

export const designReviewWindow: Rule = {
  scope: 'document',
  id: 'design.review-window',
  kinds: ['design'],
  severity: 'info',
  description: 'The review window (`date` to `review-deadline`) is within the team norm of 72 hours.',
  check({ doc, kind, report }) {
    const deadline = frontMatterDay(doc, 'review-deadline');
    const opened = doc.date ? isoDay(doc.date.value) : null;
    const norm = kind.def.options?.reviewWindowHours ?? 72;
    if (opened === null || !deadline || (deadline.day - opened) * 24 <= norm) return;
    report(deadline.range, `A review window of ${(deadline.day - opened) * 24} hours is longer than the team norm of ${norm} hours`);
  },
};
