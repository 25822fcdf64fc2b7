// References to ADRs: after `](`, after `[`, while typing `ADR-`, after a relation
// phrase — every ADR by number and title, inserted as a relative link (a mention in
// front matter). The ADR's card is sent only for the item shown.
import { adrLabel, docTitle, relativeLink } from '../adrs';
import type { EditorContext } from '../editor';
import { describeDoc } from '../hover';
import type { Range } from '../types';
import type { DocSummary, WorkspaceIndex } from '../workspace';
import type { Completion, Line } from './types';

type RefForm = 'link' | 'path' | 'mention';

const RELATION_BEFORE = /\b(?:supersedes|replaces|superseded by|replaced by|amends|amended by|clarifies|clarified by|extends|extended by)[ \t]+$/i;
const MENTION_BEFORE = /\bADR[-_ ]?#?\d*$/i;
const BRACKET_BEFORE = /(?<![!\]\\])\[[^[\]\n]{0,60}$/;
const LINK_TARGET_BEFORE = /\]\([^()\s]*$/;

/** ADR references: after `](`, after `[`, while typing `ADR-`, after a relation phrase. */
export function referenceCompletions(ctx: EditorContext, line: Line, offset: number, form: 'link' | 'mention'): Completion[] | null {
  const { text } = ctx.doc;
  const after = text.slice(offset, line.end);
  const right = (re: RegExp) => offset + (re.exec(after)?.[0].length ?? 0);
  if (form === 'link') {
    const target = LINK_TARGET_BEFORE.exec(line.before);
    if (target) return adrCompletions(ctx, { start: offset - target[0].length + 2, end: right(/^[^()\s]*/) }, 'path');
    const bracket = BRACKET_BEFORE.exec(line.before);
    // Text of a link already written (`[te|xt](…)`) is not a new reference.
    if (bracket && !/^[^[\]\n]*\]\(/.test(after)) return adrCompletions(ctx, { start: offset - bracket[0].length, end: right(/^[^[\]\s]*\]?/) }, 'link');
  }
  const mention = MENTION_BEFORE.exec(line.before);
  if (mention) return adrCompletions(ctx, { start: offset - mention[0].length, end: right(/^\d*/) }, form);
  if (RELATION_BEFORE.test(line.before)) return adrCompletions(ctx, { start: offset, end: offset }, form);
  return null;
}

export function adrCompletions(ctx: EditorContext, range: Range, form: RefForm, prefix = ''): Completion[] {
  const { doc } = ctx;
  const out: Completion[] = [];
  for (const adr of adrsByNumber(ctx)) {
    if (adr.path === doc.path) continue;
    const label = adrLabel(adr.number!);
    const link = relativeLink(doc.path, adr.path);
    const newText = prefix + (form === 'path' ? link : form === 'mention' ? label : `[${label}](${link})`);
    const filter = form === 'path' ? `${link} ${label} ${adr.title ?? ''}` : `${form === 'link' && ctx.doc.text[range.start] === '[' ? '[' : ''}${prefix}${docTitle(adr)}`;
    out.push({
      label: prefix + docTitle(adr),
      kind: 'reference',
      detail: [adr.status?.value ?? adr.status?.word, adr.date].filter(Boolean).join(' · '),
      about: adr.path,
      range,
      newText,
      filterText: filter,
      sortText: String(adr.number).padStart(6, '0'),
    });
  }
  return out;
}

/** The documentation of an item about a document: sent only for the item shown, a thousand cards being a lot to send. */
export function documentationOf(index: WorkspaceIndex, path: string): string | null {
  const doc = index.get(path);
  return doc ? describeDoc(doc, index) : null;
}

function adrsByNumber({ index }: EditorContext): DocSummary[] {
  return index.adrs().filter((a) => a.number !== null).sort((a, b) => a.number! - b.number! || a.relPath.localeCompare(b.relPath));
}
