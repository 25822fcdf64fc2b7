// Completions where the cursor is: the sections a document still lacks, status
// values, references to ADRs, front-matter keys and values, dates. Each item
// replaces a range on the cursor's line and carries its documentation.
import { adrLabel, docTitle, relativeLink } from './adrs';
import { eolOf, lineEndOf, lineStart } from './edits';
import type { EditorContext } from './editor';
import { sectionFor } from './extract/sections';
import { timelineEntries } from './extract/timeline';
import { describeDoc } from './hover';
import type { ResolvedSection } from './kinds/resolve';
import type { FieldSpec } from './kinds/types';
import { DUE_DAYS, knownOwners } from './owners';
import { DEFAULT_REVIEW_PERIOD_DAYS } from './rules/adr-stale-proposal';
import { addDays, isoDay, listOf } from './text';
import type { Range } from './types';
import type { DocSummary, WorkspaceIndex } from './workspace';

export type CompletionKind = 'section' | 'status' | 'reference' | 'field' | 'value' | 'date' | 'entry' | 'person';

export interface Completion {
  label: string;
  kind: CompletionKind;
  /** One line beside the label: a status, a date, what a section is for. */
  detail?: string;
  /** Markdown shown beside the list. */
  documentation?: string;
  /** The document the item names: its card is the documentation, resolved when shown (see `documentationOf`). */
  about?: string;
  /** What the item replaces: on the cursor's line, containing the cursor. */
  range: Range;
  newText: string;
  /** `newText` is a snippet with `${1:…}` placeholders. */
  snippet?: boolean;
  filterText?: string;
  sortText?: string;
}

interface Line {
  start: number;
  end: number;
  /** The line's text before the cursor. */
  before: string;
}

type RefForm = 'link' | 'path' | 'mention';

