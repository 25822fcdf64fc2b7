// Converts an ADR between the Nygard (adr-tools) and MADR styles without losing
// text. Nygard: a numbered title, a `Date:` line, a Status section, Context /
// Decision / Consequences. MADR: status and date in front matter, an unnumbered
// title, Context and Problem Statement / Decision Outcome / ### Consequences.
// A status section of several paragraphs becomes one front-matter value joined
// by "; " (relations included), and splits back into paragraphs.
import { change, eolOf, insertBlock, lineStart } from '../edits';
import { lineEnd, type Section } from '../markdown/sections';
import type { DocModel } from '../model';
import type { Range, TextEdit } from '../types';
import type { Fix } from './types';
import { stripComments } from '../text';

const TO_MADR: Record<string, string> = { context: 'Context and Problem Statement', decision: 'Decision Outcome' };
const TO_NYGARD: Record<string, string> = { 'context and problem statement': 'Context', 'decision outcome': 'Decision' };
const LIST_FIELD = /^[ \t]*(?:>[ \t]*)?[-*+][ \t]/;

/** The conversions that change something in this ADR. */
export function styleConversions(doc: DocModel): Fix[] {
  if (doc.kind !== 'adr' || doc.frontMatter?.problem) return [];
  const fixes: Fix[] = [];
  const file = (edits: TextEdit[]) => change([{ path: doc.path, text: doc.text, edits }]);
  const madr = toMadr(doc);
  if (madr.length) fixes.push({ title: 'Convert to MADR style (status and date in front matter, MADR headings)', kind: 'refactor.rewrite', change: file(madr) });
  const nygard = toNygard(doc);
  if (nygard.length) fixes.push({ title: 'Convert to Nygard style (numbered title, Date line, Status section)', kind: 'refactor.rewrite', change: file(nygard) });
  return fixes;
}

export function toMadr(doc: DocModel): TextEdit[] {
  const { text } = doc;
  const eol = eolOf(text);
  const fields = doc.frontMatter?.fields ?? new Map();
  const edits: TextEdit[] = [];
  const keys: string[] = [];
  const status = doc.status?.source === 'section' ? doc.statusSection : null;
  const statusValue = status && paragraphs(text, status.ownBody).join('; ');
  if (status && statusValue && !fields.has('status')) {
    keys.push(`status: ${yamlString(statusValue)}`);
    edits.push({ range: { start: status.heading.start, end: status.body.end }, newText: '' });
  }
  const date = doc.header.find((f) => f.name === 'date' && !LIST_FIELD.test(text.slice(f.line.start, f.line.end)));
  if (date && !fields.has('date')) {
    keys.push(`date: ${yamlString(date.value)}`);
    edits.push(removeLine(text, date.line));
  }
  const number = doc.titleNumber;
  if (number && doc.title) {
    const heading = lineStart(text, number.range.start);
    const hashes = /^#{1,6}[ \t]+/.exec(text.slice(heading))?.[0].length ?? 0;
    edits.push({ range: { start: heading + hashes, end: doc.title.range.start }, newText: '' });
    if (doc.fileNumber !== number.value && !fields.has('number')) keys.push(`number: ${number.value}`);
  }
  doc.sections.forEach((s, i) => {
    if (s.depth === 2 && TO_MADR[s.key]) edits.push(retitle(s, 2, TO_MADR[s.key]));
    const previous = doc.sections[i - 1];
    if (s.depth === 2 && s.key === 'consequences' && previous?.key === 'decision' && previous.depth === 2) edits.push(retitle(s, 3, s.title));
  });
  if (edits.length === 0) return [];
  if (keys.length) edits.push(frontMatterInsert(doc, keys, eol));
  return edits;
}

