// The server's state: one Checker per workspace folder, fed by open documents
// (as typed) and by the file system (for every other document), publishing
// diagnostics for every process document it knows.
import * as path from 'node:path';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Checker } from '../core/checker';
import { CONFIG_FILE } from '../core/config';
import type { EditorContext } from '../core/editor';
import { LineIndex } from '../core/lines';
import { ParseCache } from '../core/markdown/parse';
import type { DocModel } from '../core/model';
import { DELETED, findMarkdown, isMarkdown, MAX_FILE_BYTES, readDocument, readDocuments } from '../node/files';
import { findRoot, loadProject, WORKSPACE_TEMPLATES, type LoadedProject } from '../node/project';
import { fromPosix, toPosix } from '../node/paths';
import { pathToUri, toDiagnostic, toRange, SOURCE, uriToPath } from './convert';

export interface Settings {
  enable: boolean;
  validateDelay: number;
}

function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export interface OpenDocument {
  document: TextDocument;
  /** Line index of the model's text. */
  lines: LineIndex;
  folder: Folder;
  ctx: EditorContext;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, validateDelay: 150 };

export interface Folder {
  root: string;
  loaded: LoadedProject;
  checker: Checker;
  /** Paths that had diagnostics published, to clear them when they go away. */
  published: Set<string>;
  /**
   * While the folder is being indexed, the files a watcher event has already
   * handled: the index must not put back older text read before the event.
   */
  touched: Set<string> | null;
}

/** Why an open document over the size limit is not checked. */
const TOO_LARGE = `larger than ${MAX_FILE_BYTES / 1024} KB`;

const PROJECT_FILES = [CONFIG_FILE, '.adr-dir', '.log4brains.yml'];

