// A small, strict argument parser: unknown options are usage errors (exit 2).

export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | boolean>;
}

/**
 * `spec` maps each option name to whether it takes a value. `lenient` skips
 * unknown options (with a value), for a first pass that learns which options exist.
 */
export function parseArgs(argv: string[], spec: Record<string, 'value' | 'flag'>, lenient = false): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | boolean> = {};
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
    const kind = spec[name];
    if (!kind && lenient) {
      if (inline === undefined && argv[i + 1] !== undefined && !argv[i + 1].startsWith('-')) i++;
      continue;
    }
    if (!kind) throw new UsageError(`unknown option ${arg}`);
    if (kind === 'flag') {
      if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
      options[name] = true;
    } else {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`option --${name} needs a value`);
      options[name] = value;
    }
  }
  return { positional, options };
}
