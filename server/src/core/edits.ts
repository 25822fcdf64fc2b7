// Changes the editor features propose: text edits in one or more documents and
// file renames, as plain data. Offsets refer to the text each edit was made on.
import type { TextEdit } from './types';

export interface FileEdit {
  path: string;
  /** The text the edits' offsets refer to (the open buffer or the file read). */
  text: string;
  edits: TextEdit[];
}

export interface WorkspaceChange {
  files: FileEdit[];
  /** Renames, applied after the edits. */
  renames: { from: string; to: string }[];
}

export function change(files: FileEdit[], renames: WorkspaceChange['renames'] = []): WorkspaceChange {
  return { files: files.filter((f) => f.edits.length > 0), renames };
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.range.start < pos) throw new Error('overlapping edits');
    out += text.slice(pos, e.range.start) + e.newText;
    pos = e.range.end;
  }
  return out + text.slice(pos);
}

/** The line ending a document uses, so inserted lines match it. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** End of the line holding `offset`, before its line ending. */
export function lineEndOf(text: string, offset: number): number {
  let nl = text.indexOf('\n', offset);
  if (nl === -1) nl = text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** Inserts a block of lines at a line start, or at the end, with one blank line before what follows. */
export function insertBlock(text: string, at: number, block: string, eol: string): TextEdit {
  if (at < text.length) return { range: { start: at, end: at }, newText: `${block}${eol}` };
  const lead = text === '' || /\n[ \t]*\r?\n$/.test(text) ? '' : text.endsWith('\n') ? eol : `${eol}${eol}`;
  return { range: { start: at, end: at }, newText: `${lead}${block}` };
}