export class Session {
  private folders = new Map<string, Folder>();
  private caches = new Map<string, ParseCache>();
  private timers = new Map<string, NodeJS.Timeout>();
  private skippedNotices = new Set<string>();
  /** Workspace folders whose project (config, templates) is being read. */
  private loading = new Set<string>();
  /** The model of each open document's latest validated version, for editor features. */
  private models = new Map<string, { version: number; model: DocModel; checker: Checker }>();
  settings: Settings = DEFAULT_SETTINGS;
  /** Called whenever a document's findings are published, i.e. after the index may have changed. */
  onIndexChange: (() => void) | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
  ) {}

  /** Indexes a workspace folder from disk and publishes its documents' diagnostics. */
  async addFolder(root: string): Promise<void> {
    this.loading.add(toPosix(root));
    const folder = await this.loadFolder(root).finally(() => this.loading.delete(toPosix(root)));
    this.folders.set(folder.root, folder);
    await this.indexFolder(folder);
  }

  removeFolder(root: string): void {
    const folder = this.folders.get(toPosix(root));
    if (!folder) return;
    this.folders.delete(folder.root);
    for (const p of folder.published) this.connection.sendDiagnostics({ uri: pathToUri(p), diagnostics: [] });
  }

  /** Called on every change to an open document; validates after the configured delay. */
  scheduleValidation(doc: TextDocument): void {
    const previous = this.timers.get(doc.uri);
    if (previous) clearTimeout(previous);
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        // Always the latest text: a stale version is never validated.
        const latest = this.documents.get(doc.uri);
        if (latest) this.validateOpen(latest);
      }, this.settings.validateDelay),
    );
  }

  validateOpen(doc: TextDocument): void {
    const file = uriToPath(doc.uri);
    if (!file || !isMarkdown(file) || !this.settings.enable) return;
    const folder = this.folderFor(file);
    // A document opened while its folder's project is read: the index pass that follows validates it.
    if (!folder && [...this.loading].some((root) => file.startsWith(`${root}/`))) return;
    if (!folder) {
      // A file outside every workspace folder: adopt the project around it, then validate.
      void this.adopt(file).then(() => {
        const latest = this.documents.get(doc.uri);
        if (latest && this.folderFor(file)) this.validateOpen(latest);
      });
      return;
    }
    const text = doc.getText();
    if (text.length > MAX_FILE_BYTES) {
      this.noticeSkipped(file, TOO_LARGE);
      return;
    }
    let cache = this.caches.get(doc.uri);
    if (!cache) this.caches.set(doc.uri, (cache = new ParseCache()));
    const { model, affected } = folder.checker.update(file, text, cache);
    this.models.set(doc.uri, { version: doc.version, model, checker: folder.checker });
    this.publish(folder, file, doc.version);
    for (const other of affected) this.publish(folder, other);
  }

  /** An editor closed a document: the file on disk is the truth again. */
  async closed(uri: string): Promise<void> {
    this.caches.delete(uri);
    this.models.delete(uri);
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    const file = uriToPath(uri);
    if (file) await this.fileChanged(file, 'changed');
  }

  /** A file-system event (created, changed, deleted) from the client's watcher. */
  async fileChanged(file: string, change: 'created' | 'changed' | 'deleted'): Promise<void> {
    const folder = this.folderFor(file);
    if (!folder) return;
    const rel = path.posix.relative(folder.root, file);
    if (PROJECT_FILES.includes(rel) || rel.startsWith(`${toPosix(WORKSPACE_TEMPLATES)}/`)) {
      await this.reload(folder);
      return;
    }
    if (!isMarkdown(file) || this.documents.get(pathToUri(file))) return;
    folder.touched?.add(file);
    if (change === 'deleted') this.forget(folder, file);
    else await this.readInto(folder, file, 'all');
  }

  /** Re-reads the config, templates and every document (after a config change). */
  async reload(folder: Folder): Promise<void> {
    const fresh = await this.loadFolder(folder.root);
    fresh.published = folder.published;
    this.folders.set(folder.root, fresh);
    await this.indexFolder(fresh);
  }

  async reloadAll(): Promise<void> {
    for (const folder of [...this.folders.values()]) await this.reload(folder);
  }

  clearAll(): void {
    for (const folder of this.folders.values()) {
      for (const p of folder.published) this.connection.sendDiagnostics({ uri: pathToUri(p), diagnostics: [] });
      folder.published.clear();
    }
  }

  /** The folder holding a path (the deepest root), or a folder rooted at the file's directory. */
  folderFor(file: string): Folder | undefined {
    let best: Folder | undefined;
    for (const folder of this.folders.values()) {
      if ((file.startsWith(`${folder.root}/`) || folder.root === '/') && (!best || folder.root.length > best.root.length)) best = folder;
    }
    return best;
  }

  checkerFor(file: string): Checker | undefined {
    return this.folderFor(file)?.checker;
  }

  allFolders(): Folder[] {
    return [...this.folders.values()];
  }

  /**
   * An open document as editor features need it: the model of its current
   * version (validated now when a change is still waiting for its delay, so a
   * request never sees stale text and no version is parsed twice).
   */
  openDocument(uri: string): OpenDocument | null {
    const document = this.documents.get(uri);
    const file = uriToPath(uri);
    const folder = file ? this.folderFor(file) : undefined;
    if (!document || !file || !folder) return null;
    const held = this.models.get(uri);
    if (held?.version !== document.version || held.checker !== folder.checker) {
      clearTimeout(this.timers.get(uri));
      this.timers.delete(uri);
      this.validateOpen(document);
    }
    const current = this.models.get(uri);
    const lines = folder.checker.lines(file);
    if (current?.version !== document.version || current.checker !== folder.checker || !lines) return null;
    return { document, lines, folder, ctx: { doc: current.model, project: folder.checker.project, index: folder.checker.index } };
  }

  /** Another document's text: its open buffer, else the file on disk; null when it cannot be read. */
  async readText(file: string): Promise<string | null> {
    const open = this.documents.get(pathToUri(file));
    if (open) return open.getText();
    const read = await readDocument(fromPosix(file));
    return read.ok ? read.text : null;
  }

  private adopting = new Map<string, Promise<void>>();

  private adopt(file: string): Promise<void> {
    const root = toPosix(findRoot(fromPosix(path.posix.dirname(file))));
    let pending = this.adopting.get(root);
    if (!pending) this.adopting.set(root, (pending = this.addFolder(root)));
    return pending;
  }

  private async loadFolder(root: string): Promise<Folder> {
    const loaded = await loadProject(fromPosix(root));
    return { root: toPosix(root), loaded, checker: new Checker(loaded.project), published: new Set(), touched: null };
  }

  /**
   * Indexes every document with a line scan first (cross-document findings need
   * the whole index), then parses and publishes each one in the background.
   */
  private async indexFolder(folder: Folder): Promise<void> {
    // The end of this progress is the editor's (and a test's) sign that every publication is final.
    const progress = await this.connection.window.createWorkDoneProgress().catch(() => null);
    progress?.begin('Process Docs', 0, `Reading ${path.posix.basename(folder.root)}`);
    try {
      await this.indexFiles(folder, (done, total) => progress?.report(Math.floor((done / total) * 100), `Checking ${done} of ${total} documents`));
    } finally {
      progress?.done();
    }
  }

  private async indexFiles(folder: Folder, report: (done: number, total: number) => void): Promise<void> {
    folder.touched = new Set();
    const found = await findMarkdown(fromPosix(folder.root));
    const listed = new Set(found.map(toPosix));
    // Open documents not on disk (new, unsaved) belong to the folder as much as its files.
    const unsaved = this.documents.all().flatMap((d) => {
      const file = uriToPath(d.uri);
      return file && isMarkdown(file) && !listed.has(file) && this.folderFor(file) === folder ? [file] : [];
    });
    const files = [...listed, ...unsaved];
    let i = 0;
    for await (const [native, read] of readDocuments(found)) {
      const file = toPosix(native);
      const open = this.documents.get(pathToUri(file));
      if (open) this.indexOpen(folder, file, open);
      else if (folder.touched.has(file)) continue;
      else if (read.ok) folder.checker.scan(file, read.text);
      else if (read.reason === DELETED) folder.checker.remove(file);
      else this.skipped(folder, file, read.reason);
      if (++i % 100 === 0) await yieldToEvents();
    }
    for (const file of unsaved) this.indexOpen(folder, file, this.documents.get(pathToUri(file))!);
    folder.touched = null;
    this.publishConfigProblems(folder);
    for (i = 0; i < files.length; i++) {
      if (this.folders.get(folder.root) !== folder) return; // reloaded meanwhile
      const open = this.documents.get(pathToUri(files[i]));
      if (open) this.publish(folder, files[i], open.version);
      else if (folder.checker.needsUpdate(files[i])) await this.readInto(folder, files[i], 'self');
      else if (!folder.checker.has(files[i])) this.publish(folder, files[i]); // gone: clears what it had
      if (i % 20 === 19) {
        report(i + 1, files.length);
        await yieldToEvents();
      }
    }
  }

  /** Indexes an open document from its buffer, within the same size limit as files. */
  private indexOpen(folder: Folder, file: string, open: TextDocument): void {
    const text = open.getText();
    if (text.length <= MAX_FILE_BYTES) folder.checker.update(file, text, this.caches.get(open.uri));
    else this.skipped(folder, file, TOO_LARGE);
  }

  /** Reads a closed document from disk in full; publishes it, and with `all` the documents it affects. */
  private async readInto(folder: Folder, file: string, publish: 'self' | 'all'): Promise<void> {
    const read = await readDocument(fromPosix(file));
    // Opened in an editor while it was read: the buffer is the truth, not the disk.
    if (this.documents.get(pathToUri(file))) {
      this.connection.console.log(`Process Docs kept the open buffer of ${file} over the file read from disk`);
      return;
    }
    if (!read.ok && read.reason === DELETED) this.forget(folder, file);
    else if (!read.ok) this.skipped(folder, file, read.reason);
    if (!read.ok) return;
    const { affected } = folder.checker.update(file, read.text);
    this.publish(folder, file);
    if (publish === 'all') for (const other of affected) this.publish(folder, other);
  }

  /** A file that exists but cannot be checked: links to it still resolve. */
  private skipped(folder: Folder, file: string, reason: string): void {
    folder.checker.addFile(file);
    this.noticeSkipped(file, reason);
  }

  /** A file that is gone: out of the index, its diagnostics cleared, the documents it affected re-published. */
  private forget(folder: Folder, file: string): void {
    const affected = folder.checker.remove(file);
    this.publish(folder, file);
    for (const other of affected) this.publish(folder, other);
  }

  private publish(folder: Folder, file: string, version?: number): void {
    this.onIndexChange?.();
    if (!this.settings.enable) return;
    const lines = folder.checker.lines(file);
    const findings = lines ? folder.checker.findings(file) : [];
    // Open documents always hear about their version; closed ones only when something changes.
    if (findings.length === 0 && !folder.published.has(file) && version === undefined) return;
    const diagnostics = lines ? findings.map((f) => toDiagnostic(f, lines, (p) => folder.checker.lines(p))) : [];
    if (diagnostics.length) folder.published.add(file);
    else folder.published.delete(file);
    this.connection.sendDiagnostics({ uri: pathToUri(file), version, diagnostics });
  }

  private publishConfigProblems(folder: Folder): void {
    const { configFile, configText, configProblems } = folder.loaded;
    const file = toPosix(configFile ?? path.join(fromPosix(folder.root), CONFIG_FILE));
    const lines = new LineIndex(configText ?? '');
    const diagnostics = configProblems.map((p) => ({ range: toRange(p.range, lines), severity: 2 as const, source: SOURCE, code: 'config.invalid', message: p.message }));
    this.connection.sendDiagnostics({ uri: pathToUri(file), diagnostics });
  }

  private noticeSkipped(file: string, reason: string): void {
    if (this.skippedNotices.has(file)) return;
    this.skippedNotices.add(file);
    this.connection.console.info(`Process Docs skipped ${file}: ${reason}`);
  }
}
