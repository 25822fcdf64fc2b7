// Shared by the tests: real files on disk, the real loader, the real checker.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Checker } from '../server/src/core/checker';
import { LineIndex } from '../server/src/core/lines';
import type { EditorContext } from '../server/src/core/editor';
import type { Finding } from '../server/src/core/types';
import { findMarkdown, readDocument } from '../server/src/node/files';
import { loadProject } from '../server/src/node/project';
import { toPosix } from '../server/src/node/paths';
import { indexTexts } from '../server/src/core/renumber';
import { readWorkspace } from '../server/src/node/workspace';

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

/** A document as the server holds it once opened: its model in a checked workspace, and the context editor features get. */
export function openIn(checker: Checker, file: string, text: string): EditorContext {
  const { model } = checker.update(toPosix(file), text);
  return { doc: model, project: checker.project, index: checker.index };
}

/** Text written with a `‸` where the cursor is: the text without it, and the cursor's offset. */
export function atCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('‸');
  if (offset === -1 || marked.indexOf('‸', offset + 1) !== -1) throw new Error('mark the cursor with exactly one ‸');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/** A complete Nygard ADR numbered `n` (dated 2025-01-(10 + n)), with the given status paragraphs and decision. */
export function nygard(n: number, title: string, status: string, decision = 'We will do it.'): string {
  return `# ${n}. ${title}\n\nDate: 2025-01-${10 + n}\n\n## Status\n\n${status}\n\n## Context\n\nWe need it.\n\n## Decision\n\n${decision}\n\n## Consequences\n\nIt is done.\n`;
}

/** A workspace on disk as the commands see it: the project, every text, the index. */
export async function loadWorkspace(root: string, today = TODAY) {
  const { project } = await loadProject(root, { today });
  const files = await readWorkspace(toPosix(root));
  const { index } = indexTexts(files, project);
  const abs = (rel: string) => toPosix(path.join(root, rel));
  const doc = (rel: string) => {
    const found = files.find((f) => f.path === abs(rel));
    if (!found) throw new Error(`no ${rel} in the workspace`);
    return found;
  };
  return { project, files, index, abs, doc };
}
