// What the changing subcommands share: the workspace (recovered from any
// interrupted change first), and printing or applying a plan.
import * as path from 'node:path';
import type { Plan } from '../core/plan';
import { indexTexts } from '../core/renumber';
import { applyToDisk, PlanError, recover } from '../node/apply';
import { findRoot, loadProject } from '../node/project';
import { toPosix } from '../node/paths';
import { readWorkspace } from '../node/workspace';
import { TODAY_OPTION, UsageError, type OptionSpecs } from './args';
import type { CliIO } from './check';
import { printable } from './formats';

export async function openWorkspace(io: CliIO, options: Record<string, string | boolean>) {
  const root = toPosix(typeof options.config === 'string' ? path.dirname(path.resolve(io.cwd, options.config)) : findRoot(io.cwd));
  const recovered = await recover(root);
  if (recovered) io.err(`process-docs: ${recovered}\n`);
  const configFile = typeof options.config === 'string' ? path.resolve(io.cwd, options.config) : undefined;
  const { project, configText } = await loadProject(root, { configFile, today: typeof options.today === 'string' ? options.today : undefined });
  if (configFile && configText === null) throw new UsageError(`cannot read config file ${printable(String(options.config))}`);
  const files = await readWorkspace(root);
  const { index } = indexTexts(files, project);
  return { root, project, files, index, texts: new Map(files.map((f) => [f.path, f.text])) };
}

/** Options every changing subcommand takes. */
export const WORKSPACE_OPTIONS: OptionSpecs = {
  'dry-run': { help: 'print the plan and change nothing' },
  config: { value: 'file', help: 'use this .processdocs.json; its folder is the workspace root' },
  today: TODAY_OPTION,
};

/** Prints the plan (`--dry-run`) or applies it and prints what changed. Exit code 1 when the plan cannot be applied. */
export async function carryOut(plan: Plan, ws: { root: string; texts: ReadonlyMap<string, string> }, io: CliIO, dryRun: boolean): Promise<number> {
  for (const note of plan.notes) io.err(`process-docs: note: ${note}\n`);
  if (plan.changes.length === 0) {
    io.out('Nothing to change.\n');
    return 0;
  }
  const rel = (p: string) => path.posix.relative(ws.root, p);
  if (dryRun) {
    io.out(`${plan.label} (dry run, nothing changed):\n`);
    for (const c of plan.changes) io.out(`  would ${c.type === 'create' ? `create ${rel(c.path)}` : c.type === 'rename' ? `rename ${rel(c.from)} → ${rel(c.to)}` : `edit ${rel(c.path)} (${c.edits.length} change${c.edits.length === 1 ? '' : 's'})`}\n`);
    return 0;
  }
  try {
    for (const line of await applyToDisk(plan, ws.root, ws.texts)) io.out(`${line}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof PlanError)) throw err;
    io.err(`process-docs: nothing changed, the plan cannot be applied:\n${err.message.replace(/^/gm, '  ')}\n`);
    return 1;
  }
}
