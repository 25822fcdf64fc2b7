import { isoDay } from '../text';
import { datesOf } from './dates';
import type { Rule } from './types';

export const dateInvalid: Rule = {
  id: 'date.invalid',
  scope: 'document',
  kinds: '*',
  severity: 'error',
  description: 'Dates are real calendar dates written `YYYY-MM-DD`.',
  check({ doc, kind, report }) {
    for (const date of datesOf(doc, kind)) {
      if (isoDay(date.value) === null) report(date.range, `\`${date.value}\` is not a valid date; write it as YYYY-MM-DD`);
    }
  },
};
