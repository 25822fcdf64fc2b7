// Moving between documents: where a reference points, every reference to a
// document, clickable links for every reference form, and renaming a title
// together with the link texts that repeat it.
import { referenceAt } from './adrs';
import { change, type FileEdit, type WorkspaceChange } from './edits';
import type { EditorContext, ReadText } from './editor';
import { urlRange } from './extract/references';
import { describeDocument } from './model';
import type { Range } from './types';
import type { DocSummary } from './workspace';

export interface Location {
  path: string;
  range: Range;
}

export interface DocumentLink {
  /** The link's destination as written, or the whole mention. */
  range: Range;
  target: Location;
}

const START: Range = { start: 0, end: 0 };

/** The document a reference under the cursor points at (its title). */
export function definition({ doc, index }: EditorContext, offset: number): Location | null {
  const ref = referenceAt(doc.references, offset);
  const target = ref && index.resolve(ref, doc.path);
  return target ? { path: target.path, range: target.titleRange ?? START } : null;
}

/** A link for every reference that resolves: Markdown links to documents and `ADR-12` mentions. */
export function documentLinks({ doc, index }: EditorContext): DocumentLink[] {
  const out: DocumentLink[] = [];
  for (const link of doc.links) {
    if (!link.path || !index.hasFile(link.path)) continue;
    out.push({ range: urlRange(doc.text, link) ?? link.range, target: { path: link.path, range: index.get(link.path)?.titleRange ?? START } });
  }
  for (const ref of doc.references) {
    const target = ref.via === 'mention' ? index.resolve(ref, doc.path) : undefined;
    if (target) out.push({ range: ref.range, target: { path: target.path, range: target.titleRange ?? START } });
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

/**
 * Every reference to the document under the cursor — the one a reference points
 * at, or this one when the cursor is on its title — across the workspace.
 */
export function references(ctx: EditorContext, offset: number, includeDeclaration: boolean): Location[] {
  const target = subjectAt(ctx, offset);
  if (!target) return [];
  const { index } = ctx;
  const out: Location[] = includeDeclaration ? [{ path: target.path, range: target.titleRange ?? START }] : [];
  for (const doc of index.referencing(target.path)) {
    for (const ref of doc.references) if (index.resolve(ref, doc.path)?.path === target.path) out.push({ path: doc.path, range: ref.range });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path) || a.range.start - b.range.start);
}

function subjectAt({ doc, index }: EditorContext, offset: number): DocSummary | undefined {
  const ref = referenceAt(doc.references, offset);
  if (ref) return index.resolve(ref, doc.path);
  const own = [doc.title?.range, doc.number?.range].some((r) => r && r.start <= offset && offset <= r.end);
  return own ? index.get(doc.path) : undefined;
}

/** Renaming works on a document's title; the range is the title as written, without quotes. */
export function prepareRename({ doc }: EditorContext, offset: number): { range: Range; placeholder: string } | null {
  const title = doc.title;
  if (!title || offset < title.range.start || offset > title.range.end) return null;
  return { range: unquoted(doc.text, title.range), placeholder: title.value };
}

/** A new title, and the same words replaced in every link text that repeats the old title. */
export async function renameTitle(ctx: EditorContext, readText: ReadText, offset: number, newTitle: string): Promise<WorkspaceChange | null> {
  const { doc, index, project } = ctx;
  const prepared = prepareRename(ctx, offset);
  const title = newTitle.trim();
  if (!prepared || title === '' || /[\r\n]/.test(title)) return null;
  const old = prepared.placeholder;
  const files: FileEdit[] = [{ path: doc.path, text: doc.text, edits: [{ range: prepared.range, newText: title }] }];
  for (const other of index.referencing(doc.path)) {
    const text = await readText(other.path);
    if (text === null) continue;
    const edits = [];
    for (const link of describeDocument(other.path, text, project).links) {
      if (link.path !== doc.path || link.definition) continue;
      const label = { start: link.range.start + 1, end: link.range.start + text.slice(link.range.start, link.range.end).lastIndexOf('](') };
      for (const at of occurrences(text.slice(label.start, label.end), old)) edits.push({ range: { start: label.start + at, end: label.start + at + old.length }, newText: title });
    }
    files.push({ path: other.path, text, edits });
  }
  return change(files);
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  // Case-insensitive unless lower-casing changes lengths (offsets must stay true).
  const fold = haystack.toLowerCase().length === haystack.length && needle.toLowerCase().length === needle.length;
  const h = fold ? haystack.toLowerCase() : haystack;
  const n = fold ? needle.toLowerCase() : needle;
  for (let i = h.indexOf(n); n && i !== -1; i = h.indexOf(n, i + n.length)) out.push(i);
  return out;
}

function unquoted(text: string, r: Range): Range {
  return /^(['"]).*\1$/s.test(text.slice(r.start, r.end)) ? { start: r.start + 1, end: r.end - 1 } : r;
}
