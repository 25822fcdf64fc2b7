// Front matter is data, never code. gray-matter is given a YAML engine of our own
// (the `yaml` package, core schema, no custom tags, bounded aliases) and every
// executable engine is replaced by one that refuses; a `---js` block never reaches
// gray-matter at all. Passing options also keeps gray-matter's module cache empty.
import matter from 'gray-matter';
import { parseDocument, isCollection, isMap, isScalar, visit, type Node as YamlNode } from 'yaml';
import type { Range } from './types';

export const MAX_FRONT_MATTER = 64 * 1024;
const MAX_ALIASES = 100;

export interface FieldPosition {
  key: Range;
  value: Range;
}

export interface FrontMatterProblem {
  rule: 'frontmatter.invalid-yaml' | 'frontmatter.unsupported-language';
  message: string;
  range: Range;
}

export interface FrontMatter {
  /** The whole block, delimiters included. */
  range: Range;
  /** What follows the opening `---` (`yaml`, `js`), lower case; empty for a bare `---`. */
  language: string;
  data: Record<string, unknown>;
  fields: Map<string, FieldPosition>;
  problem?: FrontMatterProblem;
}

class Refused extends Error {
  constructor(
    message: string,
    readonly at?: [number, number],
  ) {
    super(message);
  }
}

const refuse = (language: string) => () => {
  throw new Refused(`front matter in ${language} is never evaluated`);
};

const OPEN = /^---([^\r\n]*)\r?\n/;
const CLOSE = /^---[ \t]*(?:\r?\n|$)/gm;

export interface FrontMatterBlock {
  /** The opening `---` line, without its line ending. */
  opening: Range;
  /** End of the closing `---` (without its line ending), or -1 when never closed. */
  end: number;
  /** End of the closing line, line ending included: where the body starts. */
  bodyStart: number;
  /** Whatever follows the opening `---`: `js`, `yaml`, or empty. */
  language: string;
}

/** Finds a front matter block opening at `from` (after a BOM). */
export function findFrontMatterBlock(text: string, from = 0): FrontMatterBlock | null {
  const open = OPEN.exec(text.slice(from, from + 256));
  if (!open || open[1].startsWith('-')) return null;
  CLOSE.lastIndex = from + open[0].length;
  const close = CLOSE.exec(text);
  const opening = { start: from, end: from + open[0].replace(/\r?\n$/, '').length };
  const language = open[1].trim().toLowerCase();
  if (!close) return { opening, end: -1, bodyStart: -1, language };
  return { opening, end: close.index + close[0].replace(/\r?\n$/, '').length, bodyStart: close.index + close[0].length, language };
}

/** Reads the front matter block at `from` (after a BOM), or returns null. */
export function readFrontMatter(text: string, from = 0): FrontMatter | null {
  const block = findFrontMatterBlock(text, from);
  // An unclosed `---` line is a thematic break to Markdown, unless it names a language.
  if (!block || (block.end === -1 && !block.language)) return null;
  const { opening, end, language } = block;
  const range = { start: from, end: end === -1 ? opening.end : end };
  const fm: FrontMatter = { range, language, data: {}, fields: new Map() };
  if (language && language !== 'yaml' && language !== 'yml') {
    fm.problem = { rule: 'frontmatter.unsupported-language', message: `Front matter in \`${language}\` is not read (only YAML is, and documents never run code)`, range: opening };
    return fm;
  }
  if (end === -1) {
    fm.problem = { rule: 'frontmatter.invalid-yaml', message: 'The front matter is never closed with a `---` line', range: opening };
    return fm;
  }
  if (end - from > MAX_FRONT_MATTER) {
    fm.problem = { rule: 'frontmatter.invalid-yaml', message: `The front matter is larger than ${MAX_FRONT_MATTER / 1024} KB and is not read`, range: opening };
    return fm;
  }
  // gray-matter hands the engine the text after the opening line's `---yaml`.
  const yamlStart = opening.end;
  let doc: ReturnType<typeof parseDocument> | undefined;
  try {
    const parsed = matter(text.slice(from, end), {
      language: 'yaml',
      engines: {
        yaml: (source: string) => {
          // CR before LF would stay in plain scalars; a space keeps every offset.
          doc = parseYaml(source.replace(/\r(?=\n|$)/g, ' '));
          return doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
        },
        javascript: refuse('JavaScript'),
        js: refuse('JavaScript'),
        coffee: refuse('CoffeeScript'),
        coffeescript: refuse('CoffeeScript'),
        cson: refuse('CSON'),
        json: refuse('JSON'),
        toml: refuse('TOML'),
      },
    });
    if (!isPlainObject(parsed.data)) {
      fm.problem = { rule: 'frontmatter.invalid-yaml', message: 'The front matter must be a YAML mapping of keys to values', range: opening };
      return fm;
    }
    fm.data = parsed.data;
  } catch (err) {
    const at = err instanceof Refused && err.at ? err.at : undefined;
    const problemRange = at ? { start: yamlStart + at[0], end: Math.max(yamlStart + at[1], yamlStart + at[0] + 1) } : opening;
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    fm.problem = { rule: 'frontmatter.invalid-yaml', message: `Invalid YAML front matter: ${message}`, range: clamp(problemRange, range) };
    return fm;
  }
  if (doc && isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = pair.key as YamlNode | null;
      if (!isScalar(key) || !key.range) continue;
      const value = pair.value as YamlNode | null;
      const keyRange = { start: yamlStart + key.range[0], end: yamlStart + key.range[1] };
      const valueRange = value?.range ? { start: yamlStart + value.range[0], end: yamlStart + value.range[1] } : { start: keyRange.end, end: keyRange.end };
      fm.fields.set(String(key.value), { key: keyRange, value: trimRange(text, valueRange) });
    }
  }
  return fm;
}

function parseYaml(source: string) {
  const doc = parseDocument(source, { schema: 'core', prettyErrors: false, uniqueKeys: true, strict: true });
  const problem = doc.errors[0];
  if (problem) throw new Refused(problem.message, problem.pos);
  // Any explicit tag, even one YAML knows (`!!str`), is refused: front matter is plain data.
  // So is a key that is a list or a mapping (`[a]: 1`), which no field name can be.
  let tagged: YamlNode | undefined;
  let collectionKey: YamlNode | undefined;
  visit(doc, {
    Pair(_key, pair) {
      if (isCollection(pair.key)) {
        collectionKey = pair.key;
        return visit.BREAK;
      }
      return undefined;
    },
    Node(_key, node) {
      if (node.tag) {
        tagged = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (tagged) {
    // The node's range starts after its tag; report from the tag itself (the word holding its `!`).
    const end = tagged.range ? tagged.range[0] : 0;
    let start = source.lastIndexOf('!', end);
    if (start === -1) start = end;
    while (start > 0 && !/\s/.test(source[start - 1])) start--;
    throw new Refused(`YAML tags are not allowed (${tagged.tag})`, [start, Math.max(end, start + 1)]);
  }
  if (collectionKey?.range) throw new Refused('A key must be a plain name, not a list or a mapping', [collectionKey.range[0], collectionKey.range[1]]);
  return doc;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function clamp(r: Range, within: Range): Range {
  const start = Math.min(Math.max(r.start, within.start), within.end);
  return { start, end: Math.min(Math.max(r.end, start), within.end) };
}
