// The custom requests between the VS Code client and the language server, in
// one place both import. The server owns the workspace index, so the client asks
// it for plans (as LSP WorkspaceEdits) and for the decision index. Plain data
// and method names only: no runtime dependency for the client to bundle twice.
import type { Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { Question } from './core/scaffold';
import type { LinkType } from './core/supersede';

export type { Question, LinkType };

/** A request's method, carrying its parameter and result types. */
export interface RequestSpec<P, R> {
  method: string;
  /** Never set: only carries the types. */
  types?: [P, R];
}

const request = <P, R>(method: string): RequestSpec<P, R> => ({ method });

/** A plan the client applies as one WorkspaceEdit. */
export interface PlanResult {
  type: 'plan';
  label: string;
  notes: string[];
  edit: WorkspaceEdit;
  /** Where the writer starts typing in a new document. */
  focus?: { uri: string; range: Range };
}

export type ErrorResult = { type: 'error'; message: string };

export type NewDocumentResponse =
  | PlanResult
  | ErrorResult
  | { type: 'questions'; questions: Question[] }
  /** No folder is configured or found: paths relative to `root`. */
  | { type: 'folder'; root: string; suggestions: string[] };

export interface NewDocumentParams {
  kind: string;
  title: string;
  /** A folder the writer chose (explorer menu, folder prompt). */
  folderUri?: string;
  /** A document in the workspace folder to create it in, when no folder is given (the active editor). */
  contextUri?: string;
  variant?: string;
  /** Template variables: `author`, `incident-date`, `severity`… */
  values: Record<string, string>;
}

export const planNewDocument = request<NewDocumentParams, NewDocumentResponse>('processDocs/planNewDocument');

export interface SupersedeParams {
  /** The ADR being superseded. */
  uri: string;
  title: string;
  values: Record<string, string>;
}

export const planSupersede = request<SupersedeParams, NewDocumentResponse>('processDocs/planSupersede');

export interface LinkParams {
  fromUri: string;
  relation: LinkType;
  toUri: string;
}

export const planLink = request<LinkParams, PlanResult | ErrorResult>('processDocs/planLink');

export interface RenumberParams {
  /** A document or folder in the workspace folder to renumber; the first folder when absent. */
  contextUri?: string;
}

export interface RenumberResult extends PlanResult {
  moves: { uri: string; from: number; to: number; newUri: string }[];
}

export const planRenumber = request<RenumberParams, RenumberResult | ErrorResult>('processDocs/planRenumber');

export interface IndexEntry {
  number: number | null;
  title: string;
  status: string | null;
  date: string | null;
  /** Relative to its workspace folder. */
  file: string;
  uri: string;
  deciders: string[];
  supersedes: number[];
  supersededBy: number[];
}

export interface DecisionIndexResult {
  folders: { root: string; name: string; entries: IndexEntry[] }[];
}

export const decisionIndex = request<Record<string, never>, DecisionIndexResult>('processDocs/decisionIndex');

/** Writes or refreshes the index region in every ADR folder's README. */
export const planIndexFiles = request<Record<string, never>, PlanResult | ErrorResult>('processDocs/planIndexFiles');

/** Server → client: the decision index changed (documents edited, created, deleted). */
export const didChangeIndex = 'processDocs/didChangeIndex';
