import { isoDay } from '../text';
import type { Rule } from './types';

export const DEFAULT_REVIEW_PERIOD_DAYS = 5;

export const adrStaleProposal: Rule = {
  id: 'adr.stale-proposal',
  scope: 'document',
  kinds: ['adr'],
  severity: 'info',
  description: 'An ADR is not left Proposed past the review period (default 5 days, `kinds.adr.reviewPeriodDays`).',
  check({ doc, kind, project, report }) {
    const status = doc.status;
    const draft = kind.draftStatuses.map((s) => s.toLowerCase());
    if (!status?.value || !draft.includes(status.value.toLowerCase()) || !doc.date) return;
    const since = isoDay(doc.date.value);
    const today = isoDay(project.today)!;
    const period = kind.config.reviewPeriodDays ?? DEFAULT_REVIEW_PERIOD_DAYS;
    if (since === null || today - since <= period) return;
    report(status.range, `${status.value} since ${doc.date.value} (${today - since} days); the review period is ${period} days — accept, reject or re-date it`);
  },
};
