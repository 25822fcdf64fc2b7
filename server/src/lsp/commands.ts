// The custom requests behind the editor's commands: each finds the workspace
// folder, gathers texts (open documents as typed, other files from disk), asks
// the core for a plan and returns it as one WorkspaceEdit.
import * as path from 'node:path';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { adrFolders, decisionIndex as buildIndex, planIndexRegions, readmeOf } from '../core/decisionIndex';
import type { Plan } from '../core/plan';
import { planRenumber as renumber } from '../core/renumber';
import { planNewDocument as planNew, type NewDocumentResult } from '../core/scaffold';
import { LINK_TYPES, planLink as link, planSupersede as supersede, type DocText } from '../core/supersede';
import { readWorkspace } from '../node/workspace';
import * as P from '../protocol';
import { LineIndex } from '../core/lines';
import { pathToUri, planToWorkspaceEdit, toRange, uriToPath } from './convert';
import type { Folder, Session } from './session';

type Handler<P, R> = (params: P) => Promise<R>;

export function registerCommandRequests(connection: Connection, session: Session, documents: TextDocuments<TextDocument>): void {
  const on = <Q, R>(spec: P.RequestSpec<Q, R>, handler: Handler<Q, R>) => connection.onRequest(spec.method, (params: Q) => handler(params));
  const requests = new CommandRequests(session, documents);
  on(P.planNewDocument, (p) => requests.newDocument(p));
  on(P.planSupersede, (p) => requests.supersede(p));
  on(P.planLink, (p) => requests.link(p));
  on(P.planRenumber, (p) => requests.renumber(p));
  on(P.decisionIndex, async () => requests.decisionIndex());
  on(P.planIndexFiles, () => requests.indexFiles());
  watchIndex(connection, session, () => requests.decisionIndex());
}

/** Tells the client when the decision index changes, at most every 250 ms and only when it did change. */
function watchIndex(connection: Connection, session: Session, index: () => P.DecisionIndexResult): void {
  let timer: NodeJS.Timeout | undefined;
  let last = '';
  session.onIndexChange = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      const now = JSON.stringify(index());
      if (now !== last) void connection.sendNotification(P.didChangeIndex);
      last = now;
    }, 250);
  };
}

class CommandRequests {
  constructor(
    private readonly session: Session,
    private readonly documents: TextDocuments<TextDocument>,
  ) {}

  async newDocument(p: P.NewDocumentParams): Promise<P.NewDocumentResponse> {
    const folder = this.folderAt(p.folderUri ?? p.contextUri);
    if (!folder) return { type: 'error', message: 'Open a folder to create documents in' };
    const chosen = p.folderUri ? path.posix.relative(folder.root, uriToPath(p.folderUri)!) : undefined;
    const result = planNew({ kind: p.kind, title: p.title, folder: chosen, variant: p.variant, values: p.values }, folder.loaded.project, folder.checker.index);
    return this.respond(folder, result, new Map());
  }

  async supersede(p: P.SupersedeParams): Promise<P.NewDocumentResponse> {
    const old = await this.docText(p.uri);
    const folder = old && this.session.folderFor(old.path);
    if (!old || !folder) return { type: 'error', message: 'The ADR is not in an open workspace folder' };
    const result = supersede(old, { title: p.title, values: p.values }, folder.loaded.project, folder.checker.index);
    return this.respond(folder, result, new Map([[old.path, old.text]]));
  }

  async link(p: P.LinkParams): Promise<P.PlanResult | P.ErrorResult> {
    const [from, to] = [await this.docText(p.fromUri), await this.docText(p.toUri)];
    const folder = from && this.session.folderFor(from.path);
    if (!from || !to || !folder || !LINK_TYPES.includes(p.relation)) return { type: 'error', message: 'Pick two ADRs of an open workspace folder' };
    const plan = link(from, p.relation, to, folder.loaded.project);
    if (typeof plan === 'string') return { type: 'error', message: plan };
    return this.planResult(folder, plan, new Map([from, to].map((d) => [d.path, d.text])));
  }

