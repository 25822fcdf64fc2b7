import type { Range } from '../types';

export interface SourceLine {
  start: number;
  end: number;
  text: string;
}

/** The lines of a range (line endings excluded), skipping fenced code blocks and HTML comments. */
export function proseLines(text: string, range: Range): SourceLine[] {
  const out: SourceLine[] = [];
  let fence: string | null = null;
  let comment = false;
  let pos = range.start;
  while (pos < range.end) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1 || eol > range.end) eol = range.end;
    const end = text[eol - 1] === '\r' ? eol - 1 : eol;
    const line = text.slice(pos, end);
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
    } else if (marker) {
      fence = marker;
    } else if (comment) {
      if (line.includes('-->')) comment = false;
    } else if (/^\s*<!--/.test(line) && !line.includes('-->')) {
      comment = true;
    } else {
      out.push({ start: pos, end, text: line });
    }
    pos = eol + 1;
  }
  return out;
}
