// What a command means to do to the workspace, before anything is done: files to
// create, files to edit, files to rename. The editor turns a plan into one
// WorkspaceEdit, the CLI applies it to disk; both check it first.
import { posix } from 'node:path';
import { applyEdits } from './edits';
import type { Range, TextEdit } from './types';

export type Change =
  | { type: 'create'; path: string; text: string }
  /** Edits are offsets into the text the plan was made from. */
  | { type: 'edit'; path: string; edits: TextEdit[] }
  /** A rename moves the file with its edits, if any. */
  | { type: 'rename'; from: string; to: string };

export interface Plan {
  /** What the change is, in a few words ("Renumber ADRs"). */
  label: string;
  changes: Change[];
  /** Where the user starts typing in a new document. */
  focus?: { path: string; range: Range };
  /** Things the user should know that do not stop the plan. */
  notes: string[];
}

export function emptyPlan(label: string): Plan {
  return { label, changes: [], notes: [] };
}

/** The workspace after the plan: path → text, from the texts it was planned on. */
export function applyPlan(plan: Plan, texts: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map(texts);
  for (const c of plan.changes) if (c.type === 'edit') out.set(c.path, applyEdits(out.get(c.path) ?? '', c.edits));
  const moved = plan.changes.filter((c): c is Extract<Change, { type: 'rename' }> => c.type === 'rename').map((c) => [c, out.get(c.from) ?? ''] as const);
  for (const [c] of moved) out.delete(c.from);
  for (const [c, text] of moved) out.set(c.to, text);
  for (const c of plan.changes) if (c.type === 'create') out.set(c.path, c.text);
  return out;
}

/** The files a plan writes, each with the file it comes from (null for a new file). */
export function planTargets(plan: Plan): { target: string; source: string | null }[] {
  const renamed = new Map<string, string>();
  for (const c of plan.changes) if (c.type === 'rename') renamed.set(c.from, c.to);
  const out: { target: string; source: string | null }[] = [];
  for (const c of plan.changes) {
    if (c.type === 'create') out.push({ target: c.path, source: null });
    else if (c.type === 'rename') out.push({ target: c.to, source: c.from });
    else if (!renamed.has(c.path)) out.push({ target: c.path, source: c.path });
  }
  return out;
}

/**
 * Why a plan cannot be applied, or nothing: every path inside the root, no
 * file created over an existing one (a rename may land on a file that itself
 * moves away), no two changes writing one file, no overlapping edits.
 */
export function planProblems(plan: Plan, root: string, exists: (path: string) => boolean): string[] {
  const problems: string[] = [];
  const show = (p: string) => posix.relative(root, p) || p;
  const sources = new Set(plan.changes.flatMap((c) => (c.type === 'rename' ? [c.from] : [])));
  const paths = plan.changes.flatMap((c) => (c.type === 'rename' ? [c.from, c.to] : [c.path]));
  for (const p of paths) if (!isInside(root, p)) problems.push(`${p} is outside the workspace`);
  const written = new Map<string, number>();
  for (const { target } of planTargets(plan)) written.set(target, (written.get(target) ?? 0) + 1);
  for (const [target, n] of written) if (n > 1) problems.push(`${show(target)} would be written by ${n} changes`);
  for (const c of plan.changes) {
    if (c.type === 'create' && exists(c.path)) problems.push(`${show(c.path)} already exists`);
    if (c.type === 'rename' && exists(c.to) && !sources.has(c.to)) problems.push(`${show(c.to)} already exists`);
    if (c.type === 'rename' && !exists(c.from)) problems.push(`${show(c.from)} does not exist`);
    if (c.type === 'edit' && !exists(c.path)) problems.push(`${show(c.path)} does not exist`);
    if (c.type === 'edit') {
      const sorted = [...c.edits].sort((a, b) => a.range.start - b.range.start);
      for (let i = 1; i < sorted.length; i++) if (sorted[i].range.start < sorted[i - 1].range.end) problems.push(`overlapping edits in ${show(c.path)}`);
    }
  }
  return [...new Set(problems)];
}

/** Whether an absolute POSIX path lies strictly inside `root` (no `..` escapes). */
export function isInside(root: string, path: string): boolean {
  if (!path.startsWith('/') && !/^[A-Za-z]:\//.test(path)) return false;
  const rel = posix.relative(root, posix.normalize(path));
  return rel !== '' && !rel.startsWith('../') && rel !== '..' && !posix.isAbsolute(rel);
}

/**
 * Renames in an order that never lands on a file still in place: a move waits
 * for the file at its target to move away, and a cycle goes through a free
 * temporary name. For applying renames one by one (an editor's WorkspaceEdit).
 */
export function sequenceRenames(renames: { from: string; to: string }[], exists: (path: string) => boolean): { from: string; to: string }[] {
  const pending = renames.filter((r) => r.from !== r.to).map((r) => ({ ...r }));
  const out: { from: string; to: string }[] = [];
  const occupied = new Set(pending.map((r) => r.from));
  while (pending.length) {
    const ready = pending.findIndex((r) => !occupied.has(r.to));
    if (ready !== -1) {
      const [r] = pending.splice(ready, 1);
      out.push(r);
      occupied.delete(r.from);
      continue;
    }
    // Every remaining target is still occupied: a cycle. Park one file aside.
    const r = pending[0];
    let n = 0;
    let temp: string;
    do temp = `${r.from}.renumbering-${n++}`;
    while (exists(temp) || occupied.has(temp));
    out.push({ from: r.from, to: temp });
    occupied.delete(r.from);
    occupied.add(temp);
    r.from = temp;
  }
  return out;
}
