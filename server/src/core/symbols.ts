// Outlines and overviews: a document's symbols (title, sections), the
// workspace's documents by number and title, and the code lens on a title that
// says where the document stands among the others.
import { docName, docTitle, retiredStatus, successorsOf } from './adrs';
import type { EditorContext } from './editor';
import type { DocModel } from './model';
import type { Project } from './project';
import type { Range } from './types';
import type { WorkspaceIndex } from './workspace';

export interface DocSymbol {
  name: string;
  detail?: string;
  kind: 'title' | 'section';
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

/** The title holding the sections, each section holding its subsections. */
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
  for (const s of doc.sections) {
    const symbol: DocSymbol = { name: s.title || '(untitled)', kind: 'section', range: { start: s.heading.start, end: s.body.end }, selectionRange: s.heading, children: [] };
    while (stack.length && stack[stack.length - 1].depth >= s.depth) stack.pop();
    (stack.length ? stack[stack.length - 1].symbol.children : roots).push(symbol);
    stack.push({ depth: s.depth, symbol });
  }
  return roots;
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
