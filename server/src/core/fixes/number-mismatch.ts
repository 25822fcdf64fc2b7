// Aligns an ADR's title number with its file name, or renames the file after the
// title — updating the links other documents have to it.
import { posix } from 'node:path';
import { change, type FileEdit } from '../edits';
import { urlRange } from '../extract/references';
import { describeDocument } from '../model';
import type { Fix, FixContext, Fixer } from './types';

const FILE_NUMBER = /^((?:adr[-_ ]?)?)(\d{1,6})(?=[-_ .])/i;

export const alignNumber: Fixer = async (finding, ctx) => {
  const { doc } = ctx;
  const title = doc.titleNumber;
  if (!title || doc.fileNumber === null || title.range.start !== finding.range.start) return [];
  const digits = doc.text.slice(title.range.start, title.range.end);
  const number = String(doc.fileNumber).padStart(digits.startsWith('0') ? digits.length : 0, '0');
  const fixes: Fix[] = [
    {
      title: `Change the title's number to ${number}, as in the file name`,
      kind: 'quickfix',
      finding,
      change: change([{ path: doc.path, text: doc.text, edits: [{ range: title.range, newText: number }] }]),
    },
  ];
  const renamed = await renameAfterTitle(ctx, title.value);
  if (renamed) fixes.push({ title: `Rename the file to ${posix.basename(renamed.renames[0].to)}, as in the title`, kind: 'quickfix', finding, change: renamed });
  return fixes;
};

/** The file renamed to carry `n`, and every link to it updated; null when the new name is taken. */
async function renameAfterTitle({ doc, index, project, readText }: FixContext, n: number) {
  const base = posix.basename(doc.path);
  const m = FILE_NUMBER.exec(base)!;
  const newBase = `${m[1]}${String(n).padStart(m[2].length, '0')}${base.slice(m[0].length)}`;
  const to = posix.join(posix.dirname(doc.path), newBase);
  if (index.hasFile(to)) return null;
  const files: FileEdit[] = [];
  for (const other of index.referencing(doc.path)) {
    const text = await readText(other.path);
    if (text === null) continue;
    const edits = [];
    for (const link of describeDocument(other.path, text, project).links) {
      const at = link.path === doc.path ? urlRange(text, link) : null;
      if (at) edits.push({ range: at, newText: renamedUrl(link.url, newBase) });
    }
    files.push({ path: other.path, text, edits });
  }
  return change(files, [{ from: doc.path, to }]);
}

/** The same URL with its file name replaced (folder, fragment and query kept). */
function renamedUrl(url: string, base: string): string {
  const cut = url.search(/[?#]/);
  const path = cut === -1 ? url : url.slice(0, cut);
  return `${path.slice(0, path.lastIndexOf('/') + 1)}${base.replace(/[ ()<>]/g, (c) => encodeURIComponent(c))}${cut === -1 ? '' : url.slice(cut)}`;
}
