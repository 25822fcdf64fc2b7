// A new document from its kind's template: where it goes, what it is called,
// what the template's variables become, and where the writer starts typing.
// It asks (returns questions or folder suggestions) rather than guess what only
// the writer knows.
import { posix } from 'node:path';
import { CONFIG_FILE } from './config';
import type { FieldSpec } from './kinds/types';
import type { ResolvedKind, ResolvedVariant } from './kinds/resolve';
import { describeDocument } from './model';
import { isInside, type Plan } from './plan';
import type { Project } from './project';
import { statusEdit } from './relations';
import { slugify } from './slug';
import { isoDay, listOf } from './text';
import { fillTemplate, templateVariables, variableRanges } from './template';
import type { Range } from './types';
import type { WorkspaceIndex } from './workspace';

export interface NewDocumentRequest {
  kind: string;
  title: string;
  /** Folder relative to the workspace root, when the writer chose one. */
  folder?: string;
  /** Template variant id (`madr`, `nygard`); default: what the folder's documents use, else the kind's first. */
  variant?: string;
  /** Values for the template's variables: `author`, `incident-date`, `severity`… */
  values: Record<string, string>;
}

export interface Question {
  name: string;
  /** What to ask, in a sentence. */
  prompt: string;
  type: 'date' | 'choice' | 'number' | 'text';
  choices?: { value: string; meaning?: string }[];
}

export type NewDocumentResult =
  | { type: 'questions'; questions: Question[] }
  | { type: 'folder'; suggestions: string[] }
  | { type: 'error'; message: string }
  | { type: 'plan'; plan: Plan; path: string; number: number | null };

/** Kinds whose documents are numbered, in file names and titles. */
const NUMBERED = new Set(['adr']);
/** Kinds whose file names start with a date variable. */
const DATED: Record<string, string> = { postmortem: 'incident-date' };
/** Variables every shell fills or the core computes. */
const BUILTIN_VARIABLES = new Set(['number', 'title', 'date']);

export interface Draft {
  path: string;
  text: string;
  number: number | null;
  kind: ResolvedKind;
  variant: ResolvedVariant;
  /** What the writer should know about it (it lands where its kind is not recognised). */
  notes: string[];
}

/** Plans a new document, or says what it still needs to know. */
export function planNewDocument(request: NewDocumentRequest, project: Project, index: WorkspaceIndex): NewDocumentResult {
  const draft = draftDocument(request, project, index);
  if (draft.type !== 'draft') return draft;
  const { path, text, number, kind, notes } = draft.draft;
  return {
    type: 'plan',
    plan: { label: `New ${kind.def.label}: ${cleanTitle(request.title)}`, changes: [{ type: 'create', path, text }], focus: { path, range: firstPlaceholder(draft.draft) }, notes },
    path,
    number,
  };
}

export function draftDocument(request: NewDocumentRequest, project: Project, index: WorkspaceIndex): NewDocumentResult | { type: 'draft'; draft: Draft } {
  const kind = project.kinds.get(request.kind);
  if (!kind) return { type: 'error', message: `Unknown kind \`${request.kind}\`; known: ${[...project.kinds.keys()].join(', ')}` };
  const title = cleanTitle(request.title);
  if (!title) return { type: 'error', message: 'The title is empty' };
  const folder = request.folder !== undefined ? normalizeFolder(request.folder) : chooseFolder(kind, project, index);
  if (folder === null) return { type: 'folder', suggestions: suggestFolders(kind) };
  const dir = folder === '' ? project.root : posix.join(project.root, folder);
  if (folder !== '' && !isInside(project.root, dir)) return { type: 'error', message: `${request.folder} is outside the workspace` };
  const variant = pickVariant(kind, request.variant, dir, index);
  if (!variant) return { type: 'error', message: `Unknown template \`${request.variant}\` for ${kind.def.label}; known: ${kind.def.variants.map((v) => v.id).join(', ')}` };
  if (!variant.templateText.trim()) return { type: 'error', message: `The ${kind.def.label} template \`${variant.template}\` is missing or empty` };

  const given = lowerKeys(request.values);
  const values: Record<string, string> = { ...defaults(kind, project.today), ...given, title, date: project.today };
  const variables = templateVariables(variant.templateText).filter((v) => !BUILTIN_VARIABLES.has(v));
  // A value given for a variable has its field's form (a date, one of the allowed values): the checker would flag anything else.
  for (const v of variables) {
    const problem = given[v] === undefined ? undefined : answerProblem(questionFor(kind, v), given[v]);
    if (problem) return { type: 'error', message: `${v}: ${problem}` };
  }
  const questions = variables.filter((v) => values[v] === undefined).map((v) => questionFor(kind, v));
  if (questions.length) return { type: 'questions', questions };

  const number = NUMBERED.has(kind.def.id) ? nextNumber(index) : null;
  if (number !== null) values.number = String(number);
  const path = freeName(dir, fileName(kind, number, title, values, dir, index), index);
  const text = startAsDraft(path, fillTemplate(variant.templateText, values), kind, project);
  const notes: string[] = [];
  // A document whose kind is not recognised where it is would never be checked: a folder
  // found from documents recognised by their front matter or a well-known path (a PR
  // template in .github) is not a place for new ones.
  if (describeDocument(path, text, project).kind !== kind.def.id) {
    if (request.folder === undefined) return { type: 'folder', suggestions: suggestFolders(kind) };
    notes.push(unrecognised(posix.relative(project.root, path), kind));
  }
  return { type: 'draft', draft: { path, text, number, kind, variant, notes } };
}

