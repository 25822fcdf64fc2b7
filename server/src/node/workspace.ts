// Every Markdown text of a workspace, for the commands that plan over all of
// it: from disk, or from the editor where a document is open (unsaved text wins).
import type { DocText } from '../core/supersede';
import { findMarkdown, readDocument } from './files';
import { fromPosix, toPosix } from './paths';

/**
 * Texts by POSIX path of the Markdown files on disk; `open` holds the texts of
 * documents open in an editor. An editor may keep a document whose file was
 * deleted: it is not part of the workspace.
 */
export async function readWorkspace(root: string, open: ReadonlyMap<string, string> = new Map()): Promise<DocText[]> {
  const files = (await findMarkdown(fromPosix(root))).map(toPosix);
  const out: DocText[] = [];
  for (const file of files) {
    const text = open.get(file);
    if (text !== undefined) {
      out.push({ path: file, text });
      continue;
    }
    const read = await readDocument(fromPosix(file));
    // A file that cannot be read (binary, too large) holds no references to rewrite.
    if (read.ok) out.push({ path: file, text: read.text });
  }
  return out;
}
