// A real JSON-RPC client for the bundled server over stdio.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { pathToFileURL } from 'node:url';
import { REPO } from '../helpers';

export const SERVER = path.join(REPO, 'dist', 'server.js');

export class LspClient {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcess;
  /** Every publication, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Every window/logMessage, in arrival order. */
  readonly logs: LogMessageParams[] = [];
  private logWaiters: { match: (p: LogMessageParams) => boolean; resolve: () => void }[] = [];
  private waiters: { match: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  /** Work-done progresses the server has ended (it ends one when a folder is fully checked). */
  private progressEnded = 0;
  private progressWaiters: { count: number; resolve: () => void }[] = [];

  /**
   * The process id sent in `initialize`: the server exits once it cannot signal that process.
   * A server run as another user cannot signal this one (EPERM) and would take it for gone.
   */
  private readonly processId: number | null;

  /** `options` can name another copy of the server and run it as another user. */
  constructor(options: { server?: string; uid?: number; gid?: number } = {}) {
    const { server = SERVER, ...user } = options;
    this.processId = user.uid === undefined ? process.pid : null;
    this.child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], ...user });
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => (w.match(p) ? (w.resolve(p), false) : true));
    });
    this.connection.onNotification('window/logMessage', (p: LogMessageParams) => {
      this.logs.push(p);
      this.logWaiters = this.logWaiters.filter((w) => (w.match(p) ? (w.resolve(), false) : true));
    });
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
      const listening = this.connection.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind !== 'end') return;
        listening.dispose();
        this.progressEnded++;
        this.progressWaiters = this.progressWaiters.filter((w) => (w.count <= this.progressEnded ? (w.resolve(), false) : true));
      });
    });
    this.connection.listen();
  }

  async initialize(root: string, options: Record<string, unknown> = { validateDelay: 20 }, capabilities: ClientCapabilities = {}): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: this.processId,
      rootUri: uri(root),
      workspaceFolders: [{ uri: uri(root), name: 'ws' }],
      capabilities,
      initializationOptions: options,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** The next publication for `file` satisfying `match` (already published ones count), or a timeout failure. */
  diagnostics(file: string, match: (d: Diagnostic[], p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const target = uri(file);
    const test = (p: PublishDiagnosticsParams) => p.uri === target && match(p.diagnostics, p);
    const seen = this.lastPublished(file);
    if (seen && test(seen)) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${file} within ${timeoutMs} ms; last: ${JSON.stringify(seen?.diagnostics.map((d) => d.code))}`)), timeoutMs);
      this.waiters.push({ match: test, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /** Resolves at the first log message (already logged ones count) that `match` accepts. */
  logged(match: (message: string) => boolean, timeoutMs = 10_000): Promise<void> {
    if (this.logs.some((l) => match(l.message))) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching log message within ${timeoutMs} ms`)), timeoutMs);
      this.logWaiters.push({ match: (p) => match(p.message), resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  /**
   * Resolves once `count` work-done progresses have ended in all: with the client capability
   * `window.workDoneProgress`, the server ends one when a folder's every publication is final.
   */
  progressDone(count = 1, timeoutMs = 60_000): Promise<void> {
    if (this.progressEnded >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.progressEnded} of ${count} progresses ended within ${timeoutMs} ms`)), timeoutMs);
      this.progressWaiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  /** The latest publication for `file`, if any. */
  lastPublished(file: string): PublishDiagnosticsParams | undefined {
    const target = uri(file);
    return [...this.published].reverse().find((p) => p.uri === target);
  }

  open(file: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(file), languageId: 'markdown', version, text } });
  }

  close(file: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uri(file) } });
  }

  replace(file: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri(file), version }, contentChanges: [{ text }] });
  }

  edit(file: string, version: number, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri(file), version }, contentChanges: [{ range, text }] });
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    await this.connection.sendNotification('exit').catch(() => undefined);
    this.connection.dispose();
    if (this.child.exitCode === null) await new Promise((r) => this.child.once('exit', r));
  }
}

export function uri(file: string): string {
  return pathToFileURL(file).toString();
}