function unrecognised(relPath: string, kind: ResolvedKind): string {
  const folders = kind.def.folders.length ? `a folder named ${listOf(kind.def.folders)}, ` : '';
  return `${relPath} is not recognised as a ${kind.def.label} there, so it will not be checked: keep such documents in ${folders}a folder set as \`kinds.${kind.def.id}.folder\` in ${CONFIG_FILE}, or give them \`kind: ${kind.def.id}\` in front matter`;
}

/** Trimmed, on one line. */
export function cleanTitle(title: string): string {
  return title.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function normalizeFolder(folder: string): string {
  const f = posix.normalize(folder.replace(/\\/g, '/')).replace(/\/+$/, '');
  return f === '.' ? '' : f;
}

/** The config's folder, adr-tools'/log4brains' folder, where the kind's documents already are, or a conventional folder that exists. */
export function chooseFolder(kind: ResolvedKind, project: Project, index: WorkspaceIndex): string | null {
  if (kind.config.folder) return normalizeFolder(kind.config.folder);
  if (kind.def.id === 'adr' && project.adrFolders.length) return normalizeFolder(project.adrFolders[0]);
  const rel = (p: string) => posix.relative(project.root, posix.dirname(p));
  const counts = new Map<string, number>();
  for (const doc of index.all()) if (doc.kind === kind.def.id) counts.set(rel(doc.path), (counts.get(rel(doc.path)) ?? 0) + 1);
  if (counts.size) return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0][0];
  const conventional = index
    .knownFiles()
    .map(rel)
    .filter((d) => d.split('/').some((s) => kind.def.folders.includes(s.toLowerCase())))
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  return conventional[0] ?? null;
}

function suggestFolders(kind: ResolvedKind): string[] {
  const names = kind.def.folders.length ? kind.def.folders : [`${kind.def.id}s`];
  return [`docs/${names[0]}`, ...names.slice(1, 3).map((n) => `docs/${n}`), names[0]];
}

