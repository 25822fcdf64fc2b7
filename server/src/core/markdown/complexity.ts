// What makes remark's parse grow faster than the text: containers nested
// hundreds deep on one line (micromark re-checks every open container, and each
// list marker first tries a thematic break over the rest of the line), and
// thousands of emphasis, link or code marks in one paragraph (each closing mark
// looks back over the marks before it). A linear pre-scan bounds both, so any
// document is parsed in time proportional to its size; one past the bounds is
// indexed from the line scan instead of parsed.
import type { Range } from '../types';

export interface Limits {
  /** Containers (quotes, list items) on one line; markdown-it stops at the same depth. */
  nesting: number;
  /** `*`, `_`, `[`, `]`, `<` and backtick runs in one paragraph, heading or table row. */
  marks: number;
  /**
   * Characters scanned in vain per character of a paragraph: a backtick run with
   * no run of its length after it makes micromark scan the rest of the paragraph.
   */
  codeScan: number;
}

export const LIMITS: Limits = { nesting: 100, marks: 2000, codeScan: 64 };

export interface Excess {
  message: string;
  range: Range;
}

// Matched against a trimmed line; each cell's spaces sit between a `-` and a `|`, so nothing backtracks far.
const DELIMITER_ROW = /^\|?(?:[ \t]*:?-+:?[ \t]*\|)*[ \t]*:?-+:?[ \t]*\|?$/;

/**
 * The first place where `text` (from `from`) goes past the limits, or null.
 * Conservative — a test holds it to remark's own trees: indentation counts as a
 * level per two columns (the least a list item indents its content), and marks
 * count over every line between two blank lines (a paragraph never spans one),
 * in code as much as in text, except where a new paragraph surely starts: at a
 * heading, a bullet item, and the rows of a table that surely is one (a header at
 * the top level and a delimiter row of as many cells).
 */
export function findExcess(text: string, from: number, limits: Limits = LIMITS): Excess | null {
  // The paragraph (or table row) being read: where it starts, its marks, its backtick runs.
  let start = from;
  let marks = 0;
  let ticks: Run[] = [];
  let table = false;
  // The line starts at the top level: after a blank line or an ATX heading.
  let fresh = true;
  // The line before was a heading: this one starts new inline content.
  let isolated = false;
  // After an unclosed front matter opening, micromark starts no bullet list at all.
  const bullets = !/^\uFEFF?---[ \t]*(?:[\r\n]|$)/.test(text.slice(from, from + 64));
  const close = (end: number): Excess | null => {
    const at = vainCodeScan(ticks, end, limits.codeScan * (end - start));
    ticks = [];
    marks = 0;
    return at === -1 ? null : { message: 'This paragraph holds too many unclosed code spans (backtick runs) to read in time; the document is indexed but not checked', range: { start: at, end: at + 1 } };
  };
  for (let pos = from; pos < text.length; ) {
    const end = lineEndAt(text, pos);
    const next = end < text.length && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    const depth = nesting(text, pos, end);
    if (depth > limits.nesting) {
      return { message: `Quotes and lists nest ${depth > 999 ? 'over 999' : depth} levels deep here (at most ${limits.nesting} are checked); the document is indexed but not checked`, range: { start: pos, end } };
    }
    if (isBlank(text, pos, end)) {
      const excess = close(pos);
      if (excess) return excess;
      table = false;
      fresh = true;
      isolated = false;
      start = next;
    } else {
      // Every end of an HTML block holds `>`, so a row without one never ends one and starts a paragraph.
      const row = text.charCodeAt(pos) === 124 && !text.slice(pos, end).includes('>');
      if (table && !row) table = false;
      else if (!table && fresh && row) table = startsTable(text.slice(pos, end), text.slice(next, lineEndAt(text, next)));
      // A table row, a heading and a bullet item each start inline content of their own.
      const heading = text.charCodeAt(pos) === 35 && /^#{1,6}(?:[ \t]|$)/.test(text.slice(pos, Math.min(end, pos + 8)));
      if (table || heading || isolated || (bullets && startsBullet(text, pos, end))) {
        const excess = close(pos);
        if (excess) return excess;
        start = pos;
      }
      isolated = heading;
      for (let i = pos; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 96) {
          // A run of backticks is one mark; each `*` and `_` of a run may close an emphasis of its own.
          if (i > pos && text.charCodeAt(i - 1) === 96) continue;
          let j = i + 1;
          while (j < end && text.charCodeAt(j) === 96) j++;
          ticks.push({ at: i, length: j - i });
        }
        if ((c === 42 || c === 95 || c === 96 || c === 91 || c === 93 || c === 60) && ++marks > limits.marks) {
          return { message: `This paragraph holds over ${limits.marks} emphasis, link and code marks; the document is indexed but not checked`, range: { start: i, end: i + 1 } };
        }
      }
      fresh = heading;
    }
    pos = next;
  }
  return close(text.length);
}

