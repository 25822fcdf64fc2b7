#!/usr/bin/env node
// The `process-docs` command: the editor's rules, for CI and the terminal.
import { helpText, mainHelp, UsageError, wantsHelp, type Subcommand } from './cli/args';
import { check, type CliIO } from './cli/check';
import { index } from './cli/decision-index';
import { newDocument } from './cli/new';
import { renumber } from './cli/renumber';
import { link, supersede } from './cli/supersede';

declare const PROCESS_DOCS_VERSION: string;
const VERSION = typeof PROCESS_DOCS_VERSION === 'string' ? PROCESS_DOCS_VERSION : '0.0.0-dev';

/** Every subcommand, in the order `process-docs --help` lists them. */
export const COMMANDS: readonly Subcommand[] = [check, newDocument, supersede, link, renumber, index];

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name || name === '-h' || name === '--help' || name === 'help') {
      // `help <command>` is `<command> --help`.
      const about = name === 'help' && rest[0] ? findCommand(rest[0]) : undefined;
      io.out(about ? helpText(about) : mainHelp(COMMANDS));
      return name ? 0 : 2;
    }
    if (name === '-v' || name === '--version') {
      io.out(`${io.version}\n`);
      return 0;
    }
    const command = findCommand(name);
    if (wantsHelp(rest)) {
      io.out(command.help ? await command.help(rest, io) : helpText(command));
      return 0;
    }
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      const about = COMMANDS.find((c) => c.name === name);
      io.err(`${err.message.replace(/^/gm, 'process-docs: ')}\nRun \`process-docs ${about ? `${about.name} ` : ''}--help\` for usage.\n`);
      return 2;
    }
    throw err;
  }
}

function findCommand(name: string): Subcommand {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command ${name}; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
  return command;
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
