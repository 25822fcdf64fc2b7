// `process-docs renumber [--dry-run]`: contiguous ADR numbers, every reference kept.
import { posix } from 'node:path';
import { planRenumber } from '../core/renumber';
import { parseArgs } from './args';
import type { CliIO } from './check';
import { carryOut, openWorkspace, WORKSPACE_OPTIONS } from './workspace';

export async function renumberCommand(argv: string[], io: CliIO): Promise<number> {
  const { options } = parseArgs(argv, WORKSPACE_OPTIONS);
  const ws = await openWorkspace(io, options);
  const { plan, moves } = planRenumber(ws.files, ws.project);
  for (const m of moves) io.out(`${posix.relative(ws.root, m.path)}: ${m.from} → ${m.to}\n`);
  return carryOut(plan, ws, io, !!options['dry-run']);
}
