// One parse per document version: text → DocModel. Everything a rule reads about
// a document is here, each with its exact source range.
import type { Root } from 'mdast';
import { posix } from 'node:path';
import { detectKind, type KindSource } from './detect';
import { readFrontMatter, type FrontMatter } from './frontmatter';
import { headerFields, type HeaderField } from './extract/header';
import { findMentions, linksAndMentions, type Link, type Mention } from './extract/references';
import { findRelations, firstLine, readStatus, type RelationType, type StatusInfo } from './extract/status';
import type { ResolvedKind, ResolvedVariant } from './kinds/resolve';
import { findExcess, type Excess } from './markdown/complexity';
import { parseMarkdown, type ParseCache } from './markdown/parse';
import { boldHeadingsOf, headingsOf, lineEnd, sectionsOf, type Heading, type Section } from './markdown/sections';
import { scanSkeleton, type Skeleton } from './markdown/scan';
import type { Project } from './project';
import type { Range } from './types';
import { withoutClosingHashes } from './text';

export interface Located<T> {
  value: T;
  range: Range;
}

/** A reference to another document: a link to its file, or an `ADR-12` mention. */
export interface Reference {
  range: Range;
  via: 'link' | 'mention';
  /** Absolute POSIX path for links. */
  path?: string;
  /** ADR number for mentions. */
  number?: number;
  text: string;
}

export interface Relation {
  type: RelationType;
  phrase: Range;
  targets: Reference[];
}

/** What the core knows of a document; the index keeps a summary of it. */
export interface Description {
  /** Absolute POSIX path. */
  path: string;
  /** Path relative to the project root. */
  relPath: string;
  /** The file is itself a template (`pull_request_template.md`, `.github/PULL_REQUEST_TEMPLATE/…`): placeholders are its point. */
  isTemplate: boolean;
  text: string;
  /** 1 when the text starts with a UTF-8 BOM. */
  bom: number;
  frontMatter: FrontMatter | null;
  headings: Heading[];
  sections: Section[];
  /** `Name: value` lines between the title and the first section. */
  header: HeaderField[];
  links: Link[];
  mentions: Mention[];
  kind: string | null;
  kindSource: KindSource | null;
  /** The kind's resolved definition and the variant (style) this document follows. */
  kindDef: ResolvedKind | null;
  variant: ResolvedVariant | null;
  title: Located<string> | null;
  /** The number in the title (`# 12. …`), the front matter, or the file name. */
  number: Located<number> | null;
  titleNumber: Located<number> | null;
  fileNumber: number | null;
  status: StatusInfo | null;
  /** The status section, when the status is written in one. */
  statusSection: Section | null;
  date: Located<string> | null;
  relations: Relation[];
  references: Reference[];
}

/** A document parsed in full: its description and its Markdown tree. */
export interface DocModel extends Description {
  tree: Root;
  /** Set when the document is too complex to parse in linear time: the tree is empty, the rest comes from the line scan. */
  tooComplex?: Excess;
}

