import { isoDay } from '../text';
import { frontMatterDay } from './dates';
import type { Rule } from './types';

export const designReviewOverdue: Rule = {
  scope: 'document',
  id: 'design.review-overdue',
  kinds: ['design'],
  severity: 'warning',
  description: 'A design doc is not left In Review past its `review-deadline`.',
  check({ doc, project, report }) {
    const deadline = frontMatterDay(doc, 'review-deadline');
    const today = isoDay(project.today)!;
    if (doc.status?.value?.toLowerCase() !== 'in review' || !deadline || deadline.day >= today) return;
    report(deadline.range, `In Review past its review deadline ${deadline.value} (${today - deadline.day} days ago): approve, reject or set a new deadline`);
  },
};
