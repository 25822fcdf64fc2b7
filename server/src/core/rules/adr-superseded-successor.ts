import type { Rule } from './types';

export const adrSupersededSuccessor: Rule = {
  id: 'adr.superseded-successor',
  scope: 'document',
  kinds: ['adr'],
  severity: 'warning',
  description: 'A superseded ADR names its successor ("Superseded by [ADR-0012](0012-….md)").',
  check({ doc, kind, report }) {
    const value = doc.status?.value;
    if (!value || !kind.def.statuses.needsSuccessor?.some((s) => s.toLowerCase() === value.toLowerCase())) return;
    if (doc.relations.some((r) => r.type === 'superseded-by' && r.targets.length > 0)) return;
    report(doc.status!.range, `\`${value}\` must name its successor, e.g. "${value} by [ADR-0012](0012-….md)"`);
  },
};
