import { posix } from 'node:path';
import type { Rule } from './types';

const ADR_FILE = /^(?:adr[-_ ]?)?(\d+)[-_ .]/i;

export const adrBrokenReference: Rule = {
  id: 'adr.broken-reference',
  scope: 'workspace',
  kinds: '*',
  severity: 'error',
  description: 'Every referenced ADR exists: relative links to ADR files and `ADR-12`/`ADR-0012` mentions.',
  check({ doc, index, report }) {
    const adrs = index.adrs();
    if (adrs.length === 0) return;
    const adrDirs = new Set(adrs.map((a) => posix.dirname(a.path)));
    for (const ref of doc.references) {
      if (ref.path) {
        if (index.hasFile(ref.path)) continue;
        const dir = posix.dirname(ref.path);
        const name = posix.basename(ref.path);
        const numbered = ADR_FILE.exec(name);
        if (!adrDirs.has(dir) && !numbered) continue;
        const sameNumber = numbered ? adrs.find((a) => posix.dirname(a.path) === dir && a.number === Number(numbered[1])) : undefined;
        const hint = sameNumber ? ` (did you mean \`${posix.relative(posix.dirname(doc.path), sameNumber.path)}\`?)` : '';
        report(ref.range, `No ADR at \`${posix.relative(posix.dirname(doc.path), ref.path)}\`${hint}`);
      } else if (ref.number !== undefined && index.numbered(ref.number).length === 0) {
        report(ref.range, `No ADR numbered ${ref.number} in the workspace`);
      }
    }
  },
};
