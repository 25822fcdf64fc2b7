// `.processdocs.json`: read from text, checked, merged over the defaults. A broken
// config never stops anything: its problems are reported and defaults stand in.
import type { Range, Severity } from './types';

export type RuleLevel = Severity | 'off';

/** A rule's severity, or one for drafts and one for everything else. */
export type RuleSetting = RuleLevel | { severity?: RuleLevel; draft?: RuleLevel };

export interface FieldConfig {
  name: string;
  type?: 'string' | 'date' | 'number' | 'list';
  required?: boolean;
  values?: string[];
  description?: string;
}

/** A section of a custom kind without a template: a name, or a name with `required: false`. */
export type SectionConfig = string | { name: string; required?: boolean };

/** Per-kind settings: for a built-in kind they override its definition; any other name defines a custom kind. */
export interface KindConfig {
  /** Folder (relative to the workspace root) where this kind lives and new docs go. */
  folder?: string;
  /** Globs (relative to the workspace root) of files of this kind. */
  match?: string[];
  statuses?: string[];
  /** Statuses whose documents are drafts: findings about unfinished content are gentler. */
  draftStatuses?: string[];
  /** ADRs: days a decision may stay Proposed before it is flagged. */
  reviewPeriodDays?: number;
  /** Extra names for sections, e.g. `{ "Context": ["Kontext", "Contexte"] }`. */
  aliases?: Record<string, string[]>;
  /** Custom kinds: a display name. */
  label?: string;
  /** Custom kinds: the template, a file name in `.processdocs/templates/` or a path from the root. */
  template?: string;
  /** Custom kinds without a template: the sections, in order. */
  sections?: SectionConfig[];
  /** Custom kinds: front-matter fields. */
  fields?: FieldConfig[];
}

export interface Config {
  rules: Record<string, RuleSetting>;
  kinds: Record<string, KindConfig>;
  /** Globs of files never checked. */
  ignore: string[];
  /** People who own work (action items, reviews), for completions. */
  people: string[];
}

export interface ConfigProblem {
  message: string;
  range: Range;
}

export const CONFIG_FILE = '.processdocs.json';

export function defaultConfig(): Config {
  return { rules: {}, kinds: {}, ignore: [], people: [] };
}

const LEVELS: readonly RuleLevel[] = ['error', 'warning', 'info', 'hint', 'off'];
const FIELD_TYPES = ['string', 'date', 'number', 'list'];

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
        if (isRuleSetting(setting)) config.rules[id] = setting;
        else problems.push({ message: `Rule \`${id}\`: expected one of ${LEVELS.join(', ')}, or { "severity": …, "draft": … }`, range: at(id) });
      }
    } else if (key === 'kinds' && isObject(value)) {
      for (const [kind, body] of Object.entries(value)) {
        const checked = checkKind(body);
        if (typeof checked === 'string') problems.push({ message: `Kind \`${kind}\`: ${checked}`, range: at(kind) });
        else config.kinds[kind] = checked;
      }
    } else if ((key === 'ignore' || key === 'people') && isStringArray(value)) {
      config[key] = value;
    } else {
      problems.push({ message: `Unknown or malformed setting \`${key}\` in ${CONFIG_FILE}`, range: at(key) });
    }
  }
  return { config, problems };
}

function isRuleSetting(v: unknown): v is RuleSetting {
  if (LEVELS.includes(v as RuleLevel)) return true;
  if (!isObject(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => (k === 'severity' || k === 'draft') && LEVELS.includes(v[k] as RuleLevel));
}

function checkKind(body: unknown): KindConfig | string {
  if (!isObject(body)) return 'expected an object';
  const out: KindConfig = {};
  for (const [key, value] of Object.entries(body)) {
    if ((key === 'folder' || key === 'label' || key === 'template') && typeof value === 'string') out[key] = value;
    else if ((key === 'match' || key === 'draftStatuses') && isStringArray(value)) out[key] = value;
    else if (key === 'statuses' && isStringArray(value) && value.length > 0) out.statuses = value;
    else if (key === 'reviewPeriodDays' && typeof value === 'number' && value >= 0) out.reviewPeriodDays = value;
    else if (key === 'aliases' && isObject(value) && Object.values(value).every(isStringArray)) out.aliases = value as Record<string, string[]>;
    else if (key === 'sections' && Array.isArray(value) && value.every(isSection)) out.sections = value;
    else if (key === 'fields' && Array.isArray(value) && value.every(isField)) out.fields = value;
    else return `unknown or malformed key \`${key}\``;
  }
  return out;
}

function isSection(v: unknown): v is SectionConfig {
  return typeof v === 'string' || (isObject(v) && typeof v.name === 'string' && (v.required === undefined || typeof v.required === 'boolean'));
}

function isField(v: unknown): v is FieldConfig {
  return (
    isObject(v) &&
    typeof v.name === 'string' &&
    (v.type === undefined || FIELD_TYPES.includes(v.type as string)) &&
    (v.required === undefined || typeof v.required === 'boolean') &&
    (v.values === undefined || isStringArray(v.values)) &&
    (v.description === undefined || typeof v.description === 'string')
  );
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
