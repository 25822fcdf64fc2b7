// `Name: value` lines before the first section — adr-tools' `Date: 2024-01-05`,
// MADR 2's `- Status: accepted`, `* Deciders: …`, `**Date:** …`.
import type { Range } from '../types';
import { stripComments, trimEndBlanks } from '../text';

export interface HeaderField {
  /** Lower-case name: `date`, `status`, `deciders`. */
  name: string;
  value: string;
  /** The value as written, trimmed. */
  range: Range;
  line: Range;
}

// The value runs to the line's end (trailing spaces are trimmed in code: a lazy
// value before `[ \t]*$` would rescan a long gap of spaces from each of its positions).
const FIELD = /^[ \t]{0,3}(?:>[ \t]*)?(?:[-*+][ \t]+)?(?:\*\*|__)?([A-Za-z][A-Za-z -]{0,30}?)(?:\*\*|__)?[ \t]*:(?:[ \t]*(?:\*\*|__))?[ \t]*(.*)$/;

/** Reads header fields from the lines of `text` in `range`. */
export function headerFields(text: string, range: Range): HeaderField[] {
  const out: HeaderField[] = [];
  let pos = range.start;
  while (pos < range.end) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1 || eol > range.end) eol = range.end;
    const raw = text.slice(pos, eol).replace(/\r$/, '');
    const m = FIELD.exec(raw);
    const written = m ? trimEndBlanks(m[2]) : '';
    if (m && written !== '' && !/^https?$/i.test(m[1])) {
      const valueStart = pos + raw.length - m[2].length;
      const value = stripComments(written).trim();
      out.push({ name: m[1].trim().toLowerCase(), value, range: { start: valueStart, end: valueStart + written.length }, line: { start: pos, end: pos + raw.length } });
    }
    pos = eol + 1;
  }
  return out;
}