  async renumber(p: P.RenumberParams): Promise<P.RenumberResult | P.ErrorResult> {
    const folder = this.folderAt(p.contextUri);
    if (!folder) return { type: 'error', message: 'Open a folder with ADRs to renumber' };
    const files = await readWorkspace(folder.root, this.openTexts(folder));
    const { plan, moves } = renumber(files, folder.loaded.project);
    const texts = new Map(files.map((f) => [f.path, f.text]));
    const result = this.planResult(folder, plan, texts, { label: 'Renumber ADRs', needsConfirmation: true, description: `${moves.length} ADR(s) change number` });
    return { ...result, moves: moves.map((m) => ({ uri: pathToUri(m.path), from: m.from, to: m.to, newUri: pathToUri(m.newPath) })) };
  }

  decisionIndex(): P.DecisionIndexResult {
    return {
      folders: this.session.allFolders().map((f) => ({
        root: pathToUri(f.root),
        name: path.posix.basename(f.root),
        entries: buildIndex(f.checker.index).map(({ path: p, ...e }) => ({ ...e, uri: pathToUri(p) })),
      })),
    };
  }

  async indexFiles(): Promise<P.PlanResult | P.ErrorResult> {
    const plans: { folder: Folder; plan: Plan; texts: Map<string, string> }[] = [];
    for (const folder of this.session.allFolders()) {
      const entries = buildIndex(folder.checker.index);
      const texts = new Map((await readWorkspace(folder.root, this.openTexts(folder))).map((f) => [f.path, f.text]));
      plans.push({ folder, plan: planIndexRegions(entries, new Map(adrFolders(entries).map((dir) => [dir, readmeOf(dir, texts)]))), texts });
    }
    if (plans.length === 0) return { type: 'error', message: 'Open a folder with ADRs' };
    // One edit for every folder: merge the plans.
    const merged: Plan = { label: 'Generate the decision index', changes: plans.flatMap((x) => x.plan.changes), notes: plans.flatMap((x) => x.plan.notes) };
    const texts = new Map(plans.flatMap((x) => [...x.texts]));
    return this.planResult(plans[0].folder, merged, texts);
  }

  /** The workspace folder holding a URI (or being it); the first folder without one. */
  private folderAt(uri: string | undefined): Folder | undefined {
    const at = uri ? uriToPath(uri) : null;
    if (!at) return uri ? undefined : this.session.allFolders()[0];
    return this.session.folderFor(at) ?? this.session.allFolders().find((f) => f.root === at);
  }

  /** Open documents of the folder: their text as typed. */
  private openTexts(folder: Folder): Map<string, string> {
    const out = new Map<string, string>();
    for (const doc of this.documents.all()) {
      const p = uriToPath(doc.uri);
      if (p?.startsWith(`${folder.root}/`)) out.set(p, doc.getText());
    }
    return out;
  }

  private async docText(uri: string): Promise<DocText | null> {
    const p = uriToPath(uri);
    const text = p ? await this.session.readText(p) : null;
    return p && text !== null ? { path: p, text } : null;
  }

  private respond(folder: Folder, result: NewDocumentResult, texts: Map<string, string>): P.NewDocumentResponse {
    if (result.type === 'plan') return this.planResult(folder, result.plan, texts);
    if (result.type === 'folder') return { type: 'folder', root: pathToUri(folder.root), suggestions: result.suggestions };
    return result;
  }

  private planResult(folder: Folder, plan: Plan, texts: Map<string, string>, annotation?: { label: string; needsConfirmation: boolean; description?: string }): P.PlanResult {
    const created = new Map(plan.changes.flatMap((c) => (c.type === 'create' ? [[c.path, c.text] as const] : [])));
    const edit = planToWorkspaceEdit(plan, {
      textOf: (p) => texts.get(p) ?? this.documents.get(pathToUri(p))?.getText() ?? '',
      versionOf: (p) => this.documents.get(pathToUri(p))?.version ?? null,
      exists: (p) => folder.checker.index.hasFile(p) || texts.has(p),
      annotation,
    });
    const focus = plan.focus && created.has(plan.focus.path) ? { uri: pathToUri(plan.focus.path), range: toRange(plan.focus.range, new LineIndex(created.get(plan.focus.path)!)) } : undefined;
    return { type: 'plan', label: plan.label, notes: plan.notes, edit, ...(focus ? { focus } : {}) };
  }
}
