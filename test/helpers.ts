// Shared by the tests: real files on disk, the real loader, the real checker.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Checker } from '../server/src/core/checker';
import { LineIndex } from '../server/src/core/lines';
import type { Finding } from '../server/src/core/types';
import { findMarkdown, readDocument } from '../server/src/node/files';
import { loadProject } from '../server/src/node/project';
import { toPosix } from '../server/src/node/paths';

export const TODAY = '2025-06-01';
export const REPO = path.resolve(__dirname, '..');

/** Indexes every Markdown file under `root`, as the CLI does. */
export async function checkFolder(root: string, today = TODAY): Promise<Checker> {
  const { project } = await loadProject(root, { today });
  const checker = new Checker(project);
  for (const file of await findMarkdown(root)) {
    const read = await readDocument(file);
    if (read.ok) checker.update(toPosix(file), read.text);
  }
  return checker;
}

/** `line:column` (1-based) of each finding. */
export function positions(findings: Finding[], text: string): string[] {
  const lines = new LineIndex(text);
  return findings.map((f) => {
    const p = lines.positionAt(f.range.start);
    return `${p.line + 1}:${p.character + 1}`;
  });
}

/** A temporary workspace holding `files` (relative path → text); removed by the returned function. */
export function tempWorkspace(files: Record<string, string>): { root: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'process-docs-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