export function toNygard(doc: DocModel): TextEdit[] {
  const { text } = doc;
  const eol = eolOf(text);
  const fm = doc.frontMatter;
  const edits: TextEdit[] = [];
  const dropKeys: string[] = [];
  let status: string | null = null;
  if (doc.status?.source === 'front-matter' && typeof fm?.data.status === 'string') {
    status = fm.data.status;
    dropKeys.push('status');
  } else if (doc.status?.source === 'field') {
    const field = doc.header.find((f) => f.name === 'status')!;
    status = field.value;
    edits.push(removeLine(text, field.line));
  }
  let date: string | null = null;
  const dateField = doc.header.find((f) => f.name === 'date');
  if (fm?.fields.has('date') && fm.data.date !== null && fm.data.date !== undefined) {
    date = String(fm.data.date);
    dropKeys.push('date');
  } else if (dateField && LIST_FIELD.test(text.slice(dateField.line.start, dateField.line.end))) {
    date = dateField.value;
    edits.push(removeLine(text, dateField.line));
  }
  const title = doc.title;
  const titleInHeading = title && !(fm && title.range.start < fm.range.end);
  if (titleInHeading && !doc.titleNumber && doc.number) {
    edits.push({ range: { start: title.range.start, end: title.range.start }, newText: `${doc.number.value}. ` });
    if (fm?.fields.has('number') && fm.fields.get('number')!.value.start === doc.number.range.start) dropKeys.push('number');
  }
  if (fm && dropKeys.length) edits.push(...frontMatterRemovals(doc, dropKeys));
  const block = [date && `Date: ${date}`, status && `## Status${eol}${eol}${status.split(/;\s+/).join(`${eol}${eol}`)}`].filter(Boolean).join(`${eol}${eol}`);
  if (block) edits.push(insertBlock(text, doc.sections[0]?.heading.start ?? text.length, `${block}${eol}`, eol));
  doc.sections.forEach((s) => {
    if (s.depth === 2 && TO_NYGARD[s.key]) edits.push(retitle(s, 2, TO_NYGARD[s.key]));
    if (s.depth === 3 && s.key === 'consequences') {
      const parent = [...doc.sections].reverse().find((p) => p.depth < 3 && p.heading.start < s.heading.start);
      // Promoted only when it is the decision's last subsection, so it adopts nothing.
      if (parent?.key === 'decision outcome' && parent.body.end === s.body.end) edits.push(retitle(s, 2, s.title));
    }
  });
  return edits;
}

function retitle(s: Section, depth: number, title: string): TextEdit {
  return { range: s.heading, newText: `${'#'.repeat(depth)} ${title}` };
}

/** The non-blank paragraphs of a range, each on one line, comments removed. */
function paragraphs(text: string, range: Range): string[] {
  return stripComments(text.slice(range.start, range.end))
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean).join(' '))
    .filter(Boolean);
}

function yamlString(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .,;/_-]*$/u.test(value) && !/^(?:true|false|null|yes|no|~)$/i.test(value) && !/^[\d.]+$/.test(value) ? value : JSON.stringify(value);
}

/** Removes a line; when blank lines surround it, one of them goes too. */
function removeLine(text: string, line: Range): TextEdit {
  const start = lineStart(text, line.start);
  let end = lineEnd(text, line.end);
  const blankBefore = start === 0 || text.slice(lineStart(text, start - 1), start).trim() === '';
  const next = text.slice(end, lineEnd(text, end));
  if (blankBefore && next !== '' && next.trim() === '') end += next.length;
  return { range: { start, end }, newText: '' };
}

function frontMatterInsert(doc: DocModel, keys: string[], eol: string): TextEdit {
  const fm = doc.frontMatter;
  if (fm) {
    const closing = lineStart(doc.text, fm.range.end);
    return { range: { start: closing, end: closing }, newText: `${keys.join(eol)}${eol}` };
  }
  const at = doc.bom;
  const blank = /^\r?\n/.test(doc.text.slice(at)) ? '' : eol;
  return { range: { start: at, end: at }, newText: `---${eol}${keys.join(eol)}${eol}---${eol}${blank}` };
}

/** Removes front-matter keys (whole lines); the block goes too when nothing else is left in it. */
function frontMatterRemovals(doc: DocModel, keys: string[]): TextEdit[] {
  const { text } = doc;
  const fm = doc.frontMatter!;
  const ranges = keys.map((k) => {
    const pos = fm.fields.get(k)!;
    return { start: lineStart(text, pos.key.start), end: lineEnd(text, pos.value.end) };
  });
  const interior = { start: lineEnd(text, fm.range.start), end: lineStart(text, fm.range.end) };
  let rest = '';
  let pos = interior.start;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    rest += text.slice(pos, r.start);
    pos = r.end;
  }
  rest += text.slice(pos, interior.end);
  if (rest.trim() !== '') return ranges.map((range) => ({ range, newText: '' }));
  let end = lineEnd(text, fm.range.end);
  const next = text.slice(end, lineEnd(text, end));
  if (next !== '' && next.trim() === '') end += next.length;
  return [{ range: { start: fm.range.start, end }, newText: '' }];
}
