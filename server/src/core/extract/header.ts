// `Name: value` lines before the first section — adr-tools' `Date: 2024-01-05`,
// MADR 2's `- Status: accepted`, `* Deciders: …`, `**Date:** …`.
import type { Range } from '../types';

export interface HeaderField {
  /** Lower-case name: `date`, `status`, `deciders`. */
  name: string;
  value: string;
  /** The value as written, trimmed. */
  range: Range;
  line: Range;
}

const FIELD = /^[ \t]{0,3}(?:>[ \t]*)?(?:[-*+][ \t]+)?(?:\*\*|__)?([A-Za-z][A-Za-z -]{0,30}?)(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*(.*?)[ \t]*$/;

/** Reads header fields from the lines of `text` in `range`. */
export function headerFields(text: string, range: Range): HeaderField[] {
  const out: HeaderField[] = [];
  let pos = range.start;
  while (pos < range.end) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1 || eol > range.end) eol = range.end;
    const raw = text.slice(pos, eol).replace(/\r$/, '');
    const m = FIELD.exec(raw);
    if (m && m[2] !== '' && !/^https?$/i.test(m[1])) {
      const valueStart = pos + raw.lastIndexOf(m[2]);
      const value = m[2].replace(/<!--.*?-->/g, '').trim();
      out.push({ name: m[1].trim().toLowerCase(), value, range: { start: valueStart, end: valueStart + m[2].length }, line: { start: pos, end: pos + raw.length } });
    }
    pos = eol + 1;
  }
  return out;
}
