// Code actions: quick fixes for the findings under the cursor (one fixer per rule
// with an obvious fix, plus turning the rule off for the line or the file), the
// ADR style conversions on the title, and `source.fixAll` for every safe fix.
import { change } from '../edits';
import type { Finding, Range, TextEdit } from '../types';
import { styleConversions } from './adr-style';
import { disableFixes } from './disable';
import { alignNumber } from './number-mismatch';
import { addOwnerAndDue, sortTimeline } from './postmortem';
import { insertMissingSection } from './section-missing';
import { replaceStatus } from './status-value';
import { makeReciprocal } from './supersede-reciprocal';
import type { Fix, FixContext, Fixer } from './types';

export type { Fix, FixContext } from './types';

const FIXERS: Record<string, Fixer> = {
  'section.missing': insertMissingSection,
  'adr.status-value': replaceStatus,
  'adr.supersede-reciprocal': makeReciprocal,
  'adr.number-mismatch': alignNumber,
  'postmortem.action-item-format': addOwnerAndDue,
  'postmortem.timeline-order': sortTimeline,
};

/** The actions for `range`; `only` keeps the kinds asked for (`quickfix`, `refactor`, `source.fixAll`). */
export async function codeActions(ctx: FixContext, findings: Finding[], range: Range, only?: string[]): Promise<Fix[]> {
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: Fix[] = [];
  if (wants('quickfix')) {
    const touching = findings.filter((f) => f.range.start <= range.end && range.start <= f.range.end);
    for (const f of touching) out.push(...(await fixesFor(f, ctx)));
    for (const f of touching) out.push(...disableFixes(f, ctx.doc));
  }
  const title = ctx.doc.title?.range;
  if (wants('refactor.rewrite') && title && range.start <= title.end && title.start <= range.end) out.push(...styleConversions(ctx.doc));
  if (wants('source.fixAll')) {
    const all = await fixAll(ctx, findings);
    if (all) out.push(all);
  }
  return out;
}

/** Every safe fix of the document as one change; a fix overlapping an earlier one waits for the next run. */
export async function fixAll(ctx: FixContext, findings: Finding[]): Promise<Fix | null> {
  const edits: TextEdit[] = [];
  for (const f of findings) {
    for (const fix of await fixesFor(f, ctx)) {
      const own = fix.change.files.every((file) => file.path === ctx.doc.path) && fix.change.renames.length === 0;
      const mine = fix.change.files.flatMap((file) => file.edits);
      if (!fix.safe || !own || mine.some((e) => edits.some((d) => e.range.start < d.range.end && d.range.start < e.range.end))) continue;
      edits.push(...mine);
    }
  }
  if (edits.length === 0) return null;
  return { title: 'Fix all safe Process Docs problems', kind: 'source.fixAll', change: change([{ path: ctx.doc.path, text: ctx.doc.text, edits }]) };
}

async function fixesFor(finding: Finding, ctx: FixContext): Promise<Fix[]> {
  const fixer = FIXERS[finding.rule];
  return fixer ? fixer(finding, ctx) : [];
}
