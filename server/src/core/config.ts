// `.processdocs.json`: read from text, checked, merged over the defaults. A broken
// config never stops anything: its problems are reported and defaults stand in.
import type { Range, Severity } from './types';

export type RuleSetting = Severity | 'off';

/** Per-kind settings; every key is optional and overrides the kind's definition. */
export interface KindConfig {
  /** Folder (relative to the workspace root) where this kind lives and new docs go. */
  folder?: string;
  /** Globs (relative to the workspace root) of files of this kind. */
  match?: string[];
  statuses?: string[];
  /** ADRs: days a decision may stay Proposed before it is flagged. */
  reviewPeriodDays?: number;
}

export interface Config {
  rules: Record<string, RuleSetting>;
  kinds: Record<string, KindConfig>;
  /** Globs of files never checked. */
  ignore: string[];
}

export interface ConfigProblem {
  message: string;
  range: Range;
}

export const CONFIG_FILE = '.processdocs.json';

export function defaultConfig(): Config {
  return { rules: {}, kinds: {}, ignore: [] };
}

const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];

/** Parses and checks a config text; unknown or malformed parts are reported and ignored. */
export function parseConfig(text: string): { config: Config; problems: ConfigProblem[] } {
  const config = defaultConfig();
  const problems: ConfigProblem[] = [];
  const whole = { start: 0, end: text.length };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const at = /position (\d+)/.exec(String(err));
    const pos = at ? Math.min(Number(at[1]), text.length) : 0;
    problems.push({ message: `${CONFIG_FILE} is not valid JSON: ${(err as Error).message}; using the defaults`, range: at ? { start: pos, end: Math.min(pos + 1, text.length) } : whole });
    return { config, problems };
  }
  if (!isObject(raw)) {
    problems.push({ message: `${CONFIG_FILE} must hold a JSON object; using the defaults`, range: whole });
    return { config, problems };
  }
  const at = (key: string) => keyRange(text, key) ?? whole;
  for (const [key, value] of Object.entries(raw)) {
    if (key === '$schema') continue;
    if (key === 'rules' && isObject(value)) {
      for (const [id, setting] of Object.entries(value)) {
        if (SETTINGS.includes(setting as RuleSetting)) config.rules[id] = setting as RuleSetting;
        else problems.push({ message: `Rule \`${id}\`: expected one of ${SETTINGS.join(', ')}`, range: at(id) });
      }
    } else if (key === 'kinds' && isObject(value)) {
      for (const [kind, body] of Object.entries(value)) {
        const checked = checkKind(body);
        if (typeof checked === 'string') problems.push({ message: `Kind \`${kind}\`: ${checked}`, range: at(kind) });
        else config.kinds[kind] = checked;
      }
    } else if (key === 'ignore' && isStringArray(value)) {
      config.ignore = value;
    } else {
      problems.push({ message: `Unknown or malformed setting \`${key}\` in ${CONFIG_FILE}`, range: at(key) });
    }
  }
  return { config, problems };
}

function checkKind(body: unknown): KindConfig | string {
  if (!isObject(body)) return 'expected an object';
  const out: KindConfig = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === 'folder' && typeof value === 'string') out.folder = value;
    else if (key === 'match' && isStringArray(value)) out.match = value;
    else if (key === 'statuses' && isStringArray(value) && value.length > 0) out.statuses = value;
    else if (key === 'reviewPeriodDays' && typeof value === 'number' && value >= 0) out.reviewPeriodDays = value;
    else return `unknown or malformed key \`${key}\``;
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

function keyRange(text: string, key: string): Range | undefined {
  const i = text.indexOf(JSON.stringify(key));
  return i === -1 ? undefined : { start: i, end: i + key.length + 2 };
}