const RELATION_BEFORE = /\b(?:supersedes|replaces|superseded by|replaced by|amends|amended by|clarifies|clarified by|extends|extended by)[ \t]+$/i;
const MENTION_BEFORE = /\bADR[-_ ]?#?\d*$/i;
const BRACKET_BEFORE = /(?<![!\]\\])\[[^[\]\n]{0,60}$/;
const LINK_TARGET_BEFORE = /\]\([^()\s]*$/;
const HEADING_BEFORE = /^(#{2,6})(?:([ \t]+).*)?$/;
const HEADER_FIELD_BEFORE = /^([ \t]{0,3}(?:>[ \t]*)?(?:[-*+][ \t]+)?(?:\*\*|__)?)(status|date)((?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*)[^\n]*$/i;
const STATUS_LINE_BEFORE = /^([^\p{L}\p{N}\n]*)[\p{L} ]*$/u;
const NEW_ENTRY_BEFORE = /^[ \t]*(?:[-*+][ \t]*|\|[ \t]*)?$/;
const ACTION_ITEM = /^[ \t]?(?:[-*+]|\d{1,9}[.)])[ \t]/;
const FM_KEY_BEFORE = /^[A-Za-z][\w-]*$|^$/;
const FM_VALUE_BEFORE = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*/;

/** The completions at `offset`, or none when nothing fits there. */
export function complete(ctx: EditorContext, offset: number): Completion[] {
  const { text } = ctx.doc;
  const start = lineStart(text, offset);
  const line: Line = { start, end: lineEndOf(text, offset), before: text.slice(start, offset) };
  const fm = ctx.doc.frontMatter;
  if (fm && offset <= fm.range.end) {
    const interior = { start: lineEndOf(text, fm.range.start) + 1, end: lineStart(text, fm.range.end) };
    return offset >= interior.start && line.start < interior.end ? frontMatterCompletions(ctx, line, offset) : [];
  }
  return bodyCompletions(ctx, line, offset);
}

function bodyCompletions(ctx: EditorContext, line: Line, offset: number): Completion[] {
  const { doc } = ctx;
  const refs = referenceCompletions(ctx, line, offset, 'link');
  if (refs) return refs;
  const heading = HEADING_BEFORE.exec(line.before);
  if (heading) return sectionCompletions(ctx, line, heading[1], heading[2] ?? null);
  const header = HEADER_FIELD_BEFORE.exec(line.before);
  if (header && offset <= (doc.sections[0]?.heading.start ?? doc.text.length)) {
    const valueStart = line.start + header[1].length + header[2].length + header[3].length;
    if (offset < valueStart) return [];
    return header[2].toLowerCase() === 'status' ? statusCompletions(ctx, wordRange(doc.text, valueStart, offset), 'field') : dateCompletions(ctx, dateRange(doc.text, offset));
  }
  const inside = (key: string) => {
    const s = doc.variant && sectionFor(doc, doc.variant, key);
    return s && offset >= s.ownBody.start && offset <= s.ownBody.end && (line.start < s.ownBody.end || s.ownBody.end === doc.text.length) ? s : undefined;
  };
  const status = doc.statusSection && inside('status');
  const m = status && STATUS_LINE_BEFORE.exec(line.before);
  if (m) return statusCompletions(ctx, wordRange(doc.text, line.start + m[1].length, offset), 'section');
  const rest = doc.text.slice(offset, line.end);
  const timeline = inside('timeline');
  if (timeline) return NEW_ENTRY_BEFORE.test(line.before) && rest.trim() === '' ? timelineCompletions(ctx, timeline.body, line) : [];
  if (inside('action items')) return actionItemCompletions(ctx, line, offset, rest);
  return [];
}

/** The next timeline entry, written like the one before it with its time to edit. */
function timelineCompletions({ doc }: EditorContext, body: Range, line: Line): Completion[] {
  const { text } = doc;
  const entries = timelineEntries(text, body).filter((e) => e.minutes !== null && e.line.start !== line.start);
  const model = [...entries].reverse().find((e) => e.line.start < line.start) ?? entries[0];
  let snippet = `- \${1:HH:MM} - $0`;
  let label = 'HH:MM - …';
  if (model) {
    const prefix = text.slice(model.line.start, model.range.start);
    const stamp = text.slice(model.range.start, model.range.end);
    const sep = /^[\s*_`]*(?:[-–—:|][ \t]*)?/.exec(text.slice(model.range.end, model.line.end))![0];
    const suffix = /[ \t]*\|[ \t]*$/.exec(text.slice(model.line.start, model.line.end))?.[0].trimEnd() ?? '';
    snippet = `${escapeSnippet(prefix)}\${1:${escapeSnippet(stamp)}}${escapeSnippet(sep)}$0${escapeSnippet(suffix)}`;
    label = `${stamp} ${sep.trim()} …`.replace(/\s+…$/, ' …');
  }
  const documentation = model ? `After \`${text.slice(model.line.start, model.line.end).trim().replace(/`/g, '')}\`` : undefined;
  return [{ label, kind: 'entry', detail: 'Next timeline entry', documentation, range: { start: line.start, end: line.end }, newText: snippet, snippet: true, filterText: text.slice(line.start, line.end) || label }];
}

/** A new action item; owners inside its parentheses; due dates after the owner. */
function actionItemCompletions(ctx: EditorContext, line: Line, offset: number, rest: string): Completion[] {
  const { text } = ctx.doc;
  const owners = knownOwners(ctx.project, ctx.index);
  const due = addDays(ctx.project.today, DUE_DAYS) ?? 'YYYY-MM-DD';
  if (NEW_ENTRY_BEFORE.test(line.before) && rest.trim() === '') {
    const who = owners.length ? choice(owners.map((o) => o.name), 2) : '${2:Owner}';
    const newText = `- [ ] \${1:Describe the task} (${who}, \${3:${due}})`;
    return [{ label: '- [ ] Task (Owner, YYYY-MM-DD)', kind: 'entry', detail: 'New action item', range: { start: line.start, end: line.end }, newText, snippet: true, filterText: text.slice(line.start, line.end) || '- [ ]' }];
  }
  if (!ACTION_ITEM.test(line.before)) return [];
  const date = /\([^(),\n]+,[ \t]*[\d-]*$/.exec(line.before);
  if (date) return dateCompletions(ctx, dateRange(text, offset), [0, 7, 14, 30]);
  const owner = /\([ \t]*([^(),\n]*)$/.exec(line.before);
  if (!owner) return [];
  const range = { start: offset - owner[1].length, end: offset + (/^[^(),\n]*/.exec(rest)?.[0].length ?? 0) };
  const after = text.slice(range.end, line.end);
  const tail = after.startsWith(',') ? '' : `, \${1:${due}}${after.startsWith(')') ? '' : ')'}`;
  const from = { config: 'From the config (people)', CODEOWNERS: 'From CODEOWNERS', used: 'Owns other action items' };
  return owners.map((o, i) => ({ label: o.name, kind: 'person' as const, detail: from[o.source], range, newText: `${escapeSnippet(o.name)}${tail}`, snippet: true, sortText: String(i).padStart(4, '0') }));
}



/** ADR references: after `](`, after `[`, while typing `ADR-`, after a relation phrase. */
function referenceCompletions(ctx: EditorContext, line: Line, offset: number, form: 'link' | 'mention'): Completion[] | null {
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

function adrCompletions(ctx: EditorContext, range: Range, form: RefForm, prefix = ''): Completion[] {
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

/** The kind's sections the document lacks, in template order, each with its template body. */
function sectionCompletions(ctx: EditorContext, line: Line, hashes: string, space: string | null): Completion[] {
  const { doc } = ctx;
  const variant = doc.variant;
  if (!variant) return [];
  const present = new Set(doc.sections.filter((s) => s.heading.start !== line.start).map((s) => s.key));
  const statusElsewhere = doc.status && doc.status.source !== 'section';
  const eol = eolOf(doc.text);
  // A blank line after the inserted body, unless one follows already.
  const next = doc.text.slice(line.end).replace(/^\r?\n/, '');
  const trail = next === '' || /^[ \t]*\r?\n/.test(next) ? '' : eol;
  const range = { start: space === null ? line.start : line.start + hashes.length + space.length, end: line.end };
  const out: Completion[] = [];
  variant.sections.forEach((spec, i) => {
    if ([...spec.keys].some((k) => present.has(k)) || (spec.key === 'status' && statusElsewhere)) return;
    const heading = space === null ? `${hashes} ${spec.name}` : spec.name;
    out.push({
      label: spec.name,
      kind: 'section',
      detail: `${spec.required ? 'Required' : 'Optional'} section of the ${variant.label} template`,
      documentation: spec.placeholder || undefined,
      range,
      newText: `${escapeSnippet(heading)}${eol}${eol}${sectionBody(ctx, spec)}${trail}`,
      snippet: true,
      filterText: heading,
      sortText: String(i).padStart(3, '0'),
    });
  });
  return out;
}

function sectionBody(ctx: EditorContext, spec: ResolvedSection): string {
  const statuses = ctx.doc.kindDef?.statuses;
  if (spec.key === 'status' && statuses?.length) return choice(statuses);
  return spec.placeholder ? `\${1:${escapeSnippet(spec.placeholder.replace(/\r?\n/g, eolOf(ctx.doc.text)))}}` : '$1';
}

/** The kind's statuses; a status that needs a successor is offered with each ADR. */
function statusCompletions(ctx: EditorContext, range: Range, where: 'section' | 'field' | 'front-matter'): Completion[] {
  const kind = ctx.doc.kindDef;
  if (!kind) return [];
  const spec = kind.def.statuses;
  const lower = where === 'front-matter';
  const is = (list: string[] | undefined, s: string) => !!list?.some((x) => x.toLowerCase() === s.toLowerCase());
  const lifecycle = `Lifecycle: ${kind.statuses.join(' → ')}`;
  const out: Completion[] = [];
  kind.statuses.forEach((s, i) => {
    const value = lower ? s.toLowerCase() : s;
    const role = is(spec.draft, s) ? 'Draft: unfinished sections are information only' : is(spec.needsSuccessor, s) ? 'Names its successor' : is(spec.retired, s) ? 'No longer in force' : undefined;
    out.push({ label: value, kind: 'status', detail: role, documentation: lifecycle, range, newText: value, sortText: `0${String(i).padStart(3, '0')}` });
    if (!is(spec.needsSuccessor, s)) return;
    const prefix = `${value} by `;
    for (const item of adrCompletions(ctx, range, lower ? 'mention' : 'link', prefix)) out.push({ ...item, filterText: `${prefix}${item.filterText}`, sortText: `1${item.sortText}` });
  });
  return out;
}

/** Today, and three and five days on (and the review period, when configured otherwise): review deadlines. */
function dateCompletions(ctx: EditorContext, range: Range, days?: number[]): Completion[] {
  const offsetsGiven = !!days;
  const period = ctx.doc.kindDef?.config.reviewPeriodDays ?? DEFAULT_REVIEW_PERIOD_DAYS;
  if (isoDay(ctx.project.today) === null) return [];
  const offsets = [...new Set(days ?? [0, 3, 5, period])].sort((a, b) => a - b);
  return offsets.map((days, i) => {
    const date = addDays(ctx.project.today, days)!;
    const detail = days === 0 ? 'Today' : `In ${days} days${days === period && !offsetsGiven ? ' — the end of the review period' : ''}`;
    return { label: date, kind: 'date' as const, detail, range, newText: date, sortText: String(i) };
  });
}

function frontMatterCompletions(ctx: EditorContext, line: Line, offset: number): Completion[] {
  const { doc, project } = ctx;
  const fields = doc.kindDef?.def.fields ?? [];
  const refs = referenceCompletions(ctx, line, offset, 'mention');
  if (refs && FM_VALUE_BEFORE.test(line.before)) return refs;
  const value = FM_VALUE_BEFORE.exec(line.before);
  if (value) {
    const key = value[1];
    const range = { start: line.start + value[0].length, end: line.end };
    if (offset < range.start) return [];
    if (key === 'status') return statusCompletions(ctx, range, 'front-matter');
    if (key === 'kind' || key === 'type') return kindCompletions(ctx, range);
    const spec = fields.find((f) => f.name === key);
    if (spec?.type === 'date') return dateCompletions(ctx, range);
    return (spec?.values ?? []).map((v, i) => ({ label: v, kind: 'value' as const, detail: spec!.meanings?.[i] ?? spec!.name, documentation: spec!.description, range, newText: v, sortText: String(i).padStart(3, '0') }));
  }
  if (!FM_KEY_BEFORE.test(line.before)) return [];
  const present = new Set(doc.frontMatter?.fields.keys());
  const range = { start: line.start, end: offset + (/^[\w-]*/.exec(doc.text.slice(offset, line.end))?.[0].length ?? 0) };
  const kindField: FieldSpec = { name: 'kind', type: 'string', values: [...project.kinds.keys(), 'none'], description: 'The kind of process document; `none` opts the file out of every check.' };
  return [...fields, kindField]
    .filter((f) => !present.has(f.name) && !(f.name === 'kind' && present.has('type')))
    .map((f, i) => ({
      label: f.name,
      kind: 'field' as const,
      detail: f.type + (f.required ? ', required' : ''),
      documentation: f.description,
      range,
      newText: `${f.name}: ${fieldSnippet(ctx, f)}`,
      snippet: true,
      sortText: String(i).padStart(3, '0'),
    }));
}

function fieldSnippet(ctx: EditorContext, f: FieldSpec): string {
  const statuses = ctx.doc.kindDef?.statuses;
  if (f.name === 'status' && statuses?.length) return choice(statuses.map((s) => s.toLowerCase()));
  if (f.values?.length) return choice(f.values);
  if (f.type === 'date') return `\${1:${ctx.project.today}}`;
  return '$1';
}

function kindCompletions({ project }: EditorContext, range: Range): Completion[] {
  const kinds = [...project.kinds.values()].map((k) => ({ id: k.def.id, label: k.def.label }));
  return [...kinds, { id: 'none', label: 'Not a process document: never checked' }].map((k, i) => ({
    label: k.id,
    kind: 'value' as const,
    detail: k.label,
    documentation: `Kinds: ${listOf(kinds.map((x) => `\`${x.id}\``))}`,
    range,
    newText: k.id,
    sortText: String(i).padStart(3, '0'),
  }));
}

/** The word being typed: from `start` to the cursor, and on over the letters after it. */
function wordRange(text: string, start: number, offset: number): Range {
  const right = /^[\p{L}'-]*/u.exec(text.slice(offset, lineEndOf(text, offset)))?.[0].length ?? 0;
  return { start, end: offset + right };
}

function dateRange(text: string, offset: number): Range {
  const left = /[\d-]*$/.exec(text.slice(lineStart(text, offset), offset))?.[0].length ?? 0;
  const right = /^[\d-]*/.exec(text.slice(offset, lineEndOf(text, offset)))?.[0].length ?? 0;
  return { start: offset - left, end: offset + right };
}

function choice(values: string[], tabstop = 1): string {
  return `\${${tabstop}|${values.map((v) => v.replace(/[,|\\$}]/g, '\\$&')).join(',')}|}`;
}

function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}
