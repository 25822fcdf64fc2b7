// `process-docs renumber [--dry-run]`: contiguous ADR numbers, every reference kept.
import { posix } from 'node:path';
import { planRenumber } from '../core/renumber';
import { parseArgs, UsageError, type Subcommand } from './args';
import type { CliIO } from './check';
import { carryOut, openWorkspace, WORKSPACE_OPTIONS } from './workspace';

export const renumber: Subcommand = {
  name: 'renumber',
  synopsis: '',
  summary: 'Close gaps and duplicates in ADR numbers, every reference kept.',
  details: [
    'Each ADR folder becomes a contiguous sequence, ordered by number, then date, then file name;',
    'files are renamed, and titles, links and ADR-N mentions rewritten everywhere.',
  ].join('\n'),
  options: WORKSPACE_OPTIONS,
  examples: [
    ['process-docs renumber --dry-run', 'print every rename and edit, and change nothing'],
    ['process-docs renumber', 'apply them'],
  ],
  run: renumberCommand,
};

async function renumberCommand(argv: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(argv, renumber.options);
  if (positional.length) throw new UsageError(`renumber takes no arguments, not ${positional.join(' ')}`);
  const ws = await openWorkspace(io, options);
  const { plan, moves } = planRenumber(ws.files, ws.project);
  for (const m of moves) io.out(`${posix.relative(ws.root, m.path)}: ${m.from} → ${m.to}\n`);
  return carryOut(plan, ws, io, !!options['dry-run']);
}
