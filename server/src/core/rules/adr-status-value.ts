import { didYouMean, listOf } from '../text';
import type { Rule } from './types';

export const adrStatusValue: Rule = {
  id: 'adr.status-value',
  scope: 'document',
  kinds: ['adr'],
  severity: 'warning',
  description: 'The status is one of the configured values (case-insensitive), with a suggestion for typos.',
  check({ doc, kind, report }) {
    const status = doc.status;
    if (!status || status.value || status.placeholder) return;
    const guess = didYouMean(status.word, kind.statuses);
    const hint = guess ? ` (did you mean \`${guess}\`?)` : '';
    report(status.range, `Unknown status \`${status.word}\`; expected one of ${listOf(kind.statuses)}${hint}`);
  },
};
