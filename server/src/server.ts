#!/usr/bin/env node
// The language server: the LSP shell around the core. Runs under the VS Code
// client (IPC) or standalone for any editor (`--stdio`).
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, Session, type Settings } from './lsp/session';
import { uriToPath } from './lsp/convert';
import { registerEditorFeatures } from './lsp/features';
import { registerCommandRequests } from './lsp/commands';

declare const PROCESS_DOCS_VERSION: string;

const connection = createConnection();
// A change whose version is not newer than the text held (a client bug, or
// reordered messages) is dropped: applying it could publish an old result last.
const documents = new TextDocuments<TextDocument>({
  // A didOpen without text (a broken client) opens an empty document rather than poisoning the checker.
  create: (uri, languageId, version, text) => TextDocument.create(uri, languageId, version, typeof text === 'string' ? text : ''),
  update(document, changes, version) {
    if (version > document.version) return TextDocument.update(document, changes, version);
    connection.console.warn(`Process Docs ignored version ${version} of ${document.uri}: version ${document.version} is already open`);
    return document;
  },
});
const session = new Session(connection, documents);
const editor = registerEditorFeatures(connection, session);
let roots: string[] = [];
let canWatch = false;
let canConfigure = false;
let canFollowFolders = false;

connection.onInitialize((params: InitializeParams) => {
  roots = (params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : [])).map(uriToPath).filter((p): p is string => !!p);
  canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  canConfigure = !!params.capabilities.workspace?.configuration;
  canFollowFolders = !!params.capabilities.workspace?.workspaceFolders;
  const options = params.initializationOptions as Partial<Settings> | undefined;
  session.settings = { ...DEFAULT_SETTINGS, ...options };
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      ...editor.capabilities(params.capabilities),
    },
    serverInfo: { name: 'process-docs-language-server', version: typeof PROCESS_DOCS_VERSION === 'string' ? PROCESS_DOCS_VERSION : 'dev' },
  };
});

connection.onInitialized(async () => {
  if (canWatch) {
    const globs = ['**/*.md', '**/*.markdown', '**/.processdocs.json', '**/.adr-dir', '**/.log4brains.yml', '**/.processdocs/templates/*.md'];
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: globs.map((globPattern) => ({ globPattern })) });
  }
  if (canConfigure) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'processDocs' });
    await readSettings();
  }
  if (canFollowFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
      for (const f of e.removed) session.removeFolder(uriToPath(f.uri) ?? '');
      for (const f of e.added) await session.addFolder(uriToPath(f.uri) ?? '');
    });
  }
  for (const root of roots) await session.addFolder(root);
});

async function readSettings(): Promise<void> {
  const value = (await connection.workspace.getConfiguration('processDocs').catch(() => null)) as Partial<Settings> | null;
  const next = { ...DEFAULT_SETTINGS, ...(value ?? {}) };
  const wasEnabled = session.settings.enable;
  session.settings = next;
  if (wasEnabled && !next.enable) session.clearAll();
  if (!wasEnabled && next.enable) await session.reloadAll();
}

connection.onDidChangeConfiguration(() => (canConfigure ? readSettings() : undefined));
documents.onDidChangeContent((e) => session.scheduleValidation(e.document));
documents.onDidClose((e) => session.closed(e.document.uri));
connection.onDidChangeWatchedFiles(async ({ changes }) => {
  for (const c of changes) {
    const file = uriToPath(c.uri);
    if (file) await session.fileChanged(file, c.type === FileChangeType.Created ? 'created' : c.type === FileChangeType.Deleted ? 'deleted' : 'changed');
  }
});

// A bug must cost one result, never the editor's whole session.
process.on('uncaughtException', (err) => connection.console.error(`Process Docs: ${err.stack ?? err}`));
process.on('unhandledRejection', (err) => connection.console.error(`Process Docs: ${err instanceof Error ? err.stack : String(err)}`));

registerCommandRequests(connection, session, documents);
documents.listen(connection);
connection.listen();
