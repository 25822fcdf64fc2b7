// The only place where core results become LSP types.
import {
  CompletionItemKind,
  DiagnosticSeverity,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type ChangeAnnotation,
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type DocumentLink,
  type DocumentSymbol,
  type Hover,
  type Location,
  type Range as LspRange,
  type SymbolInformation,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { Completion } from '../core/complete';
import type { WorkspaceChange } from '../core/edits';
import type { Fix } from '../core/fixes';
import type { HoverInfo } from '../core/hover';
import { LineIndex } from '../core/lines';
import { sequenceRenames, type Plan } from '../core/plan';
import type { DocumentLink as CoreDocumentLink, Location as CoreLocation } from '../core/navigation';
import type { DocSymbol, Lens, WorkspaceSymbol } from '../core/symbols';
import type { Finding, Range, Severity } from '../core/types';
import { fromPosix, toPosix } from '../node/paths';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const SOURCE = 'process-docs';

export function toRange(range: Range, lines: LineIndex): LspRange {
  return { start: lines.positionAt(range.start), end: lines.positionAt(range.end) };
}

export function toDiagnostic(f: Finding, lines: LineIndex, linesOf: (path: string) => LineIndex | undefined): Diagnostic {
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of f.related ?? []) {
    const other = linesOf(r.path);
    if (other) related.push({ location: { uri: pathToUri(r.path), range: toRange(r.range, other) }, message: r.message });
  }
  return {
    range: toRange(f.range, lines),
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.rule,
    message: f.message,
    ...(related.length ? { relatedInformation: related } : {}),
  };
}

/** The core's POSIX path for a `file:` URI, or null for other schemes. */
export function uriToPath(uri: string): string | null {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? toPosix(parsed.fsPath) : null;
}

export function pathToUri(path: string): string {
  return URI.file(fromPosix(path)).toString();
}

// Editor features: completions, hovers, code actions, links, symbols, lenses.

const COMPLETION_KIND: Record<Completion['kind'], CompletionItemKind> = {
  section: CompletionItemKind.Module,
  status: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  field: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  date: CompletionItemKind.Constant,
  entry: CompletionItemKind.Snippet,
  person: CompletionItemKind.Text,
};

/** What identifies an item's document to `completionItem/resolve` (short: a list may hold a thousand). */
export type ItemKey = (about: string) => unknown;

function toCompletionItem(c: Completion, lines: LineIndex, sharedRange: boolean, keyOf: ItemKey): CompletionItem {
  return {
    label: c.label,
    kind: COMPLETION_KIND[c.kind],
    ...(c.detail ? { detail: c.detail } : {}),
    ...(c.documentation ? { documentation: { kind: MarkupKind.Markdown, value: c.documentation } } : {}),
    ...(sharedRange ? { textEditText: c.newText } : { textEdit: { range: toRange(c.range, lines), newText: c.newText } }),
    ...(c.snippet ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
    ...(c.filterText && c.filterText !== c.label ? { filterText: c.filterText } : {}),
    ...(c.sortText ? { sortText: c.sortText } : {}),
    ...(c.about ? { data: keyOf(c.about) } : {}),
  };
}

/**
 * The list; a client that takes an edit range for every item (LSP 3.17
 * `itemDefaults`) gets it once instead of a thousand times.
 */
export function toCompletionList(items: Completion[], lines: LineIndex, rangeDefault: boolean, keyOf: ItemKey): CompletionList {
  const first = items[0]?.range;
  const shared = rangeDefault && items.length > 1 && items.every((i) => i.range.start === first.start && i.range.end === first.end);
  return {
    isIncomplete: false,
    ...(shared ? { itemDefaults: { editRange: toRange(first, lines) } } : {}),
    items: items.map((c) => toCompletionItem(c, lines, shared, keyOf)),
  };
}

/** The documentation of a completion item about a document, when the client shows it. */
export function withDocumentation(item: CompletionItem, markdown: string | null): CompletionItem {
  return markdown ? { ...item, documentation: { kind: MarkupKind.Markdown, value: markdown } } : item;
}

export function toHover(h: HoverInfo, lines: LineIndex): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(h.range, lines) };
}

type LinesOf = (path: string) => LineIndex | undefined;