interface Run {
  at: number;
  length: number;
}

/**
 * An upper bound of what micromark scans for code spans in a paragraph ending
 * at `end`: an opening backtick run scans on to the next run of its length (its
 * closing run), or to the paragraph's end when there is none. Returns where the
 * scans pass `budget`, or -1.
 */
function vainCodeScan(runs: Run[], end: number, budget: number): number {
  const later = new Map<number, number>();
  let scanned = 0;
  for (let k = runs.length - 1; k >= 0; k--) {
    scanned += (later.get(runs[k].length) ?? end) - runs[k].at;
    later.set(runs[k].length, runs[k].at);
    if (scanned > budget) return runs[k].at;
  }
  return -1;
}

/**
 * A bullet item with content, at most three spaces in: it interrupts any
 * paragraph (an ordered one only when numbered 1, so those are not trusted).
 */
function startsBullet(text: string, pos: number, end: number): boolean {
  let i = pos;
  while (i < end && i - pos < 3 && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  if ((c !== 45 && c !== 42 && c !== 43) || (text.charCodeAt(i + 1) !== 32 && text.charCodeAt(i + 1) !== 9) || i + 1 >= end) return false;
  return !isBlank(text, i + 1, end);
}

/** A header row (no escapes or code to split cells differently) over a delimiter row with as many cells. */
function startsTable(head: string, delimiter: string): boolean {
  const d = delimiter.trim();
  if (/[\\`]/.test(head) || !d.includes('|') || !DELIMITER_ROW.test(d)) return false;
  return cells(head) === cells(d);
}

function cells(row: string): number {
  const trimmed = row.trim();
  const pipes = trimmed.split('|').length - 1;
  return pipes + 1 - (trimmed.startsWith('|') ? 1 : 0) - (trimmed.length > 1 && trimmed.endsWith('|') ? 1 : 0);
}

/** End of the line at `pos` (before its `\n`, `\r` or `\r\n`, as micromark ends lines). */
function lineEndAt(text: string, pos: number): number {
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Containers a line may be inside: its `>` and list markers, and a level per two columns of other indentation. */
function nesting(text: string, start: number, end: number): number {
  let markers = 0;
  let columns = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      columns += c === 9 ? 4 - (columns % 4) : 1;
      i++;
    } else if (c === 62 || ((c === 45 || c === 43 || c === 42) && spaceOrEnd(text, i + 1, end))) {
      markers++;
      i = afterMarker(text, i + 1, end);
    } else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const d = text.charCodeAt(j);
      if ((d !== 46 && d !== 41) || !spaceOrEnd(text, j + 1, end)) break;
      markers++;
      i = afterMarker(text, j + 1, end);
    } else break;
  }
  return markers + (columns >> 1);
}

/** The one space or tab after a marker belongs to it, not to the indentation. */
function afterMarker(text: string, i: number, end: number): number {
  return i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) ? i + 1 : i;
}

function spaceOrEnd(text: string, i: number, end: number): boolean {
  return i >= end || text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9;
}
