// A line scanner that finds what the workspace index needs — headings, links and
// ADR mentions — without building a tree: several times faster than a parse, for
// indexing documents nobody has open. It reads the constructs real documents use
// (ATX and setext headings, fences, comments, code spans, inline links and
// definitions); a test holds its summaries equal to the full parse's on them.
import { findMentions, resolveLink, type Link, type Mention } from '../extract/references';
import type { Heading } from './sections';
import { stripComments, withoutClosingHashes } from '../text';

export interface Skeleton {
  headings: Heading[];
  links: Link[];
  mentions: Mention[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const CONTAINERS = /^(?: {0,3}>[ \t]?)*(?: {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))?/;
const NOT_PARAGRAPH = /^[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|`{3}|~{3}|<|(?:[-*_][ \t]*){3,}$)/;
// Bounded repeats keep the work per `[` constant: unbounded, a line of `[a](` rescans the rest of the line from each one.
const INLINE_LINK = /(?<!!)\[((?:[^\][]|\[[^\][]{0,200}\]){0,1000})\]\([ \t]{0,32}<?([^)\s>[]{0,2048})>?(?:[ \t]{1,32}(?:"[^"]{0,1000}"|'[^']{0,1000}'|\([^)]{0,1000}\)))?[ \t]{0,32}\)/g;
const DEFINITION = /^ {0,3}\[([^\]]+)\]:[ \t]*<?([^\s>]+)>?/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;

/** Scans `text` from `from` (after the front matter). */
export function scanSkeleton(text: string, from: number, docPath: string): Skeleton {
  const headings: Heading[] = [];
  const links: Link[] = [];
  const mentions: Mention[] = [];
  let fence: { char: string; size: number } | null = null;
  let inComment = false;
  let inList = false;
  let prev = { start: from, end: from, paragraph: false, bare: false, blank: true, definition: false };
  let pos = from;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    const end = text[eol - 1] === '\r' ? eol - 1 : eol;
    const line = text.slice(pos, end);
    const blank = /^[ \t]*$/.test(line);
    let paragraph = false;
    let bare = false;
    let definition = false;
    let code = false;
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence.char && m[1].length >= fence.size && m[2].trim() === '') fence = null;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else if (!blank) {
      const fenceOpen = FENCE.exec(line);
      const atx = ATX.exec(line);
      // A list runs on through indented and lazy lines; a column-0 block ends it.
      if (LIST_ITEM.test(line)) inList = true;
      else if (!/^[ \t]/.test(line) && (!prev.paragraph || NOT_PARAGRAPH.test(line) || line.startsWith('>'))) inList = false;
      // Indented code follows anything but a paragraph (which it would continue) and lists.
      code = /^( {4}|\t)/.test(line) && !prev.paragraph && !inList;
      if (code) {
        // Indented code: nothing to read.
      } else if (fenceOpen && !(fenceOpen[1][0] === '`' && fenceOpen[2].includes('`'))) {
        fence = { char: fenceOpen[1][0], size: fenceOpen[1].length };
      } else if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) {
        inComment = true;
      } else if (atx) {
        headings.push({ depth: atx[1].length, text: plain(withoutClosingHashes(atx[2] ?? '')), range: { start: pos + line.indexOf('#'), end: pos + line.trimEnd().length } });
        inline(pos, line, docPath, links, mentions);
      } else if (SETEXT.test(line) && prev.paragraph && prev.bare && !inList) {
        const lead = text.slice(prev.start, prev.end);
        headings.push({ depth: line.trim()[0] === '=' ? 1 : 2, text: plain(lead), range: { start: prev.start + lead.length - lead.trimStart().length, end: pos + line.trimEnd().length } });
      } else if (DEFINITION.test(line) && (!prev.paragraph || prev.definition)) {
        // Definitions are paragraph-like: the lines after them continue them, or a paragraph.
        paragraph = definition = bare = true;
        const def = DEFINITION.exec(line)!;
        const { path, fragment } = resolveLink(docPath, def[2]);
        links.push({ url: def[2], text: '', range: { start: pos + line.indexOf('['), end: pos + line.trimEnd().length }, path, fragment, definition: true });
      } else {
        // Text in a list item or a quote is a paragraph too: the next line may continue it lazily.
        const content = line.replace(CONTAINERS, '');
        paragraph = content.trim() !== '' && !NOT_PARAGRAPH.test(content);
        // A lazy line continuing a quote's or list item's paragraph belongs to it.
        bare = content.length === line.length && !(prev.paragraph && !prev.bare);
        inline(pos, line, docPath, links, mentions);
      }
    }
    prev = { start: pos, end, paragraph, bare, blank, definition };
    pos = eol + 1;
  }
  return { headings, links, mentions };
}

/** Links and mentions on one line, outside code spans; mentions inside link text are the link's. */
function inline(start: number, line: string, docPath: string, links: Link[], mentions: Mention[]): void {
  let masked = stripComments(maskCodeSpans(line), true);
  INLINE_LINK.lastIndex = 0;
  for (let m = INLINE_LINK.exec(masked); m; m = INLINE_LINK.exec(masked)) {
    const url = m[2];
    const { path, fragment } = resolveLink(docPath, url);
    links.push({ url, text: plain(m[1]), range: { start: start + m.index, end: start + m.index + m[0].length }, path, fragment, definition: false });
  }
  masked = masked.replace(INLINE_LINK, (m) => ' '.repeat(m.length));
  for (const mention of findMentions(masked, { start: 0, end: masked.length })) {
    mentions.push({ ...mention, range: { start: start + mention.range.start, end: start + mention.range.end } });
  }
}

/** Heading or link text as shown: inline markup and comments removed. */
export function plain(s: string): string {
  // Each pattern stops at the next opener, so no `[`, `(` or `<` rescans the rest of the line.
  return stripComments(s)
    .replace(/!?\[([^\][]*)\]\([^()]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/<[^<>]+>/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Code spans blanked with spaces: a backtick run closes at the next run of the
 * same length. Linear, where a lazy regex rescans the line from every unclosed run.
 */
function maskCodeSpans(line: string): string {
  const runs: { start: number; length: number }[] = [];
  for (let i = line.indexOf('`'); i !== -1; i = line.indexOf('`', i)) {
    let j = i;
    while (line.charCodeAt(j) === 96) j++;
    runs.push({ start: i, length: j - i });
    i = j;
  }
  if (runs.length < 2) return line;
  // The next run of the same length, for each run.
  const closer = new Array<number>(runs.length);
  const seen = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    closer[k] = seen.get(runs[k].length) ?? -1;
    seen.set(runs[k].length, k);
  }
  let out = '';
  let from = 0;
  for (let k = 0; k < runs.length; k++) {
    const c = closer[k];
    if (c === -1) continue;
    const end = runs[c].start + runs[c].length;
    out += line.slice(from, runs[k].start) + ' '.repeat(end - runs[k].start);
    from = end;
    k = c;
  }
  return out + line.slice(from);
}
