// How the editor features and the cross-document rules name, link and look up
// documents: `ADR-0012`, relative links, the reference under the cursor, successors.
import { posix } from 'node:path';
import type { Reference } from './model';
import type { Project } from './project';
import type { DocSummary, WorkspaceIndex } from './workspace';

/** `ADR-0012` */
export function adrLabel(n: number): string {
  return `ADR-${String(n).padStart(4, '0')}`;
}

/** How a document is named to people: `ADR-0012` for a numbered ADR, else its path. */
export function docName(doc: DocSummary): string {
  return doc.kind === 'adr' && doc.number !== null ? adrLabel(doc.number) : doc.relPath;
}

/** `ADR-0012: Use a queue`, or the title, or the path. */
export function docTitle(doc: DocSummary): string {
  const name = doc.kind === 'adr' && doc.number !== null ? adrLabel(doc.number) : null;
  if (name && doc.title) return `${name}: ${doc.title}`;
  return doc.title ?? name ?? doc.relPath;
}

/** A relative Markdown link from one document to another; characters that end a link are escaped. */
export function relativeLink(from: string, to: string): string {
  return posix.relative(posix.dirname(from), to).replace(/[ ()<>]/g, (c) => encodeURIComponent(c));
}

/** The reference (link or mention) under an offset; a cursor just after it counts. */
export function referenceAt(references: Reference[], offset: number): Reference | undefined {
  let best: Reference | undefined;
  for (const ref of references) {
    if (ref.range.start <= offset && offset <= ref.range.end && (!best || ref.range.end - ref.range.start < best.range.end - best.range.start)) best = ref;
  }
  return best;
}

/** The documents a document says supersede it. */
export function successorsOf(doc: DocSummary, index: WorkspaceIndex): DocSummary[] {
  const out: DocSummary[] = [];
  for (const relation of doc.relations) {
    if (relation.type !== 'superseded-by') continue;
    for (const ref of relation.targets) {
      const target = index.resolve(ref, doc.path);
      if (target && target.path !== doc.path && !out.includes(target)) out.push(target);
    }
  }
  return out;
}

/** Whether a document's status says it is no longer in force (Superseded, Deprecated). */
export function retiredStatus(doc: DocSummary, project: Project): string | null {
  const value = doc.status?.value;
  const statuses = doc.kind ? project.kinds.get(doc.kind)?.def.statuses : undefined;
  if (!value || !statuses) return null;
  const retired = [...(statuses.needsSuccessor ?? []), ...(statuses.retired ?? [])];
  return retired.some((s) => s.toLowerCase() === value.toLowerCase()) ? value : null;
}
