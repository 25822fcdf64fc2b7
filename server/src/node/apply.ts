// Applies a plan to disk so that a crash at any moment leaves the old files or
// the new ones, never a mix. New contents are staged in temporary files beside
// their targets and every file about to be replaced or removed keeps a backup
// (a hard link); a journal at the workspace root lists them all. Then each
// target is swapped in with an atomic rename. The next command that finds a
// journal rolls an unfinished change back (or finishes cleaning up a done one).
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { applyPlan, planProblems, planTargets, type Plan } from '../core/plan';
import { fromPosix } from './paths';

export const JOURNAL = '.process-docs-journal.json';

interface Journal {
  state: 'staging' | 'applying' | 'done';
  writes: { target: string; temp: string; backup: string | null }[];
  removes: { path: string; backup: string }[];
  /** Folders made for new files, deepest last. */
  dirs: string[];
}

export class PlanError extends Error {}

/** Test hook: the process kills itself after this many swaps, to prove a crash leaves old-or-new. */
const FAULT_AFTER = Number(process.env.PROCESS_DOCS_FAULT_AFTER ?? NaN);

/**
 * Checks and applies `plan` (made from `texts`, POSIX path → text) under `root`.
 * Returns one line per changed file: `created …`, `edited …`, `renamed … → …`.
 */
export async function applyToDisk(plan: Plan, root: string, texts: ReadonlyMap<string, string>): Promise<string[]> {
  const exists = new Set<string>();
  for (const p of plan.changes.flatMap((c) => (c.type === 'rename' ? [c.from, c.to] : [c.path]))) if (await present(p)) exists.add(p);
  const problems = planProblems(plan, root, (p) => exists.has(p));
  if (problems.length) throw new PlanError(problems.join('\n'));

  const after = applyPlan(plan, texts);
  const targets = planTargets(plan);
  const targetSet = new Set(targets.map((t) => t.target));
  const tag = randomBytes(4).toString('hex');
  const aside = (p: string, ext: string) => path.posix.join(path.posix.dirname(p), `.${path.posix.basename(p)}.process-docs-${tag}.${ext}`);
  const journal: Journal = {
    state: 'staging',
    writes: targets.map(({ target }) => ({ target, temp: aside(target, 'tmp'), backup: exists.has(target) ? aside(target, 'bak') : null })),
    removes: plan.changes.flatMap((c) => (c.type === 'rename' && !targetSet.has(c.from) ? [{ path: c.from, backup: aside(c.from, 'bak') }] : [])),
    dirs: await missingDirs(targets.map((t) => path.posix.dirname(t.target)), root),
  };
  const journalFile = path.join(fromPosix(root), JOURNAL);
  await writeJournal(journalFile, journal);

  for (const dir of journal.dirs) await fs.mkdir(fromPosix(dir)).catch((e: NodeJS.ErrnoException) => (e.code === 'EEXIST' ? undefined : Promise.reject(e)));
  for (const w of journal.writes) {
    await fs.writeFile(fromPosix(w.temp), after.get(w.target) ?? '', { flag: 'wx' });
    if (w.backup) await backup(w.target, w.backup);
  }
  for (const r of journal.removes) await backup(r.path, r.backup);
  await writeJournal(journalFile, { ...journal, state: 'applying' });

  let swaps = 0;
  const step = () => {
    if (++swaps === FAULT_AFTER) process.kill(process.pid, 'SIGKILL');
  };
  for (const r of journal.removes) {
    await fs.unlink(fromPosix(r.path));
    step();
  }
  for (const w of journal.writes) {
    if (w.backup) await fs.rename(fromPosix(w.temp), fromPosix(w.target));
    else {
      // A new file: `link` refuses to replace one that appeared meanwhile.
      await fs.link(fromPosix(w.temp), fromPosix(w.target));
      await fs.unlink(fromPosix(w.temp));
    }
    step();
  }
  await writeJournal(journalFile, { ...journal, state: 'done' });
  await cleanUp(journal, journalFile);

  const rel = (p: string) => path.posix.relative(root, p);
  return plan.changes.map((c) => (c.type === 'create' ? `created ${rel(c.path)}` : c.type === 'rename' ? `renamed ${rel(c.from)} → ${rel(c.to)}` : `edited ${rel(c.path)}`));
}

/**
 * Finishes what an interrupted command left: rolls an unfinished change back to
 * the old files, or removes the leftovers of a finished one. Returns a message
 * when there was something to do.
 */
export async function recover(root: string): Promise<string | null> {
  const journalFile = path.join(fromPosix(root), JOURNAL);
  const text = await fs.readFile(journalFile, 'utf8').catch(() => null);
  if (text === null) return null;
  let journal: Journal;
  try {
    journal = JSON.parse(text) as Journal;
  } catch {
    // The journal is written with an atomic rename: a torn one is not ours.
    return `${JOURNAL} is not readable; remove it once you have checked the files it names`;
  }
  if (journal.state === 'applying') {
    for (const w of journal.writes) {
      if (w.backup && (await present(w.backup))) await fs.rename(fromPosix(w.backup), fromPosix(w.target));
      else if (!w.backup) await fs.rm(fromPosix(w.target), { force: true });
    }
    for (const r of journal.removes) if (await present(r.backup)) await fs.rename(fromPosix(r.backup), fromPosix(r.path));
  }
  await cleanUp(journal, journalFile, journal.state !== 'done');
  return journal.state === 'done' ? null : `rolled back an interrupted change to ${journal.writes.length + journal.removes.length} file(s)`;
}

async function cleanUp(journal: Journal, journalFile: string, removeDirs = false): Promise<void> {
  for (const w of journal.writes) {
    await fs.rm(fromPosix(w.temp), { force: true });
    if (w.backup) await fs.rm(fromPosix(w.backup), { force: true });
  }
  for (const r of journal.removes) await fs.rm(fromPosix(r.backup), { force: true });
  if (removeDirs) for (const dir of [...journal.dirs].reverse()) await fs.rmdir(fromPosix(dir)).catch(() => undefined);
  await fs.rm(journalFile, { force: true });
}

async function writeJournal(file: string, journal: Journal): Promise<void> {
  const temp = `${file}.tmp`;
  await fs.writeFile(temp, JSON.stringify(journal, null, 1));
  await fs.rename(temp, file);
}

/** A hard link keeps the old file's content whatever is renamed over its name; a copy where links are not possible. */
async function backup(file: string, to: string): Promise<void> {
  await fs.link(fromPosix(file), fromPosix(to)).catch(() => fs.copyFile(fromPosix(file), fromPosix(to)));
}

async function present(p: string): Promise<boolean> {
  return fs.lstat(fromPosix(p)).then(
    () => true,
    () => false,
  );
}

/** The folders (under root) that must be made for `dirs` to exist, shallowest first. */
async function missingDirs(dirs: string[], root: string): Promise<string[]> {
  const out: string[] = [];
  for (const dir of new Set(dirs)) {
    const chain: string[] = [];
    for (let d = dir; d.startsWith(`${root}/`) && !(await present(d)); d = path.posix.dirname(d)) chain.unshift(d);
    for (const d of chain) if (!out.includes(d)) out.push(d);
  }
  return out.sort((a, b) => a.split('/').length - b.split('/').length);
}

