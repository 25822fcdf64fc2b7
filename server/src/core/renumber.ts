// Renumbering ADRs: each ADR folder becomes a contiguous sequence (from 1, or
// from 0 where it starts at 0), ordered by existing number, then date, then file
// name — which closes gaps and resolves duplicates. Files are renamed, `# N.`
// titles and front-matter `number`s rewritten, and so is every reference in the
// workspace: relative links (and the `ADR-12` or `12.` in their text) and
// `ADR-12`/`ADR-0012` mentions, in documents and index pages alike. Only digits
// ever change.
import { posix } from 'node:path';
import { findMentions } from './extract/references';
import { describeDocument, type Description, type Reference } from './model';
import { applyPlan, type Change, type Plan } from './plan';
import type { Project } from './project';
import type { DocText } from './supersede';
import type { TextEdit } from './types';
import { summarize, WorkspaceIndex } from './workspace';

export interface Move {
  path: string;
  from: number;
  to: number;
  /** The new path, when the file name carries the number. */
  newPath: string;
}

export interface RenumberResult {
  plan: Plan;
  /** Every ADR whose number changes, in folder and new-number order. */
  moves: Move[];
}

const FILE_NUMBER = /^((?:adr[-_ ]?)?)(\d{1,6})(?=[-_ .])/i;

/** Indexes texts as the checker does: what references resolve to. */
export function indexTexts(files: DocText[], project: Project): { descriptions: Description[]; index: WorkspaceIndex } {
  const index = new WorkspaceIndex();
  const descriptions = files.map((f) => describeDocument(f.path, f.text, project));
  for (const d of descriptions) {
    if (d.kind) index.set(summarize(d));
    index.addFile(d.path);
  }
  return { descriptions, index };
}

