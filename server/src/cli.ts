#!/usr/bin/env node
// The `process-docs` command: the editor's rules, for CI and the terminal.
import { checkCommand, type CliIO } from './cli/check';
import { UsageError } from './cli/args';
import { indexCommand } from './cli/decision-index';
import { newCommand } from './cli/new';
import { renumberCommand } from './cli/renumber';
import { linkCommand, supersedeCommand } from './cli/supersede';

declare const PROCESS_DOCS_VERSION: string;
const VERSION = typeof PROCESS_DOCS_VERSION === 'string' ? PROCESS_DOCS_VERSION : '0.0.0-dev';

const HELP = `Usage: process-docs <command> [options]

Commands:
  check [paths…]   Check ADRs, design docs, postmortems, PR descriptions and
                   integration docs (default: the current folder).
      --format stylish|json|sarif   output format (default: stylish)
      --kind <kind>                 report only documents of this kind
      --config <file>               use this .processdocs.json (its folder is the workspace root)
      --today <YYYY-MM-DD>          check as if it were that day (date rules)
  new <kind> "<title>"
                   Create a document (adr, design, postmortem, pr, integration…) from its
                   template, numbered and named like its neighbours.
      --folder <dir>                where it goes (default: configured or found)
      --template <variant>          e.g. nygard or madr for ADRs
      --author <name>               default: git config user.name
      --<variable> <value>          the template's other variables (--incident-date, --severity…)
  supersede <n> "<title>"
                   Create an ADR that supersedes ADR <n> and mark ADR <n> superseded by it.
  link <a> amends|clarifies|extends|supersedes <b>
                   Write a relation between two ADRs on both sides.
  renumber         Make ADR numbers contiguous per folder (gaps, duplicates), renaming files
                   and rewriting titles, links and ADR-N mentions everywhere.
  index            Print the decision index.
      --format markdown|json|mermaid   output format (default: markdown)
      --write                       write it into each ADR folder's README instead

  Commands that change files print what they changed; with --dry-run they print
  the plan and change nothing.

Options:
  -h, --help       show this help
  -v, --version    show the version

Exit codes: 0 no errors, 1 errors found, 2 bad usage.
`;

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '-h' || command === '--help' || command === 'help') {
      io.out(HELP);
      return command ? 0 : 2;
    }
    if (command === '-v' || command === '--version') {
      io.out(`${io.version}\n`);
      return 0;
    }
    if (command === 'check') return await checkCommand(rest, io);
    if (command === 'new') return await newCommand(rest, io);
    if (command === 'supersede') return await supersedeCommand(rest, io);
    if (command === 'link') return await linkCommand(rest, io);
    if (command === 'renumber') return await renumberCommand(rest, io);
    if (command === 'index') return await indexCommand(rest, io);
    throw new UsageError(`unknown command ${command}`);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`process-docs: ${err.message}\nRun \`process-docs --help\` for usage.\n`);
      return 2;
    }
    throw err;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
    version: VERSION,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`process-docs: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
