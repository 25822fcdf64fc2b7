// `process-docs index [--format markdown|json|mermaid] [--write]`: the decision
// index on standard output, or written into each ADR folder's README.
import { adrFolders, decisionIndex, indexJson, indexMarkdown, indexMermaid, planIndexRegions, readmeOf } from '../core/decisionIndex';
import { parseArgs, UsageError } from './args';
import type { CliIO } from './check';
import { carryOut, openWorkspace, WORKSPACE_OPTIONS } from './workspace';

const FORMATS = ['markdown', 'json', 'mermaid'];

export async function indexCommand(argv: string[], io: CliIO): Promise<number> {
  const { options } = parseArgs(argv, { ...WORKSPACE_OPTIONS, format: 'value', write: 'flag' });
  const format = typeof options.format === 'string' ? options.format : 'markdown';
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const ws = await openWorkspace(io, options);
  const entries = decisionIndex(ws.index);
  if (options.write) {
    const readmes = new Map(adrFolders(entries).map((dir) => [dir, readmeOf(dir, ws.texts)]));
    return carryOut(planIndexRegions(entries, readmes), ws, io, !!options['dry-run']);
  }
  io.out(format === 'json' ? indexJson(entries) : format === 'mermaid' ? indexMermaid(entries) : indexMarkdown(entries, ws.root));
  return 0;
}