/** A place in any document; a document without a line index (never read) opens at its top. */
export function toLocation(loc: CoreLocation, linesOf: LinesOf): Location {
  const lines = linesOf(loc.path);
  return { uri: pathToUri(loc.path), range: lines ? toRange(loc.range, lines) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

export function toDocumentLink(link: CoreDocumentLink, lines: LineIndex): DocumentLink {
  return { range: toRange(link.range, lines), target: pathToUri(link.target.path) };
}

/** A change as a workspace edit: plain `changes`, or `documentChanges` when files are renamed. */
export function toWorkspaceEdit(change: WorkspaceChange): WorkspaceEdit {
  const edits = change.files.map((f) => {
    const lines = new LineIndex(f.text);
    return { uri: pathToUri(f.path), edits: f.edits.map((e) => ({ range: toRange(e.range, lines), newText: e.newText })) };
  });
  if (change.renames.length === 0) return { changes: Object.fromEntries(edits.map((e) => [e.uri, e.edits])) };
  return {
    documentChanges: [
      ...edits.map((e) => ({ textDocument: { uri: e.uri, version: null }, edits: e.edits })),
      ...change.renames.map((r) => ({ kind: 'rename' as const, oldUri: pathToUri(r.from), newUri: pathToUri(r.to), options: { overwrite: false, ignoreIfExists: false } })),
    ],
  };
}

export function toCodeAction(fix: Fix, lines: LineIndex, linesOf: LinesOf): CodeAction {
  return {
    title: fix.title,
    kind: fix.kind,
    ...(fix.finding ? { diagnostics: [toDiagnostic(fix.finding, lines, linesOf)] } : {}),
    ...(fix.preferred ? { isPreferred: true } : {}),
    edit: toWorkspaceEdit(fix.change),
  };
}

const SYMBOL_KIND: Record<DocSymbol['kind'], SymbolKind> = { title: SymbolKind.File, section: SymbolKind.String, entry: SymbolKind.Event, task: SymbolKind.Boolean };

export function toDocumentSymbol(s: DocSymbol, lines: LineIndex): DocumentSymbol {
  return {
    name: s.name,
    ...(s.detail ? { detail: s.detail } : {}),
    kind: SYMBOL_KIND[s.kind],
    range: toRange(s.range, lines),
    selectionRange: toRange(s.selectionRange, lines),
    children: s.children.map((c) => toDocumentSymbol(c, lines)),
  };
}

export function toSymbolInformation(s: WorkspaceSymbol, linesOf: LinesOf): SymbolInformation {
  return { name: s.name, kind: SymbolKind.File, location: toLocation(s, linesOf), containerName: s.container };
}

/** A lens that only informs: an empty command id shows its title as text. */
export function toCodeLens(lens: Lens, lines: LineIndex): CodeLens {
  return { range: toRange(lens.range, lines), command: { title: lens.title, command: '' } };
}

export interface EditContext {
  /** The text a path had when the plan was made. */
  textOf(path: string): string;
  /** The version of an open document, null for a file on disk. */
  versionOf(path: string): number | null;
  exists(path: string): boolean;
  /** Marks every change: with `needsConfirmation` the editor previews the edit first. */
  annotation?: ChangeAnnotation;
}

/** A plan as one WorkspaceEdit: new files, then edits (on the old names), then renames in a safe order. */
export function planToWorkspaceEdit(plan: Plan, ctx: EditContext): WorkspaceEdit {
  const annotationId = ctx.annotation ? 'process-docs' : undefined;
  const mark = <T extends object>(x: T): T => (annotationId ? { ...x, annotationId } : x);
  const documentChanges: WorkspaceEdit['documentChanges'] & unknown[] = [];
  for (const c of plan.changes) {
    if (c.type !== 'create') continue;
    const uri = pathToUri(c.path);
    documentChanges.push(mark({ kind: 'create' as const, uri, options: { overwrite: false, ignoreIfExists: false } }));
    documentChanges.push({ textDocument: { uri, version: null }, edits: [mark({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: c.text })] });
  }
  for (const c of plan.changes) {
    if (c.type !== 'edit') continue;
    const lines = new LineIndex(ctx.textOf(c.path));
    const edits: TextEdit[] = c.edits.map((e) => mark({ range: toRange(e.range, lines), newText: e.newText }));
    documentChanges.push({ textDocument: { uri: pathToUri(c.path), version: ctx.versionOf(c.path) }, edits });
  }
  const renames = plan.changes.flatMap((c) => (c.type === 'rename' ? [{ from: c.from, to: c.to }] : []));
  for (const r of sequenceRenames(renames, ctx.exists)) {
    documentChanges.push(mark({ kind: 'rename' as const, oldUri: pathToUri(r.from), newUri: pathToUri(r.to), options: { overwrite: false, ignoreIfExists: false } }));
  }
  return ctx.annotation ? { documentChanges, changeAnnotations: { [annotationId!]: ctx.annotation } } : { documentChanges };
}
