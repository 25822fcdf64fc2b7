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
    if (!index.hasAdrs()) return;
    for (const ref of doc.references) {
      if (ref.path) {
        if (index.hasFile(ref.path)) continue;
        const dir = posix.dirname(ref.path);
        const numbered = ADR_FILE.exec(posix.basename(ref.path));
        if (!index.hasAdrFolder(dir) && !numbered) continue;
        const sameNumber = numbered ? index.numbered(Number(numbered[1])).find((a) => posix.dirname(a.path) === dir) : undefined;
        const hint = sameNumber ? ` (did you mean \`${posix.relative(posix.dirname(doc.path), sameNumber.path)}\`?)` : '';
        report(ref.range, `No ADR at \`${posix.relative(posix.dirname(doc.path), ref.path)}\`${hint}`);
      } else if (ref.number !== undefined && index.numbered(ref.number).length === 0) {
        report(ref.range, `No ADR numbered ${ref.number} in the workspace`);
      }
    }
  },
};