/** The new number of every numbered ADR, folder by folder. */
export function assignNumbers(descriptions: Description[]): Map<string, { from: number; to: number; doc: Description }> {
  const folders = new Map<string, Description[]>();
  for (const d of descriptions) {
    if (d.kind !== 'adr' || !d.number) continue;
    const dir = posix.dirname(d.path);
    folders.set(dir, [...(folders.get(dir) ?? []), d]);
  }
  const out = new Map<string, { from: number; to: number; doc: Description }>();
  for (const docs of folders.values()) {
    docs.sort((a, b) => a.number!.value - b.number!.value || compare(a.date?.value ?? '\uffff', b.date?.value ?? '\uffff') || compare(posix.basename(a.path), posix.basename(b.path)));
    const start = docs[0].number!.value === 0 ? 0 : 1;
    docs.forEach((doc, i) => out.set(doc.path, { from: doc.number!.value, to: start + i, doc }));
  }
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `digits` rewritten to `n`, keeping zero padding (`0004` → `0012`, `4` → `12`). */
function digitsFor(digits: string, n: number): string {
  return String(n).padStart(digits.length > 1 && digits.startsWith('0') ? digits.length : 0, '0');
}

export function planRenumber(files: DocText[], project: Project): RenumberResult {
  const { descriptions, index } = indexTexts(files, project);
  const numbers = assignNumbers(descriptions);
  const renamed = new Map<string, string>();
  const moves: Move[] = [];
  for (const [path, { from, to, doc }] of numbers) {
    const base = posix.basename(path);
    const m = doc.fileNumber !== null ? FILE_NUMBER.exec(base) : null;
    const newPath = m && Number(m[2]) !== to ? posix.join(posix.dirname(path), base.replace(FILE_NUMBER, `$1${digitsFor(m[2], to)}`)) : path;
    if (newPath !== path) renamed.set(path, newPath);
    if (from !== to || newPath !== path) moves.push({ path, from, to, newPath });
  }
  const changed = (path: string | undefined) => (path ? numbers.get(path) : undefined);

  const changes: Change[] = [];
  for (const doc of descriptions) {
    const edits: TextEdit[] = [];
    const own = changed(doc.path);
    if (own) edits.push(...ownNumberEdits(doc, own.to));
    for (const link of doc.links) {
      if (!link.path) continue;
      const target = changed(link.path);
      if (target) edits.push(...linkEdits(doc.text, link, renamed.get(link.path), target));
    }
    for (const ref of doc.references) {
      if (ref.via !== 'mention') continue;
      const target = changed(index.resolve(ref, doc.path)?.path);
      if (target && target.from !== target.to) edits.push(mentionEdit(ref, target.to));
    }
    const kept = withoutOverlaps(edits).filter((e) => doc.text.slice(e.range.start, e.range.end) !== e.newText);
    if (kept.length) changes.push({ type: 'edit', path: doc.path, edits: kept });
  }
  for (const [from, to] of renamed) changes.push({ type: 'rename', from, to });
  moves.sort((a, b) => compare(posix.dirname(a.path), posix.dirname(b.path)) || a.to - b.to);
  const plan: Plan = { label: 'Renumber ADRs', changes, notes: [] };
  plan.notes = unresolvable(files, descriptions, index, plan, renamed, project);
  return { plan, moves };
}

/** The title's `# N.`, the front matter's `number`. */
function ownNumberEdits(doc: Description, to: number): TextEdit[] {
  const edits: TextEdit[] = [];
  if (doc.titleNumber) edits.push({ range: doc.titleNumber.range, newText: digitsFor(doc.text.slice(doc.titleNumber.range.start, doc.titleNumber.range.end), to) });
  const field = doc.frontMatter?.fields.get('number');
  if (field) {
    const raw = doc.text.slice(field.value.start, field.value.end);
    const m = /\d+/.exec(raw);
    if (m && /^(['"]?)\d+\1$/.test(raw)) {
      const start = field.value.start + m.index;
      edits.push({ range: { start, end: start + m[0].length }, newText: digitsFor(m[0], to) });
    }
  }
  return edits;
}

/** A link to a renumbered ADR: the file name in its URL, and `ADR-N` or a leading `N.` in its text. */
function linkEdits(text: string, link: Description['links'][number], newPath: string | undefined, target: { from: number; to: number }): TextEdit[] {
  const edits: TextEdit[] = [];
  const src = text.slice(link.range.start, link.range.end);
  const urlAt = link.definition ? src.indexOf(link.url, src.indexOf(']:') + 2) : src.lastIndexOf(link.url);
  if (newPath && urlAt !== -1) {
    const pathPart = link.url.replace(/[?#].*$/, '');
    const slash = pathPart.lastIndexOf('/');
    const segment = pathPart.slice(slash + 1);
    const name = posix.basename(newPath);
    const start = link.range.start + urlAt + slash + 1;
    edits.push({ range: { start, end: start + segment.length }, newText: segment.includes('%') ? encodeURIComponent(name) : name });
  }
  if (!link.definition && target.from !== target.to) {
    const close = src.lastIndexOf('](', urlAt === -1 ? src.length : urlAt);
    const textRange = { start: link.range.start + 1, end: link.range.start + Math.max(1, close) };
    for (const m of findMentions(text, textRange)) if (m.number === target.from) edits.push(mentionEdit(m, target.to));
    const lead = /^(\d+)\.\s/.exec(text.slice(textRange.start, textRange.end));
    if (lead && Number(lead[1]) === target.from) edits.push({ range: { start: textRange.start, end: textRange.start + lead[1].length }, newText: digitsFor(lead[1], target.to) });
  }
  return edits;
}

/** The digits of `ADR-0012` → `ADR-0013`. */
function mentionEdit(mention: { range: { start: number; end: number }; text: string }, to: number): TextEdit {
  const digits = /\d+$/.exec(mention.text)![0];
  const start = mention.range.end - digits.length;
  return { range: { start, end: mention.range.end }, newText: digitsFor(digits, to) };
}

/** First come, first kept: a title number is also a mention of itself. */
function withoutOverlaps(edits: TextEdit[]): TextEdit[] {
  const kept: TextEdit[] = [];
  for (const e of edits) if (!kept.some((k) => e.range.start < k.range.end && k.range.start < e.range.end)) kept.push(e);
  return kept;
}

/**
 * References the plan cannot keep pointing where they pointed: checks the
 * workspace after the plan, reference by reference. A mention that pointed
 * nowhere and would now name an ADR is reported too.
 */
function unresolvable(files: DocText[], before: Description[], index: WorkspaceIndex, plan: Plan, renamed: Map<string, string>, project: Project): string[] {
  const texts = applyPlan(plan, new Map(files.map((f) => [f.path, f.text])));
  const after = indexTexts([...texts].map(([path, text]) => ({ path, text })), project);
  const afterByPath = new Map(after.descriptions.map((d) => [d.path, d]));
  const notes: string[] = [];
  for (const doc of before) {
    const now = afterByPath.get(renamed.get(doc.path) ?? doc.path);
    if (!now || now.references.length !== doc.references.length) continue;
    doc.references.forEach((ref: Reference, i) => {
      const was = index.resolve(ref, doc.path)?.path;
      const is = after.index.resolve(now.references[i], now.path)?.path;
      const expected = was ? renamed.get(was) ?? was : undefined;
      if (ref.via === 'mention' && expected !== is) {
        const where = `${doc.relPath}: \`${ref.text}\``;
        notes.push(expected ? `${where} is ambiguous after renumbering; check that it names the ADR you mean` : `${where} named no ADR and would now name ${posix.relative(project.root, is!)}`);
      }
    });
  }
  return notes;
}
