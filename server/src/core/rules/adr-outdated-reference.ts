import { docName, retiredStatus, successorsOf } from '../adrs';
import type { Rule } from './types';

export const adrOutdatedReference: Rule = {
  id: 'adr.outdated-reference',
  scope: 'workspace',
  kinds: '*',
  severity: 'info',
  description: 'A reference to a superseded or deprecated ADR is pointed out ("ADR-0006 was superseded by ADR-0012"); relations such as "Supersedes" are exempt.',
  check({ doc, index, project, report }) {
    // "Supersedes ADR-0006" is expected to point at a superseded ADR.
    const relations = new Set(doc.relations.flatMap((r) => r.targets.map((t) => t.range.start)));
    for (const ref of doc.references) {
      if (relations.has(ref.range.start)) continue;
      const target = index.resolve(ref, doc.path);
      const status = target && target.path !== doc.path && target.kind === 'adr' ? retiredStatus(target, project) : null;
      if (!target || !status) continue;
      const successors = successorsOf(target, index);
      const name = docName(target);
      const message = successors.length ? `${name} was superseded by ${successors.map(docName).join(', ')}` : `${name} is ${status.toLowerCase()}`;
      report(ref.range, message, { related: [{ path: target.path, range: target.statusRange ?? target.titleRange ?? { start: 0, end: 0 }, message: `${name}: ${status}` }] });
    }
  },
};
