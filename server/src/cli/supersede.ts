// `process-docs supersede <n> "<title>"` and `process-docs link <a> <relation> <b>`.
import { posix } from 'node:path';
import type { Project } from '../core/project';
import { LINK_TYPES, planLink, planSupersede, type DocText, type LinkType } from '../core/supersede';
import type { WorkspaceIndex } from '../core/workspace';
import { gitUserName } from '../node/git';
import { parseArgs, UsageError, type Subcommand } from './args';
import type { CliIO } from './check';
import { describe } from './new';
import { carryOut, openWorkspace, WORKSPACE_OPTIONS } from './workspace';

export const supersede: Subcommand = {
  name: 'supersede',
  synopsis: '<ADR> "<title>"',
  summary: 'Create an ADR that supersedes another, and mark the old one.',
  details: 'The ADR is named by its number (6, 0006, ADR-6) or by its file. Both sides are written in the form each ADR already uses.',
  options: { ...WORKSPACE_OPTIONS, author: { value: 'name', help: 'who writes the new ADR (default: git config user.name)' } },
  examples: [
    ['process-docs supersede 5 "Partition orders by region"', 'a new ADR that supersedes ADR 5'],
    ['process-docs supersede docs/adr/0005-store-orders.md "Partition orders" --dry-run', 'print the plan and change nothing'],
  ],
  run: supersedeCommand,
};

export const link: Subcommand = {
  name: 'link',
  synopsis: `<ADR> ${LINK_TYPES.join('|')} <ADR>`,
  summary: 'Write a relation between two ADRs on both sides.',
  details: 'Each ADR is named by its number (6, 0006, ADR-6) or by its file.',
  options: WORKSPACE_OPTIONS,
  examples: [['process-docs link 6 amends 3', 'ADR 6 says "Amends ADR-0003", ADR 3 says "Amended by ADR-0006"']],
  run: linkCommand,
};

async function supersedeCommand(argv: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(argv, supersede.options);
  const [which, title] = positional;
  if (!which || title === undefined) throw new UsageError('usage: process-docs supersede <number or file> "<title of the new ADR>"');
  const ws = await openWorkspace(io, options);
  const old = findAdr(which, ws);
  const author = typeof options.author === 'string' ? options.author : (await gitUserName(io.cwd)) ?? '';
  const result = planSupersede(old, { title, values: { author } }, ws.project, ws.index);
  if (result.type === 'questions') throw new UsageError(`the ADR template needs ${result.questions.map(describe).join(', ')}`);
  if (result.type !== 'plan') throw new UsageError(result.type === 'error' ? result.message : 'no folder for the new ADR');
  return carryOut(result.plan, ws, io, !!options['dry-run']);
}

async function linkCommand(argv: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(argv, link.options);
  const [a, relation, b] = positional;
  if (!a || !b || !LINK_TYPES.includes(relation as LinkType)) throw new UsageError(`usage: process-docs link <ADR> ${LINK_TYPES.join('|')} <ADR>`);
  const ws = await openWorkspace(io, options);
  const plan = planLink(findAdr(a, ws), relation as LinkType, findAdr(b, ws), ws.project);
  if (typeof plan === 'string') throw new UsageError(plan);
  return carryOut(plan, ws, io, !!options['dry-run']);
}

/** An ADR by number (`6`, `0006`, `ADR-6`) or by file path. */
function findAdr(which: string, ws: { root: string; project: Project; index: WorkspaceIndex; files: DocText[] }): DocText {
  const number = /^(?:adr[-_ ]?)?(\d+)$/i.exec(which);
  const matches = number
    ? ws.index.numbered(Number(number[1])).map((d) => d.path)
    : ws.files.filter((f) => f.path === posix.resolve(ws.root, which) || posix.relative(ws.root, f.path) === which).map((f) => f.path);
  if (matches.length === 0) throw new UsageError(`no ADR ${which} in the workspace`);
  if (matches.length > 1) throw new UsageError(`${which} names ${matches.length} ADRs (${matches.map((p) => posix.relative(ws.root, p)).join(', ')}); give the file instead`);
  return ws.files.find((f) => f.path === matches[0])!;
}
