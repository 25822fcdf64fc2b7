import type { Rule } from './types';

export const adrNumberMismatch: Rule = {
  id: 'adr.number-mismatch',
  scope: 'document',
  kinds: ['adr'],
  severity: 'error',
  description: "The number in the file name matches the title's (`0012-….md` holds `# 12. …`).",
  check({ doc, report }) {
    const title = doc.titleNumber;
    if (!title || doc.fileNumber === null || title.value === doc.fileNumber) return;
    report(title.range, `The title says ${title.value} but the file name says ${doc.fileNumber}`);
  },
};
