// Reads a status as real documents write it: `Accepted`, `✅ Accepted`,
// `> accepted`, `**Superseded** by [ADR-0020](…)`, `accepted; supersedes ADR-0045`.
import type { Range } from '../types';
import { stripComments } from '../text';

export interface StatusInfo {
  /** The status word(s) as written. */
  word: string;
  /** The configured value it matches (case-insensitively), or null when unknown. */
  value: string | null;
  /** Range of `word`. */
  range: Range;
  /** The whole line (or field value) the status was read from. */
  line: Range;
  source: 'front-matter' | 'field' | 'section';
  /** The line still holds template text such as `{proposed | accepted}`. */
  placeholder: boolean;
}

// Emoji, quote marks, emphasis and brackets before the word.
const DECORATION = /^[^\p{L}\p{N}{]*/u;
// An unknown status: up to three words, stopping at punctuation, links and dates.
const WORD = /^\p{L}[\p{L}'-]*(?:[ \t]+\p{L}[\p{L}'-]*){0,2}(?=[ \t]*(?:$|[^\p{L}\s]))/u;
const FIRST_WORD = /^\p{L}[\p{L}'-]*/u;

/**
 * Reads the status at the start of `text[line.start, line.end)`; null when the
 * line holds no word at all.
 */
export function readStatus(text: string, line: Range, statuses: string[], source: StatusInfo['source']): StatusInfo | null {
  const raw = text.slice(line.start, line.end);
  const deco = DECORATION.exec(raw);
  const offset = deco ? deco[0].length : 0;
  const rest = raw.slice(offset);
  const placeholder = /^[{[][^}\]]*\|/.test(raw.trim()) || /^[{[]/.test(rest);
  const lower = rest.toLowerCase();
  let best: string | null = null;
  for (const s of statuses) {
    const l = s.toLowerCase();
    if (lower.startsWith(l) && !/[\p{L}]/u.test(rest.charAt(l.length)) && (!best || l.length > best.length)) best = s;
  }
  const word = best ? rest.slice(0, best.length) : (WORD.exec(rest) ?? FIRST_WORD.exec(rest))?.[0];
  if (!word) return placeholder ? { word: rest.trim(), value: null, range: line, line, source, placeholder } : null;
  const start = line.start + offset;
  return { word, value: best, range: { start, end: start + word.length }, line, source, placeholder };
}

/** The first non-blank line in a range, trimmed of its line ending. */
export function firstLine(text: string, range: Range): Range | null {
  let pos = range.start;
  while (pos < range.end) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1 || eol > range.end) eol = range.end;
    const line = text.slice(pos, eol).replace(/\r$/, '');
    const stripped = stripComments(line);
    if (stripped.trim() !== '') {
      const lead = line.length - line.trimStart().length;
      return { start: pos + lead, end: pos + line.trimEnd().length };
    }
    pos = eol + 1;
  }
  return null;
}

export type RelationType = 'supersedes' | 'superseded-by' | 'amends' | 'amended-by' | 'clarifies' | 'clarified-by' | 'extends' | 'extended-by';

/** The reverse of each relation, for reciprocity. */
export const INVERSE: Record<RelationType, RelationType> = {
  supersedes: 'superseded-by',
  'superseded-by': 'supersedes',
  amends: 'amended-by',
  'amended-by': 'amends',
  clarifies: 'clarified-by',
  'clarified-by': 'clarifies',
  extends: 'extended-by',
  'extended-by': 'extends',
};

/** How each relation is written in a status: `Superseded by [ADR-0012](…)`. */
export const RELATION_PHRASE: Record<RelationType, string> = {
  supersedes: 'Supersedes',
  'superseded-by': 'Superseded by',
  amends: 'Amends',
  'amended-by': 'Amended by',
  clarifies: 'Clarifies',
  'clarified-by': 'Clarified by',
  extends: 'Extends',
  'extended-by': 'Extended by',
};

const RELATION = /\b(supersedes|replaces|super[cs]e+ded(?:\s+by)?|replaced\s+by|amends|amended\s+by|clarifies|clarified\s+by|extends|extended\s+by)\b/gi;

/** Relation phrases in a range, each with the range of text up to the next phrase or line end. */
export function findRelations(text: string, range: Range): { type: RelationType; phrase: Range; scope: Range }[] {
  const slice = text.slice(range.start, range.end);
  const found: { type: RelationType; phrase: Range; scope: Range }[] = [];
  RELATION.lastIndex = 0;
  for (let m = RELATION.exec(slice); m; m = RELATION.exec(slice)) {
    const phrase = m[1].toLowerCase().replace(/\s+/g, ' ');
    const start = range.start + m.index;
    const nl = slice.indexOf('\n', m.index);
    const scopeEnd = nl === -1 ? range.end : range.start + nl;
    found.push({ type: relationType(phrase), phrase: { start, end: start + m[0].length }, scope: { start: start + m[0].length, end: scopeEnd } });
  }
  // A phrase's targets stop where the next phrase on the same line starts.
  for (let i = 0; i + 1 < found.length; i++) found[i].scope.end = Math.min(found[i].scope.end, found[i + 1].phrase.start);
  return found;
}

function relationType(phrase: string): RelationType {
  if (phrase === 'supersedes' || phrase === 'replaces') return 'supersedes';
  if (phrase.startsWith('supe') || phrase.startsWith('replaced')) return 'superseded-by';
  return phrase.replace(/ by$/, '-by').replace(/ /g, '-') as RelationType;
}
