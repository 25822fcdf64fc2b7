// Relations between ADRs, written on both sides in one plan: a new ADR that
// supersedes an old one (the old one becomes "Superseded by" it), and links
// between existing ADRs (Amends/Amended by, Clarifies/Clarified by, …).
import { posix } from 'node:path';
import { INVERSE, type RelationType } from './extract/status';
import { describeDocument, type Description } from './model';
import { applyEdits } from './edits';
import type { Change, Plan } from './plan';
import type { Project } from './project';
import { adrLabel } from './adrs';
import { hasRelation, relationEdit, statusEdit, type AdrTarget } from './relations';
import { draftDocument, firstPlaceholder, type NewDocumentResult } from './scaffold';
import type { TextEdit } from './types';
import type { WorkspaceIndex } from './workspace';

export interface DocText {
  path: string;
  text: string;
}

/** The relations a writer states from one ADR towards another. */
export const LINK_TYPES = ['supersedes', 'amends', 'clarifies', 'extends'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** A numbered ADR, or why it is not one. */
function adrOf(doc: DocText, project: Project): Description | string {
  const d = describeDocument(doc.path, doc.text, project);
  if (d.kind !== 'adr') return `${d.relPath} is not an ADR`;
  if (!d.number) return `${d.relPath} has no number`;
  return d;
}

const target = (d: Description): AdrTarget => ({ number: d.number!.value, path: d.path });

/** Marks `doc` superseded by `by`: its status becomes `Superseded by [ADR-…](…)`. */
function supersededEdit(doc: Description, by: AdrTarget): TextEdit | string {
  // Already superseded by another ADR: name this successor too, keeping the first.
  if (doc.relations.some((r) => r.type === 'superseded-by')) return relationEdit(doc, 'superseded-by', by);
  const edit = statusEdit(doc, 'Superseded', { type: 'superseded-by', target: by });
  if (edit) return edit;
  // A MADR ADR may have no status at all: give it one in its front matter.
  const fm = doc.frontMatter;
  if (fm && !fm.problem) {
    const at = doc.text.lastIndexOf('\n', fm.range.end - 1) + 1;
    return { range: { start: at, end: at }, newText: `status: "superseded by ${adrLabel(by.number)}"\n` };
  }
  return `${doc.relPath} has no status to mark as superseded`;
}

/** A new ADR that supersedes `old`, and `old` marked "Superseded by" it. */
export function planSupersede(old: DocText, request: { title: string; values: Record<string, string> }, project: Project, index: WorkspaceIndex): NewDocumentResult {
  const oldDoc = adrOf(old, project);
  if (typeof oldDoc === 'string') return { type: 'error', message: oldDoc };
  const folder = posix.relative(project.root, posix.dirname(old.path));
  const result = draftDocument({ kind: 'adr', title: request.title, folder, variant: oldDoc.variant?.id, values: request.values }, project, index);
  if (result.type !== 'draft') return result;
  const draft = result.draft;
  const newDoc = describeDocument(draft.path, draft.text, project);
  const forward = relationEdit(newDoc, 'supersedes', target(oldDoc));
  if (typeof forward === 'string') return { type: 'error', message: forward };
  const backward = supersededEdit(oldDoc, { number: draft.number!, path: draft.path });
  if (typeof backward === 'string') return { type: 'error', message: backward };
  const text = applyEdits(draft.text, [forward]);
  const plan: Plan = {
    label: `${adrLabel(draft.number!)} supersedes ${adrLabel(oldDoc.number!.value)}`,
    changes: [
      { type: 'create', path: draft.path, text },
      { type: 'edit', path: old.path, edits: [backward] },
    ],
    focus: { path: draft.path, range: firstPlaceholder({ text, variant: draft.variant }) },
    notes: draft.notes,
  };
  return { type: 'plan', plan, path: draft.path, number: draft.number };
}

/** `from` amends (clarifies, extends, supersedes) `to`, written on both sides; what is already written is left alone. */
export function planLink(from: DocText, type: LinkType, to: DocText, project: Project): Plan | string {
  const a = adrOf(from, project);
  if (typeof a === 'string') return a;
  const b = adrOf(to, project);
  if (typeof b === 'string') return b;
  if (a.path === b.path) return 'An ADR cannot be linked to itself';
  const changes: Change[] = [];
  const forward = hasRelation(a, type, target(b)) ? null : relationEdit(a, type, target(b));
  const inverse: RelationType = INVERSE[type];
  const backward = hasRelation(b, inverse, target(a)) ? null : type === 'supersedes' ? supersededEdit(b, target(a)) : relationEdit(b, inverse, target(a));
  for (const [doc, edit] of [[a, forward], [b, backward]] as const) {
    if (typeof edit === 'string') return edit;
    if (edit) changes.push({ type: 'edit', path: doc.path, edits: [edit] });
  }
  const notes = changes.length ? [] : [`${adrLabel(a.number!.value)} and ${adrLabel(b.number!.value)} already state this relation on both sides`];
  return { label: `${adrLabel(a.number!.value)} ${type} ${adrLabel(b.number!.value)}`, changes, notes };
}
