import { isoDay } from '../text';
import type { Rule } from './types';

export const designReviewOverdue: Rule = {
  scope: 'document',
  id: 'design.review-overdue',
  kinds: ['design'],
  severity: 'warning',
  description: 'A design doc is not left In Review past its `review-deadline`.',
  check({ doc, project, report }) {
    const deadline = doc.frontMatter?.fields.get('review-deadline');
    const value = doc.frontMatter?.data['review-deadline'];
    if (doc.status?.value?.toLowerCase() !== 'in review' || !deadline || value === undefined || value === null) return;
    const due = isoDay(String(value));
    const today = isoDay(project.today)!;
    if (due !== null && due < today) report(deadline.value, `In Review past its review deadline ${value} (${today - due} days ago): approve, reject or set a new deadline`);
  },
};
