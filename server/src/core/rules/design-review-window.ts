import { isoDay } from '../text';
import type { Rule } from './types';

export const designReviewWindow: Rule = {
  scope: 'document',
  id: 'design.review-window',
  kinds: ['design'],
  severity: 'info',
  description: 'The review window (`date` to `review-deadline`) is within the team norm of 72 hours.',
  check({ doc, kind, report }) {
    const deadline = doc.frontMatter?.fields.get('review-deadline');
    const value = doc.frontMatter?.data['review-deadline'];
    if (!doc.date || !deadline || value === undefined || value === null) return;
    const opened = isoDay(doc.date.value);
    const due = isoDay(String(value));
    const norm = kind.def.options?.reviewWindowHours ?? 72;
    if (opened === null || due === null || (due - opened) * 24 <= norm) return;
    report(deadline.value, `A review window of ${(due - opened) * 24} hours is longer than the team norm of ${norm} hours`);
  },
};
