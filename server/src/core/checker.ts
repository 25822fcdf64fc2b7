// The workspace as the shells see it: documents come and go as text; each keeps
// its document-rule findings and its summary, and workspace-rule findings are
// recomputed from the index whenever asked. Pure: the shells do the reading.
import { LineIndex } from './lines';
import { buildModel, describeDocument, type DocModel } from './model';
import type { ParseCache } from './markdown/parse';
import type { Project } from './project';
import { isSuppressed, readDirectives, type Directives } from './rules/directives';
import { mergeFindings, runDocumentRules, runWorkspaceRules } from './rules/engine';
import type { Finding } from './types';
import { summarize, WorkspaceIndex } from './workspace';

interface Entry {
  /** Document-rule findings; null until the document is parsed in full. */
  local: Finding[] | null;
  lines: LineIndex;
  kind: string | null;
  /** The document's `process-docs-disable…` comments. */
  directives: Directives;
}

export interface UpdateResult {
  model: DocModel;
  /** Other documents whose workspace findings may have changed. */
  affected: string[];
}

export class Checker {
  readonly index = new WorkspaceIndex();
  private entries = new Map<string, Entry>();

  constructor(public project: Project) {}

  /** Reads a new version of a document. */
  update(path: string, text: string, cache?: ParseCache): UpdateResult {
    const model = buildModel(path, text, this.project, { cache });
    const lines = new LineIndex(text);
    const directives = readDirectives(text, lines);
    const local = runDocumentRules(model, this.project).filter((f) => !isSuppressed(f, directives, lines));
    this.entries.set(path, { local, lines, kind: model.kind, directives });
    const affected = this.index.set(summarize(model));
    return { model, affected };
  }

  /**
   * Indexes a document from a line scan, without parsing it: what other
   * documents' findings need, fast. Its own findings wait for `update`.
   */
  scan(path: string, text: string): string[] {
    const description = describeDocument(path, text, this.project);
    const lines = new LineIndex(text);
    this.entries.set(path, { local: null, lines, kind: description.kind, directives: readDirectives(text, lines) });
    return this.index.set(summarize(description));
  }

  /** Whether a document was only indexed and still needs `update` for its own findings. */
  needsUpdate(path: string): boolean {
    return this.entries.get(path)?.local === null;
  }

  /** Records that a Markdown file exists without reading it (too large, binary, unreadable). */
  addFile(path: string): void {
    this.index.addFile(path);
  }

  /** Forgets a deleted document; returns the documents it affected. */
  remove(path: string): string[] {
    this.entries.delete(path);
    return this.index.delete(path);
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  kindOf(path: string): string | null {
    return this.entries.get(path)?.kind ?? null;
  }

  lines(path: string): LineIndex | undefined {
    return this.entries.get(path)?.lines;
  }

  /** All findings of a document: its own and the workspace's. */
  findings(path: string): Finding[] {
    const entry = this.entries.get(path);
    if (!entry) return [];
    const local = entry.local ?? [];
    const summary = this.index.get(path);
    if (!summary) return local;
    const workspace = runWorkspaceRules(summary, this.project, this.index).filter((f) => !isSuppressed(f, entry.directives, entry.lines));
    return mergeFindings(local, workspace);
  }

  paths(): string[] {
    return [...this.entries.keys()];
  }
}
