// A small, strict argument parser: unknown options and values of the wrong form
// are usage errors (exit 2). Each subcommand declares its options once, with the
// text its `--help` shows beside them.
import { didYouMean, isoDay } from '../core/text';
import type { CliIO } from './check';

export class UsageError extends Error {}

export interface OptionSpec {
  /** The value's form in help and messages (`YYYY-MM-DD`, `file`); a flag has none. */
  value?: string;
  help: string;
  /** The only values accepted, when they are a fixed list. */
  choices?: readonly string[];
  /** Why a value is refused, naming the accepted form; undefined when it is fine. */
  check?(value: string): string | undefined;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** A subcommand of `process-docs`: what `--help` says about it, next to what it does. */
export interface Subcommand {
  name: string;
  /** Its arguments, as in `check [paths…]`. */
  synopsis: string;
  /** One sentence, for `process-docs --help`. */
  summary: string;
  /** More about it, for its own `--help`. */
  details?: string;
  options: OptionSpecs;
  /** Command lines, each with what it does. */
  examples: readonly (readonly [command: string, what: string])[];
  run(argv: string[], io: CliIO): Promise<number>;
  /** Help that depends on the arguments (`new postmortem --help` lists a postmortem's variables). */
  help?(argv: string[], io: CliIO): Promise<string>;
}

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | boolean>;
}

const HELP_OPTION: OptionSpec = { help: 'show this help' };

/** `-h` or `--help` before any `--`. */
export function wantsHelp(argv: string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '-h' || arg === '--help') return true;
  }
  return false;
}

/**
 * Parses `argv` against `specs`. `lenient` skips unknown options (with a value), for
 * a first pass that learns which options exist.
 */
export function parseArgs(argv: string[], specs: OptionSpecs, lenient = false): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | boolean> = Object.create(null);
  // Every value of the wrong form is named at once, not one per run.
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2);
    // Own names only: `--constructor` is not an option because every object has one.
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec && lenient) {
      if (inline === undefined && argv[i + 1] !== undefined && !argv[i + 1].startsWith('-')) i++;
      continue;
    }
    if (!spec) {
      const guess = didYouMean(name, Object.keys(specs));
      throw new UsageError(`unknown option ${arg}${guess ? ` (did you mean --${guess}?)` : ''}`);
    }
    if (spec.value === undefined) {
      if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
      options[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`option --${name} needs a value: ${formOf(spec)}`);
    const problem = valueProblem(spec, value);
    if (problem) problems.push(`--${name}: ${problem}`);
    options[name] = value;
  }
  if (problems.length) throw new UsageError(problems.join('\n'));
  return { positional, options };
}

function valueProblem(spec: OptionSpec, value: string): string | undefined {
  if (spec.choices && !spec.choices.includes(value)) {
    const guess = didYouMean(value, [...spec.choices]);
    return `\`${value}\` is not one of ${spec.choices.join(', ')}${guess ? ` (did you mean \`${guess}\`?)` : ''}`;
  }
  return spec.check?.(value);
}

function formOf(spec: OptionSpec): string {
  return spec.choices ? spec.choices.join('|') : `<${spec.value}>`;
}

/** Why `value` is not a calendar date written `YYYY-MM-DD`, or undefined. */
function checkDate(value: string): string | undefined {
  return isoDay(value) === null || value.trim() !== value ? `\`${value}\` is not a date; write it as YYYY-MM-DD (e.g. 2025-09-15)` : undefined;
}

export const TODAY_OPTION: OptionSpec = { value: 'YYYY-MM-DD', help: 'act as if today were that day, for reproducible runs', check: checkDate };

/** The help of one subcommand: usage, what it does, options, examples. */
export function helpText(command: Subcommand, extraOptions: OptionSpecs = {}): string {
  const options = { ...command.options, ...extraOptions, help: HELP_OPTION };
  const lines = [`Usage: process-docs ${command.name}${command.synopsis ? ` ${command.synopsis}` : ''} [options]`, '', command.summary];
  if (command.details) lines.push('', command.details);
  lines.push('', 'Options:', ...table(Object.entries(options).map(([name, spec]) => [optionLabel(name, spec), spec.help])));
  if (command.examples.length) lines.push('', 'Examples:', ...command.examples.flatMap(([cmd, what]) => [`  ${cmd}`, `      ${what}`]));
  return `${lines.join('\n')}\n`;
}

/** `process-docs --help`: every subcommand in one line each. */
export function mainHelp(commands: readonly Subcommand[]): string {
  return [
    'Usage: process-docs <command> [options]',
    '',
    'Checks and writes engineering process documents: ADRs, design docs, postmortems,',
    'PR descriptions and integration docs.',
    '',
    'Commands:',
    ...table(commands.map((c) => [`${c.name}${c.synopsis ? ` ${c.synopsis}` : ''}`, c.summary])),
    '',
    'Options:',
    ...table([
      ['-h, --help', 'show this help'],
      ['-v, --version', 'show the version'],
    ]),
    '',
    'Run `process-docs <command> --help` for its options and examples.',
    'Exit codes: 0 done (no errors found), 1 errors found or a change refused, 2 bad usage.',
    '',
  ].join('\n');
}

function optionLabel(name: string, spec: OptionSpec): string {
  const flag = name === 'help' ? '-h, --help' : `--${name}`;
  return spec.value === undefined ? flag : `${flag} ${formOf(spec)}`;
}

/** Two columns, the second aligned; a long first column puts the second on the next line. */
function table(rows: [string, string][]): string[] {
  const width = Math.min(30, Math.max(...rows.map(([a]) => a.length)));
  return rows.flatMap(([a, b]) => (a.length > width ? [`  ${a}`, `  ${' '.repeat(width)}  ${b}`] : [`  ${a.padEnd(width)}  ${b}`]));
}