const TITLE_NUMBER = /^(#{1,6}[ \t]+)(?:\[?(ADR)[-_ ]?#?)?(\d{1,6})\]?(?:[ \t]*[.:)\]]|[ \t]+[-–—]|(?<=ADR[-_ ]?#?\d+)[ \t])[ \t]*/i;
const FILE_NUMBER = /^(?:adr[-_ ]?)?(\d{1,6})(?=[-_ .])/i;

export interface BuildOptions {
  cache?: ParseCache;
}

/** Parses a document in full, for its own rules (one parse per version, reusing `cache`). */
export function buildModel(path: string, text: string, project: Project, options: BuildOptions = {}): DocModel {
  text = lfForLoneCr(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const frontMatter = readFrontMatter(text, bom);
  // remark knows only a bare `---` opening: a `---yaml` or `---js` block is blanked
  // (offsets kept) so Markdown never reads it as text.
  const source = frontMatter?.language ? blank(text, frontMatter.range) : text;
  const bodyStart = frontMatter ? lineEnd(text, frontMatter.range.end) : bom;
  const tooComplex = findExcess(text, bodyStart);
  if (tooComplex) {
    options.cache?.chunks.clear();
    const tree: Root = { type: 'root', children: [] };
    return { ...describe(path, text, project, bom, frontMatter, scanSkeleton(text, bodyStart, path)), tree, tooComplex };
  }
  const tree = parseMarkdown(source, options.cache);
  const headings = headingsOf(tree);
  const bold = boldHeadingsOf(tree, headings);
  const all = bold.length ? [...headings, ...bold].sort((a, b) => a.range.start - b.range.start) : headings;
  const skeleton = { headings: all, ...linksAndMentions(tree, text, path) };
  return { ...describe(path, text, project, bom, frontMatter, skeleton), tree };
}

/** Reads what the workspace index needs with a line scan, no parse: for documents nobody has open. */
export function describeDocument(path: string, text: string, project: Project): Description {
  text = lfForLoneCr(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const frontMatter = readFrontMatter(text, bom);
  const bodyStart = frontMatter ? lineEnd(text, frontMatter.range.end) : bom;
  return describe(path, text, project, bom, frontMatter, scanSkeleton(text, bodyStart, path));
}

function describe(path: string, text: string, project: Project, bom: number, frontMatter: FrontMatter | null, skeleton: Skeleton): Description {
  const { headings, links, mentions } = skeleton;
  const sections = sectionsOf(text, headings);
  const relPath = posix.relative(project.root, path) || posix.basename(path);
  const fmData = frontMatter?.data ?? {};
  const firstSection = sections.find((s) => !s.bold);
  const titleHeading = headings.find((h) => h.depth === 1 && !h.bold && (!firstSection || h.range.start < firstSection.heading.start)) ?? null;
  const headerStart = titleHeading ? titleHeading.range.end : frontMatter ? frontMatter.range.end : bom;
  const headerEnd = firstSection?.heading.start ?? text.length;
  const header = headerFields(text, { start: headerStart, end: Math.max(headerStart, headerEnd) });
  // Bold stand-in headings count as sections for rules, not for telling a kind or a style.
  const headingSections = sections.filter((s) => !s.bold);
  const detection = detectKind(relPath, fmData, { sectionKeys: headingSections.map((s) => s.key), title: titleHeading?.text ?? null }, project);
  const kindDef = detection.kind ? project.kinds.get(detection.kind) ?? null : null;

  const model: Description = {
    path,
    relPath,
    isTemplate: /template/i.test(relPath),
    text,
    bom,
    frontMatter,
    headings,
    sections,
    header,
    links,
    mentions,
    kind: detection.kind,
    kindSource: detection.source,
    kindDef,
    variant: kindDef ? pickVariant(kindDef, headingSections, [...Object.keys(fmData), ...header.map((f) => f.name)]) : null,
    title: null,
    number: null,
    titleNumber: null,
    fileNumber: fileNumber(posix.basename(path)),
    status: null,
    statusSection: null,
    date: null,
    relations: [],
    references: [],
  };
  readIdentity(model, titleHeading);
  if (kindDef) readStatusAndRelations(model, kindDef);
  model.references = referencesOf(model);
  return model;
}

/**
 * A lone CR ends a line to Markdown (old Mac files, mangled merges). As an LF —
 * same length, so every offset holds — the line readers that split at LF see it too.
 */
function lfForLoneCr(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

function blank(text: string, range: Range): string {
  return text.slice(0, range.start) + text.slice(range.start, range.end).replace(/[^\r\n]/g, ' ') + text.slice(range.end);
}

/** The first variant whose marker sections or fields (front matter or header lines) the document has. */
function pickVariant(kind: ResolvedKind, sections: Section[], fields: string[]): ResolvedVariant {
  for (const v of kind.variants) {
    const m = v.markers;
    if (!m) continue;
    if (m.sections?.some((k) => sections.some((s) => s.key === k)) || m.fields?.some((f) => fields.includes(f))) return v;
  }
  return kind.variants[kind.variants.length - 1];
}

function fileNumber(base: string): number | null {
  const m = FILE_NUMBER.exec(base);
  if (!m) return null;
  // log4brains names files by date (20240105-slug.md): a date is not a number.
  if (/^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(m[1])) return null;
  return Number(m[1]);
}

function readIdentity(model: Description, titleHeading: Heading | null): void {
  const { text } = model;
  const fm = model.frontMatter;
  if (titleHeading) {
    const line = text.slice(titleHeading.range.start, titleHeading.range.end);
    const m = TITLE_NUMBER.exec(line);
    if (m) {
      const digits = line.indexOf(m[3], m[1].length + (m[2]?.length ?? 0));
      const start = titleHeading.range.start + digits;
      model.titleNumber = { value: Number(m[3]), range: { start, end: start + m[3].length } };
      const titleStart = titleHeading.range.start + m[0].length;
      const rest = withoutClosingHashes(line.slice(m[0].length));
      model.title = { value: rest.trim() || titleHeading.text, range: { start: titleStart, end: titleStart + rest.length } };
    } else {
      const prefix = /^#{1,6}[ \t]+/.exec(line)?.[0].length ?? 0;
      model.title = { value: titleHeading.text, range: { start: titleHeading.range.start + prefix, end: titleHeading.range.end } };
    }
  }
  const fmTitle = fm?.data.title;
  if (!model.title && typeof fmTitle === 'string' && fm) model.title = { value: fmTitle, range: fm.fields.get('title')!.value };
  const fmNumber = fm?.data.number;
  if (model.titleNumber) model.number = model.titleNumber;
  else if (fm && (typeof fmNumber === 'number' || (typeof fmNumber === 'string' && /^\d+$/.test(fmNumber)))) model.number = { value: Number(fmNumber), range: fm.fields.get('number')!.value };
  else if (model.fileNumber !== null) model.number = { value: model.fileNumber, range: { start: model.bom, end: model.bom } };
  const fmDate = fm?.fields.get('date');
  const headerDate = model.header.find((f) => f.name === 'date');
  if (fmDate && fm?.data.date !== undefined && fm.data.date !== null) model.date = { value: String(fm.data.date), range: fmDate.value };
  else if (headerDate) {
    // "2019-05-13, updated 2023-02-05" is dated by its first date.
    const lead = /^\d{4}-\d{2}-\d{2}(?=\D|$)/.exec(headerDate.value)?.[0];
    const range = lead ? { start: headerDate.range.start, end: headerDate.range.start + lead.length } : headerDate.range;
    model.date = { value: lead ?? headerDate.value, range };
  }
}

function readStatusAndRelations(model: Description, kind: ResolvedKind): void {
  const { text } = model;
  const fmStatus = model.frontMatter?.fields.get('status');
  const fmValue = fmStatus && typeof model.frontMatter?.data.status === 'string' ? unquote(text, fmStatus.value) : null;
  const field = model.header.find((f) => f.name === 'status')?.range ?? null;
  // Bold stand-in headings never hold the status: the index's line scan does not see them.
  const section = model.sections.find((s) => s.key === 'status' && !s.bold) ?? null;
  const sectionLine = section ? firstLine(text, section.ownBody) : null;
  model.statusSection = section;
  if (fmValue) model.status = readStatus(text, fmValue, kind.statuses, 'front-matter');
  else if (field) model.status = readStatus(text, field, kind.statuses, 'field');
  else if (sectionLine) model.status = readStatus(text, sectionLine, kind.statuses, 'section');
  // adr-tools writes relations below the status, so the whole section is read.
  for (const area of [fmValue, field, section?.ownBody]) if (area) model.relations.push(...relationsIn(model, area));
}

function unquote(text: string, r: Range): Range {
  const s = text.slice(r.start, r.end);
  return /^(['"]).*\1$/s.test(s) ? { start: r.start + 1, end: r.end - 1 } : r;
}

function relationsIn(model: Description, area: Range): Relation[] {
  return findRelations(model.text, area).map(({ type, phrase, scope }) => {
    const targets: Reference[] = [];
    for (const link of model.links) {
      if (link.definition || link.range.start < scope.start || link.range.end > scope.end) continue;
      if (link.path) targets.push({ range: link.range, via: 'link', path: link.path, text: link.text });
    }
    if (targets.length === 0) {
      for (const m of findMentions(model.text, scope)) targets.push({ range: m.range, via: 'mention', number: m.number, text: m.text });
    }
    return { type, phrase, targets };
  });
}

/** Every link to a Markdown file and every ADR mention, front matter included. */
function referencesOf(model: Description): Reference[] {
  const refs: Reference[] = [];
  for (const link of model.links) if (link.path) refs.push({ range: link.range, via: 'link', path: link.path, text: link.text });
  for (const m of model.mentions) refs.push({ range: m.range, via: 'mention', number: m.number, text: m.text });
  const fm = model.frontMatter;
  if (fm) {
    for (const [, pos] of fm.fields) {
      for (const m of findMentions(model.text, pos.value)) refs.push({ range: m.range, via: 'mention', number: m.number, text: m.text });
    }
  }
  return refs;
}