/** The requested variant, else the one most documents of the kind in the folder follow, else the kind's first. */
function pickVariant(kind: ResolvedKind, requested: string | undefined, dir: string, index: WorkspaceIndex): ResolvedVariant | undefined {
  if (requested) return kind.variants.find((v) => v.id === requested);
  const counts = new Map<string, number>();
  for (const doc of index.all()) if (doc.kind === kind.def.id && doc.variant && posix.dirname(doc.path) === dir) counts.set(doc.variant, (counts.get(doc.variant) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return kind.variants.find((v) => v.id === common) ?? kind.variants[0];
}

/** One more than the highest ADR number anywhere in the workspace. */
export function nextNumber(index: WorkspaceIndex): number {
  let max = 0;
  for (const doc of index.adrs()) if (doc.number !== null && doc.number > max) max = doc.number;
  return max + 1;
}

const NUMBERED_FILE = /^(adr[-_]?)?(\d+)([-_])/i;

function fileName(kind: ResolvedKind, number: number | null, title: string, values: Record<string, string>, dir: string, index: WorkspaceIndex): string {
  const slug = slugify(title);
  if (number !== null) {
    // Follow the folder's way of naming: `0012-…`, `adr-012-…`, `ADR_12_…`.
    const styles = new Map<string, number>();
    for (const doc of index.adrs()) {
      const m = posix.dirname(doc.path) === dir ? NUMBERED_FILE.exec(posix.basename(doc.path)) : null;
      if (m) styles.set(JSON.stringify([m[1] ?? '', m[2].length, m[3]]), (styles.get(JSON.stringify([m[1] ?? '', m[2].length, m[3]])) ?? 0) + 1);
    }
    const top = [...styles].sort((a, b) => b[1] - a[1])[0]?.[0];
    const [prefix, width, sep] = top ? (JSON.parse(top) as [string, number, string]) : ['', 4, '-'];
    return `${prefix}${String(number).padStart(width, '0')}${sep}${sep === '_' ? slug.replace(/-/g, '_') : slug}.md`;
  }
  const dated = DATED[kind.def.id];
  const date = dated ? values[dated] : undefined;
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}-${slug}.md` : `${slug}.md`;
}

/** `name.md`, else `name-2.md`, `name-3.md`…: never a file that exists. */
function freeName(dir: string, name: string, index: WorkspaceIndex): string {
  const taken = new Set(index.knownFiles().map((p) => p.toLowerCase()));
  const stem = name.replace(/\.md$/, '');
  let path = posix.join(dir, name);
  for (let n = 2; taken.has(path.toLowerCase()); n++) path = posix.join(dir, `${stem}-${n}.md`);
  return path;
}

function defaults(kind: ResolvedKind, today: string): Record<string, string> {
  const hours = kind.def.options?.reviewWindowHours;
  return hours === undefined ? {} : { 'review-deadline': addDays(today, Math.ceil(hours / 24)) };
}

function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function lowerKeys(values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) out[k.toLowerCase()] = cleanTitle(v);
  return out;
}

/** The variables of a kind's templates that the writer answers (not `title`, `date`, `number`), as questions. */
export function templateQuestions(kind: ResolvedKind): Question[] {
  const names = new Set(kind.variants.flatMap((v) => templateVariables(v.templateText)).filter((v) => !BUILTIN_VARIABLES.has(v)));
  return [...names].map((name) => questionFor(kind, name));
}

function questionFor(kind: ResolvedKind, name: string): Question {
  const field: FieldSpec | undefined = kind.def.fields.find((f) => f.name === name);
  const prompt = field?.description ?? (name === 'author' ? 'Who writes it (name or team).' : `Value for {{${name}}}.`);
  if (field?.values?.length) {
    return { name, prompt, type: 'choice', choices: field.values.map((value, i) => ({ value, meaning: field.meanings?.[i] })) };
  }
  return { name, prompt, type: field?.type === 'date' ? 'date' : field?.type === 'number' ? 'number' : 'text' };
}

/** Why `value` does not answer `q` (naming what would), or undefined when it does. */
export function answerProblem(q: Question, value: string): string | undefined {
  const v = value.trim();
  if (q.choices && !q.choices.some((c) => c.value.toLowerCase() === v.toLowerCase())) {
    return `\`${value}\` is not one of ${listOf(q.choices.map((c) => (c.meaning ? `${c.value} (${c.meaning})` : c.value)))}`;
  }
  if (q.type === 'date' && isoDay(v) === null) return `\`${value}\` is not a date; write it as YYYY-MM-DD (e.g. 2025-09-15)`;
  if (q.type === 'number' && !/^-?\d+(?:\.\d+)?$/.test(v)) return `\`${value}\` is not a number`;
  return undefined;
}

/** A new document starts at its kind's first stage (a new ADR is Proposed), whatever the team's template says. */
function startAsDraft(path: string, text: string, kind: ResolvedKind, project: Project): string {
  const draftStatus = kind.draftStatuses[0];
  if (!draftStatus) return text;
  const doc = describeDocument(path, text, project);
  if (!doc.status || doc.status.value?.toLowerCase() === draftStatus.toLowerCase()) return text;
  const edit = statusEdit(doc, draftStatus);
  return edit ? text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end) : text;
}

/** The first thing to replace: a variable left unfilled, or the template's text of the first section that has some. */
export function firstPlaceholder(draft: Pick<Draft, 'text' | 'variant'>): Range {
  const { text } = draft;
  const candidates = variableRanges(text);
  // The status section's text is the status itself, not a placeholder.
  const withText = draft.variant.sections.filter((s) => s.placeholder && s.key !== 'status');
  for (const section of withText) {
    const at = text.indexOf(section.placeholder);
    if (at !== -1) {
      candidates.push({ start: at, end: at + section.placeholder.length });
      break;
    }
  }
  candidates.sort((a, b) => a.start - b.start);
  return candidates[0] ?? { start: text.length, end: text.length };
}
