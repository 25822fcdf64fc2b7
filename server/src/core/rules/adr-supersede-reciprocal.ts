import { docName } from '../adrs';
import { INVERSE, RELATION_PHRASE as PHRASE } from '../extract/status';
import type { Rule } from './types';

export const adrSupersedeReciprocal: Rule = {
  id: 'adr.supersede-reciprocal',
  scope: 'workspace',
  kinds: ['adr'],
  severity: 'warning',
  description: 'Relations between ADRs are written on both sides: "Supersedes" here, "Superseded by" there.',
  check({ doc, index, report }) {
    for (const relation of doc.relations) {
      const inverse = INVERSE[relation.type];
      for (const ref of relation.targets) {
        const target = index.resolve(ref, doc.path);
        if (!target || target.kind !== 'adr' || target.path === doc.path) continue;
        const answered = target.relations.some((r) => r.type === inverse && r.targets.some((t) => index.resolve(t, target.path)?.path === doc.path));
        if (answered) continue;
        const name = docName(target);
        report(ref.range, `${name} does not say "${PHRASE[inverse]}" this ADR; write the relation on both sides`, {
          related: [{ path: target.path, range: target.statusRange ?? target.titleRange ?? { start: 0, end: 0 }, message: `Add "${PHRASE[inverse]}" here` }],
        });
      }
    }
  },
};
