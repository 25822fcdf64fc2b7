import { posix } from 'node:path';
import type { Rule } from './types';

export const adrDuplicateNumber: Rule = {
  id: 'adr.duplicate-number',
  scope: 'workspace',
  kinds: ['adr'],
  severity: 'error',
  description: 'No two ADRs in the same folder share a number.',
  check({ doc, index, report }) {
    const n = doc.number;
    if (n === null || !doc.numberRange) return;
    const dir = posix.dirname(doc.path);
    const others = index.numbered(n).filter((o) => o.path !== doc.path && posix.dirname(o.path) === dir);
    if (others.length === 0) return;
    const names = others.map((o) => o.relPath).join(', ');
    report(doc.numberRange, `ADR number ${n} is also used by ${names}`, {
      related: others.map((o) => ({ path: o.path, range: o.numberRange ?? { start: 0, end: 0 }, message: `Also numbered ${n}` })),
    });
  },
};
