// Outlines and overviews: a document's symbols (title, sections), the
// workspace's documents by number and title, and the code lens on a title that
// says where the document stands among the others.
import { docName, docTitle, retiredStatus, successorsOf } from './adrs';
import type { EditorContext } from './editor';
import { actionItems } from './extract/actions';
import { sectionFor } from './extract/sections';
import { timelineEntries } from './extract/timeline';
import type { DocModel } from './model';
import type { Project } from './project';
import type { Range } from './types';
import type { WorkspaceIndex } from './workspace';

export interface DocSymbol {
  name: string;
  detail?: string;
  kind: 'title' | 'section' | 'entry' | 'task';
  /** Everything the symbol spans (a section with its subsections). */
  range: Range;
  /** The part to reveal: the heading. */
  selectionRange: Range;
  children: DocSymbol[];
}

export interface WorkspaceSymbol {
  name: string;
  kind: string;
  container: string;
  path: string;
  range: Range;
}

export interface Lens {
  range: Range;
  title: string;
}

/** The title holding the sections, each section its subsections; a timeline its entries, action items their tasks. */
export function documentSymbols(doc: DocModel): DocSymbol[] {
  const roots: DocSymbol[] = [];
  const stack: { depth: number; symbol: DocSymbol }[] = [];
  const titleHeading = doc.title && doc.headings.find((h) => h.depth === 1 && h.range.start <= doc.title!.range.start && doc.title!.range.start <= h.range.end);
  if (titleHeading) {
    const detail = [doc.status?.value ?? doc.status?.word, doc.date?.value].filter(Boolean).join(' · ');
    const symbol: DocSymbol = { name: doc.title!.value, ...(detail ? { detail } : {}), kind: 'title', range: { start: titleHeading.range.start, end: doc.text.length }, selectionRange: titleHeading.range, children: [] };
    roots.push(symbol);
    stack.push({ depth: 1, symbol });
  }
  const timeline = doc.variant && sectionFor(doc, doc.variant, 'timeline');
  const actions = doc.variant && sectionFor(doc, doc.variant, 'action items');
  for (const s of doc.sections) {
    const symbol: DocSymbol = { name: s.title || '(untitled)', kind: 'section', range: { start: s.heading.start, end: s.body.end }, selectionRange: s.heading, children: [] };
    if (s === timeline) symbol.children.push(...timelineEntries(doc.text, s.ownBody).map((e) => leaf(doc.text, 'entry', e.line, e.range)));
    if (s === actions) symbol.children.push(...actionItems(doc.text, s.ownBody).map((i) => leaf(doc.text, 'task', i.line, { start: i.textStart, end: i.line.end }, i.done)));
    while (stack.length && stack[stack.length - 1].depth >= s.depth) stack.pop();
    (stack.length ? stack[stack.length - 1].symbol.children : roots).push(symbol);
    stack.push({ depth: s.depth, symbol });
  }
  return roots;
}

/** A timeline entry or an action item: its line, shown as written (a done item says so). */
function leaf(text: string, kind: 'entry' | 'task', line: Range, selection: Range, done?: boolean | null): DocSymbol {
  const shown = text.slice(line.start, line.end).replace(/^\s*(?:[-*+]|\d{1,9}[.)]|\|)\s*(?:\[[ xX]\]\s*)?/, '').replace(/\s*\|\s*$/, '').replace(/\s*\|\s*/g, ' · ');
  const name = shown.length > 80 ? `${shown.slice(0, 79)}…` : shown || '(empty)';
  return { name, ...(done ? { detail: 'done' } : {}), kind, range: line, selectionRange: selection.start <= selection.end ? selection : line, children: [] };
}

/** Every document of the index whose name (`ADR-0012: Title`) matches the query's characters in order. */
export function workspaceSymbols(index: WorkspaceIndex, project: Project, query: string): WorkspaceSymbol[] {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const out: WorkspaceSymbol[] = [];
  for (const doc of index.all()) {
    if (doc.kind === null) continue;
    const name = docTitle(doc);
    if (!inOrder(name.toLowerCase(), q)) continue;
    const kind = project.kinds.get(doc.kind)?.def.label ?? doc.kind;
    out.push({ name, kind: doc.kind, container: `${kind} · ${doc.relPath}`, path: doc.path, range: doc.titleRange ?? { start: 0, end: 0 } });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
}

function inOrder(text: string, query: string): boolean {
  let at = 0;
  for (const c of query) {
    at = text.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** On the title: "superseded by ADR-0012 · supersedes ADR-0002 · referenced by 4 docs". */
export function codeLenses({ doc, index, project }: EditorContext): Lens[] {
  const self = index.get(doc.path);
  if (!self || !doc.title) return [];
  const parts: string[] = [];
  const successors = successorsOf(self, index);
  const retired = retiredStatus(self, project);
  if (successors.length) parts.push(`superseded by ${successors.map(docName).join(', ')}`);
  else if (retired) parts.push(retired.toLowerCase());
  const supersedes = self.relations
    .filter((r) => r.type === 'supersedes')
    .flatMap((r) => r.targets.map((t) => index.resolve(t, doc.path)))
    .filter((t, i, all): t is NonNullable<typeof t> => !!t && t.path !== doc.path && all.indexOf(t) === i);
  if (supersedes.length) parts.push(`supersedes ${supersedes.map(docName).join(', ')}`);
  const count = index.referencing(doc.path).length;
  parts.push(count === 0 ? 'not referenced by other documents' : `referenced by ${count} ${count === 1 ? 'doc' : 'docs'}`);
  return [{ range: doc.title.range, title: parts.join(' · ') }];
}
