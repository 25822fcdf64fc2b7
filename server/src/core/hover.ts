// Hovers on references: what the referenced document decided and where it stands.
import { docTitle, referenceAt, successorsOf } from './adrs';
import type { EditorContext } from './editor';
import type { Range } from './types';
import type { DocSummary, WorkspaceIndex } from './workspace';

export interface HoverInfo {
  range: Range;
  /** Markdown; every string from a document is escaped. */
  markdown: string;
}

/** The referenced document's number, title, status, date, decision and successor. */
export function hover({ doc, index }: EditorContext, offset: number): HoverInfo | null {
  const ref = referenceAt(doc.references, offset);
  const target = ref && index.resolve(ref, doc.path);
  return ref && target ? { range: ref.range, markdown: describeDoc(target, index) } : null;
}

/** A short Markdown card about a document, for hovers and completion items. */
export function describeDoc(target: DocSummary, index: WorkspaceIndex): string {
  const parts = [`**${escapeMarkdown(docTitle(target))}**`];
  const facts = [target.status && `Status: ${target.status.value ?? target.status.word}`, target.date && `Date: ${target.date}`].filter(Boolean);
  if (facts.length) parts.push(escapeMarkdown(facts.join(' · ')));
  if (target.decision) parts.push(`> ${escapeMarkdown(target.decision)}`);
  const successors = successorsOf(target, index);
  if (successors.length) parts.push(`Superseded by ${successors.map((s) => escapeMarkdown(docTitle(s))).join(', ')}`);
  parts.push(`\`${target.relPath.replace(/`/g, '')}\``);
  return parts.join('\n\n');
}

/** Text from a document, shown literally in Markdown. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!<>|~]/g, '\\$&');
}
