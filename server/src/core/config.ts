// `.processdocs.json`: read from text, checked, merged over the defaults. A broken
// config never stops anything: its problems are reported and defaults stand in.
import { BUILTIN_KINDS } from './kinds';
import { RULES } from './rules';
import { didYouMean } from './text';
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
const SETTINGS = ['rules', 'kinds', 'people', 'ignore'];
const KIND_KEYS = ['folder', 'match', 'statuses', 'draftStatuses', 'reviewPeriodDays', 'aliases', 'label', 'template', 'sections', 'fields'];
/** Keys that describe a custom kind; a built-in kind takes its own from its definition and template. */
export const CUSTOM_KIND_KEYS = ['label', 'template', 'sections', 'fields'];
const RULE_IDS = RULES.map((r) => r.id);
const MAX_PROBLEMS = 50;
const BUILTIN_KIND_IDS = BUILTIN_KINDS.map((k) => k.id);
/**
 * Names a kind cannot have: `none` opts a file out of every kind, and the names every
 * object inherits (`__proto__`, `constructor`…) would reach into the object holding the kinds.
 */
export const RESERVED_KIND_NAMES: ReadonlySet<string> = new Set(['none', ...Object.getOwnPropertyNames(Object.prototype)]);

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
  // Each key is looked for after the key holding it, so a rule id is found in `rules`. A few
  // dozen problems say what is wrong; thousands would only cost time to place.
  let unreported = 0;
  const report = (message: string, key: string, after = 0) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ message, range: keyRange(text, key, after) ?? whole });
    else unreported++;
  };
  for (const [key, value] of Object.entries(raw)) {
    if (key === '$schema') continue;
    const at = keyRange(text, key)?.end ?? 0;
    if (key === 'rules' && isObject(value)) {
      for (const [id, setting] of Object.entries(value)) {
        if (!RULE_IDS.includes(id)) report(`Unknown rule \`${id}\`${hint(id, RULE_IDS)}; it is ignored`, id, at);
        else if (isRuleSetting(setting)) config.rules[id] = setting;
        else report(`Rule \`${id}\`: expected one of ${LEVELS.join(', ')}, or { "severity": …, "draft": … }`, id, at);
      }
    } else if (key === 'kinds' && isObject(value)) {
      for (const [kind, body] of Object.entries(value)) {
        const checked = checkKind(kind, body);
        const kindAt = checked.problems.length ? (keyRange(text, kind, at)?.end ?? at) : at;
        for (const p of checked.problems) report(`Kind \`${kind}\`: ${p.message}`, p.key ?? kind, p.key ? kindAt : at);
        if (checked.kind) config.kinds[kind] = checked.kind;
      }
    } else if ((key === 'ignore' || key === 'people') && isStringArray(value)) {
      config[key] = value;
    } else if (SETTINGS.includes(key)) {
      report(`\`${key}\` must be ${key === 'rules' || key === 'kinds' ? 'an object' : 'a list of strings'}; it is ignored`, key);
    } else {
      report(`Unknown setting \`${key}\`${hint(key, SETTINGS)} in ${CONFIG_FILE}; known: ${SETTINGS.join(', ')}`, key);
    }
  }
  if (unreported) problems.push({ message: `…and ${unreported} more problems in ${CONFIG_FILE}`, range: whole });
  return { config, problems };
}

/** ` (did you mean `x`?)`, or nothing. */
function hint(word: string, candidates: string[]): string {
  const guess = didYouMean(word, candidates);
  return guess ? ` (did you mean \`${guess}\`?)` : '';
}

function isRuleSetting(v: unknown): v is RuleSetting {
  if (LEVELS.includes(v as RuleLevel)) return true;
  if (!isObject(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => (k === 'severity' || k === 'draft') && LEVELS.includes(v[k] as RuleLevel));
}

interface KindProblem {
  message: string;
  /** The key of the kind's settings it is about; none when it is about the kind. */
  key?: string;
}

/** A kind's settings, or what is wrong with them (then the kind's settings are ignored). */
function checkKind(name: string, body: unknown): { kind?: KindConfig; problems: KindProblem[] } {
  if (RESERVED_KIND_NAMES.has(name)) return { problems: [{ message: `\`${name}\` cannot name a kind; it is ignored` }] };
  if (!isObject(body)) return { problems: [{ message: 'expected an object' }] };
  const builtin = BUILTIN_KIND_IDS.includes(name);
  const out: KindConfig = {};
  const problems: KindProblem[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (!KIND_KEYS.includes(key)) problems.push({ key, message: `unknown key \`${key}\`${hint(key, KIND_KEYS)}` });
    else if (builtin && CUSTOM_KIND_KEYS.includes(key)) problems.push({ key, message: `\`${key}\` is for custom kinds; a built-in kind's sections come from its template (put your own in .processdocs/templates/)` });
    else if ((key === 'folder' || key === 'label' || key === 'template') && typeof value === 'string') out[key] = value;
    else if ((key === 'match' || key === 'draftStatuses') && isStringArray(value)) out[key] = value;
    else if (key === 'statuses' && isStringArray(value) && value.length > 0) out.statuses = value;
    else if (key === 'reviewPeriodDays' && typeof value === 'number' && value >= 0) out.reviewPeriodDays = value;
    else if (key === 'aliases' && isObject(value) && Object.values(value).every(isStringArray)) out.aliases = value as Record<string, string[]>;
    else if (key === 'sections' && Array.isArray(value) && value.every(isSection)) out.sections = value;
    else if (key === 'fields' && Array.isArray(value) && value.every(isField)) out.fields = value;
    else problems.push({ key, message: `malformed \`${key}\`` });
  }
  // A name that is not built in defines a kind, which must say what its documents hold: else it is most likely a typo.
  if (!builtin && !problems.length && !out.sections && !out.template && !out.fields) {
    problems.push({ message: `unknown kind${hint(name, BUILTIN_KIND_IDS)}; a new kind needs \`sections\`, \`template\` or \`fields\`` });
  }
  return problems.length ? { problems } : { kind: out, problems };
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

/** Where `"key"` is written as a key (followed by `:`), first after `after`. */
function keyRange(text: string, key: string, after = 0): Range | undefined {
  const quoted = JSON.stringify(key);
  for (let i = text.indexOf(quoted, after); i !== -1; i = text.indexOf(quoted, i + 1)) {
    const end = i + quoted.length;
    if (/^\s*:/.test(text.slice(end, end + 40))) return { start: i, end };
  }
  return after > 0 ? keyRange(text, key) : undefined;
}
