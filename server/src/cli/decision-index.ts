// `process-docs index [--format markdown|json|mermaid] [--write]`: the decision
// index on standard output, or written into each ADR folder's README.
import { adrFolders, decisionIndex, indexJson, indexMarkdown, indexMermaid, planIndexRegions, readmeOf } from '../core/decisionIndex';
import { parseArgs, UsageError, type Subcommand } from './args';
import type { CliIO } from './check';
import { carryOut, openWorkspace, WORKSPACE_OPTIONS } from './workspace';

export const index: Subcommand = {
  name: 'index',
  synopsis: '',
  summary: 'Print the decision index, or write it into the ADR folders\' READMEs.',
  options: {
    ...WORKSPACE_OPTIONS,
    format: { value: 'format', choices: ['markdown', 'json', 'mermaid'], help: 'output format (default: markdown)' },
    write: { help: "write the index between markers in each ADR folder's README.md instead" },
  },
  examples: [
    ['process-docs index', 'a Markdown table of every ADR'],
    ['process-docs index --format mermaid', 'a flowchart with an arrow per "supersedes"'],
    ['process-docs index --write', "refresh the index in each ADR folder's README.md"],
  ],
  run: indexCommand,
};

async function indexCommand(argv: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(argv, index.options);
  if (positional.length) throw new UsageError(`index takes no arguments, not ${positional.join(' ')}`);
  const format = typeof options.format === 'string' ? options.format : 'markdown';
  const ws = await openWorkspace(io, options);
  const entries = decisionIndex(ws.index);
  if (options.write) {
    const readmes = new Map(adrFolders(entries).map((dir) => [dir, readmeOf(dir, ws.texts)]));
    return carryOut(planIndexRegions(entries, readmes), ws, io, !!options['dry-run']);
  }
  io.out(format === 'json' ? indexJson(entries) : format === 'mermaid' ? indexMermaid(entries) : indexMarkdown(entries, ws.root));
  return 0;
}
