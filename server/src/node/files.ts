// Reading documents from disk for the CLI and the server: Markdown files only,
// never following directory symlinks (no loops), skipping what is too large
// or binary with a reason instead of an exception.
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';

export const MAX_FILE_BYTES = 1024 * 1024;
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test']);
const MARKDOWN = /\.(?:md|markdown)$/i;

/** The reason given for a file that vanished between listing and reading. */
export const DELETED = 'deleted while being read';

const REASONS: Record<string, string> = {
  ENOENT: DELETED,
  EACCES: 'not readable',
  EPERM: 'not readable',
  ELOOP: 'a symbolic link loop',
  EISDIR: 'not a regular file',
};

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

export function isMarkdown(file: string): boolean {
  return MARKDOWN.test(file);
}

/** Reads a document as UTF-8 text, or says why it was skipped. */
export async function readDocument(file: string, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  let handle: fs.FileHandle | undefined;
  try {
    // Non-blocking, so a FIFO named `.md` cannot hold a read open forever.
    handle = await fs.open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > maxBytes) return { ok: false, reason: `larger than ${Math.round(maxBytes / 1024)} KB (${Math.round(stat.size / 1024)} KB)` };
    const buffer = await handle.readFile();
    if (buffer.length > maxBytes) return { ok: false, reason: `larger than ${Math.round(maxBytes / 1024)} KB` };
    if (buffer.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary content' };
    return { ok: true, text: buffer.toString('utf8') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // A link to a missing target is still there; only a path that is gone was deleted.
    if (code === 'ENOENT' && (await fs.lstat(file).catch(() => null))?.isSymbolicLink()) return { ok: false, reason: 'a broken symbolic link' };
    return { ok: false, reason: REASONS[code ?? ''] ?? (err as Error).message };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Every Markdown file under `root` (or `root` itself when it is not a folder), as
 * absolute paths, in a stable order. `skip` sees each absolute path.
 */
export async function findMarkdown(root: string, skip: (abs: string) => boolean = () => false): Promise<string[]> {
  const out: string[] = [];
  const stat = await fs.stat(root).catch(() => null);
  if (!stat) return out;
  // A device or FIFO named here is still listed, so reading it says why it was skipped.
  if (!stat.isDirectory()) return isMarkdown(root) ? [root] : [];
  const queue = [root];
  while (queue.length) {
    const dir = queue.shift()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable or vanished folder
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      if (skip(abs)) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) queue.push(abs);
      } else if (isMarkdown(entry.name)) {
        // Links, FIFOs, sockets and devices too: reading one says why it is skipped.
        out.push(abs);
      }
    }
  }
  return out;
}

/**
 * Reads many documents with a few reads in flight at once (one at a time leaves
 * the process idle between reads), yielding them in the given order.
 */
export async function* readDocuments(files: Iterable<string>, inFlight = 16): AsyncGenerator<[string, ReadResult]> {
  const list = [...files];
  const pending: Promise<ReadResult>[] = [];
  for (let i = 0; i < list.length; i++) {
    while (pending.length < inFlight && i + pending.length < list.length) pending.push(readDocument(list[i + pending.length]));
    yield [list[i], await pending.shift()!];
  }
}
