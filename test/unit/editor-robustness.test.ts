// Editor features on bad input: empty files, BOMs, CRLF, unclosed front matter,
// control characters, a long document. Never a throw, never a range outside the text.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { complete } from '../../server/src/core/complete';
import { applyEdits } from '../../server/src/core/edits';
import { codeActions, fixAll } from '../../server/src/core/fixes';
import { hover } from '../../server/src/core/hover';
import { definition, documentLinks, prepareRename, references } from '../../server/src/core/navigation';
import { codeLenses, documentSymbols, type DocSymbol } from '../../server/src/core/symbols';
import type { Range } from '../../server/src/core/types';
import { checkFolder, nygard, openIn, tempWorkspace } from '../helpers';

const ODD: Record<string, string> = {
  empty: '',
  'only a BOM': '\uFEFF',
  'BOM and front matter': '\uFEFF---\nstatus: acepted\n---\n\n# 1. One\n\n## Context\n\nADR-2 and [x](0002-two.md)\n',
  CRLF: nygard(1, 'One', 'Acepted\r\n\r\nSupersedes ADR-2').replace(/\n/g, '\r\n'),
  'unclosed front matter': '---\nstatus: [\n# 1. One\n\n## Status\n\n',
  'broken YAML': '---\nstatus: : :\n  - [\n---\n# 1. One\n## \n',
  'control characters': '# 1. \u0000\u0007One\n\n## Status\n\n\u001b[31mAccepted\n\n## \u0000\n',
  'headings only': '#\n##\n###\n## \n# \n',
  long: nygard(1, 'One', 'Accepted', Array.from({ length: 3000 }, (_, i) => `- ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} - ADR-${i % 7} said [so](000${i % 3}-x.md)`).join('\n')),
};

describe('editor features on bad input', () => {
  const ws = tempWorkspace({ 'docs/adr/0002-two.md': nygard(2, 'Two', 'Superseded by ADR-3'), 'docs/adr/0003-three.md': nygard(3, 'Three', 'Accepted\n\nSupersedes ADR-2') });
  after(() => ws.cleanup());

  for (const [name, text] of Object.entries(ODD)) {
    it(`${name}: answers without throwing, within the text`, async () => {
      const checker = await checkFolder(ws.root);
      const file = path.join(ws.root, 'docs/adr/0001-odd.md');
      const ctx = openIn(checker, file, text);
      const within = (r: Range, what: string) => assert.ok(r.start >= 0 && r.start <= r.end && r.end <= text.length, `${what} ${JSON.stringify(r)} within ${text.length}`);
      const step = Math.max(1, Math.floor(text.length / 400));
      for (let offset = 0; offset <= text.length; offset += step) {
        for (const c of complete(ctx, offset)) {
          within(c.range, 'completion');
          assert.ok(c.range.start <= offset && offset <= c.range.end, 'a completion range holds the cursor');
        }
        const h = hover(ctx, offset);
        if (h) within(h.range, 'hover');
        definition(ctx, offset);
        references(ctx, offset, true);
        const p = prepareRename(ctx, offset);
        if (p) within(p.range, 'rename');
      }
      for (const l of documentLinks(ctx)) within(l.range, 'link');
      for (const l of codeLenses(ctx)) within(l.range, 'lens');
      const walk = (s: DocSymbol[]): void => s.forEach((x) => (within(x.range, 'symbol'), within(x.selectionRange, 'selection'), walk(x.children)));
      walk(documentSymbols(ctx.doc));
      const fixCtx = { ...ctx, readText: async () => null };
      const findings = checker.findings(ctx.doc.path);
      for (const fix of await codeActions(fixCtx, findings, { start: 0, end: text.length })) {
        for (const f of fix.change.files.filter((f) => f.path === ctx.doc.path)) assert.equal(typeof applyEdits(text, f.edits), 'string', fix.title);
      }
      await fixAll(fixCtx, findings);
    });
  }
});
