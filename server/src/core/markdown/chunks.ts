// Splits a Markdown text into chunks that remark parses to exactly the same
// top-level blocks alone as it does inside the whole text, so that an edit only
// re-parses the chunk it touches. A chunk starts at a column-0 ATX heading, or at
// a column-0 line after a blank line that cannot continue a list; nothing is
// split inside a top-level fence or HTML block. When a construct could belong to
// a list item or the top level and the two readings disagree, the scanner gives
// up (`null`) and the caller parses the text whole.

export interface ChunkPlan {
  /** Offsets where chunks start; the first is always the body start. */
  starts: number[];
  /**
   * Chunks that continue a long table, by start offset: the table's header and
   * delimiter rows, to parse in front of them (a 2,000-row timeline must not be
   * re-parsed whole on every keystroke).
   */
  tableHeads: Map<number, string>;
  /** Link reference and footnote definitions, to put in front of every chunk. */
  definitions: string;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const ATX = /^#{1,6}(?:[ \t]|$)/;
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:/;
const COMPLETE_DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:[ \t]*\S/;
const INDENTED_DEFINITION = /^\s*(?:(?:[-+*]|\d{1,9}[.)]|>)\s*)*\[(?:[^\]\\]|\\.)+\]:/;
const LONE_CR = /\r(?!\n)/;
const HTML_START = /^ {0,3}</;

const BLOCK_TAGS = 'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const HTML_6 = new RegExp(`^<\\/?(?:${BLOCK_TAGS})(?:\\s|\\/?>|$)`, 'i');
const ATTRIBUTE = `\\s+[A-Za-z_:][\\w.:-]*(?:\\s*=\\s*(?:[^\\s"'=<>\`]+|'[^']*'|"[^"]*"))?`;
const HTML_7 = new RegExp(`^(?:<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\\s*\\/?>|<\\/[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*$`);

/**
 * The CommonMark HTML block a line opens: kinds 1–5 end at a marker, 6 and 7
 * at a blank line; kind 7 cannot interrupt a paragraph. Null: not HTML.
 */
function htmlBlock(line: string): { end: RegExp | 'blank'; interrupts: boolean } | null {
  const rest = line.trimStart();
  if (/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i.test(rest)) return { end: /<\/(?:script|pre|style|textarea)>/i, interrupts: true };
  if (rest.startsWith('<!--')) return { end: /-->/, interrupts: true };
  if (rest.startsWith('<?')) return { end: /\?>/, interrupts: true };
  if (rest.startsWith('<![CDATA[')) return { end: /\]\]>/, interrupts: true };
  if (/^<![A-Za-z]/.test(rest)) return { end: />/, interrupts: true };
  if (HTML_6.test(rest)) return { end: 'blank', interrupts: true };
  if (HTML_7.test(rest)) return { end: 'blank', interrupts: false };
  return null;
}

function indentOf(line: string): number {
  let n = 0;
  while (n < line.length && (line[n] === ' ' || line[n] === '\t')) n += line[n] === '\t' ? 4 - (n % 4) : 1;
  return n;
}

type State =
  | { t: 'top' }
  | { t: 'fence'; char: string; size: number; indent: number }
  | { t: 'html'; end: RegExp; indent: number }
  | { t: 'html-blank' }
  | { t: 'table'; head: string; rows: number };

/** Rows of a long table parsed together; the header is parsed again in front of each group. */
export const TABLE_ROWS_PER_CHUNK = 40;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** What ends a table besides a blank line: the start of another block. */
const NOT_A_ROW = /^(?: {0,3}(?:#{1,6}(?:[ \t]|$)|>|`{3}|~{3}|<|(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|(?:[-*_][ \t]*){3,}$)| {4}|\t)/;

/**
 * Plans chunks for `text` from offset `bodyStart` (after front matter).
 * Returns null when the text must be parsed whole.
 */
export function planChunks(text: string, bodyStart: number): ChunkPlan | null {
  // A lone CR is a line ending to micromark; such rare texts are parsed whole.
  if (LONE_CR.test(text)) return null;
  const starts = [bodyStart];
  const tableHeads = new Map<number, string>();
  const definitions: string[] = [];
  let state: State = { t: 'top' };
  let prevBlank = true;
  let prevDefinition = false;
  let pos = bodyStart;
  const length = text.length;
  while (pos < length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = length;
    const raw = text.slice(pos, eol);
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const blank = /^[ \t]*$/.test(line); // CommonMark blank: spaces and tabs only (trim() would drop a BOM too)
    let html: ReturnType<typeof htmlBlock>;
    if (state.t === 'table') {
      if (blank || NOT_A_ROW.test(line)) {
        // The table ended; this line is read afresh at the top level.
        state = { t: 'top' };
        continue;
      }
      if (++state.rows % TABLE_ROWS_PER_CHUNK === 0) {
        starts.push(pos);
        tableHeads.set(pos, state.head);
      }
    } else if (state.t === 'fence') {
      // Less indented than an indented fence: top-level content, or the end of
      // a list item holding the fence (even if it looks like the closing fence).
      if (!blank && state.indent > 0 && indentOf(line) < state.indent) return null;
      const m = FENCE.exec(line);
      if (m && m[2][0] === state.char && m[2].length >= state.size && m[3].trim() === '') state = { t: 'top' };
    } else if (state.t === 'html') {
      if (!blank && state.indent > 0 && indentOf(line) < state.indent) return null;
      if (state.end.test(line)) state = { t: 'top' };
    } else if (state.t === 'html-blank') {
      if (blank) state = { t: 'top' };
    } else {
      // Never before a '-' line (front matter, setext, lists) or a BOM (micromark drops a leading one).
      const startsChunk = pos > bodyStart && indentOf(line) === 0 && !blank && line[0] !== '-' && line[0] !== '\uFEFF' &&
        (ATX.test(line) || (prevBlank && !LIST_MARKER.test(line)));
      if (startsChunk) starts.push(pos);
      const fence = FENCE.exec(line);
      const next = eol < length ? text.slice(eol + 1, text.indexOf('\n', eol + 1) >>> 0) : '';
      if (prevBlank && indentOf(line) === 0 && line.includes('|') && TABLE_DELIMITER.test(next.replace(/\r$/, '')) && !NOT_A_ROW.test(line)) {
        // A table's header and delimiter rows: the rows after them may be split into groups.
        const afterDelimiter = eol + 1 + next.length + 1;
        state = { t: 'table', head: text.slice(pos, Math.min(afterDelimiter, length)), rows: 0 };
        prevBlank = false;
        prevDefinition = false;
        pos = afterDelimiter;
        continue;
      } else if (fence && !(fence[2][0] === '`' && fence[3].includes('`'))) {
        state = { t: 'fence', char: fence[2][0], size: fence[2].length, indent: fence[1].length };
      } else if (HTML_START.test(line) && (html = htmlBlock(line))) {
        // Kind 7 after text may be the paragraph's next line, where a fence could follow: ambiguous.
        if (!html.interrupts && !prevBlank) return null;
        if (html.end === 'blank') state = { t: 'html-blank' };
        else if (!html.end.test(line.slice(line.indexOf('<') + 2))) state = { t: 'html', end: html.end, indent: indentOf(line) };
      } else if (DEFINITION.test(line)) {
        // Only a complete one-line definition after a blank line (or another
        // definition) reads the same alone; anything else is parsed whole.
        if (!(prevBlank || prevDefinition) || !COMPLETE_DEFINITION.test(line)) return null;
        // ...and only when a blank line or another definition follows (not a title, not a table).
        const following = text.slice(eol + 1, text.indexOf('\n', eol + 1) >>> 0).replace(/\r$/, '');
        if (eol < length && !/^[ \t]*$/.test(following) && !DEFINITION.test(following)) return null;
        definitions.push(line.trimStart());
        prevDefinition = true;
        prevBlank = false;
        pos = eol + 1;
        continue;
      } else if (INDENTED_DEFINITION.test(line)) {
        // A definition inside a container: resolving it per chunk is not worth the risk.
        return null;
      }
    }
    prevBlank = blank;
    prevDefinition = false;
    pos = eol + 1;
  }
  return { starts, tableHeads, definitions: definitions.join('\n') };
}
