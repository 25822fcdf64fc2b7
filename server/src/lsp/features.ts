// The editor features over LSP. Each handler takes the open document's model
// from the session, asks the core, and converts the answer: nothing here decides.
import type { ClientCapabilities, Connection, Position, ServerCapabilities } from 'vscode-languageserver';
import { complete, documentationOf } from '../core/complete';
import { codeActions } from '../core/fixes';
import { hover } from '../core/hover';
import { definition, documentLinks, prepareRename, references, renameTitle } from '../core/navigation';
import { codeLenses, documentSymbols, workspaceSymbols } from '../core/symbols';
import {
  toCodeAction,
  toCodeLens,
  toCompletionList,
  toDocumentLink,
  toDocumentSymbol,
  toHover,
  toLocation,
  toRange,
  toSymbolInformation,
  toWorkspaceEdit,
  withDocumentation,
} from './convert';
import type { OpenDocument, Session } from './session';

/** `## `, `status: `, `ADR-`, `[`, `](`, `- `, `| `, `(Owner, `. */
const TRIGGERS = ['#', ' ', '-', '[', '(', ':', '|', ','];

export function registerEditorFeatures(connection: Connection, session: Session) {
  let canRenameFiles = false;
  let rangeDefault = false;
  const open = (uri: string) => session.openDocument(uri);
  const offset = (o: OpenDocument, p: Position) => o.document.offsetAt(p);
  const linesOf = (o: OpenDocument) => (path: string) => o.folder.checker.lines(path);
  const readText = (path: string) => session.readText(path);

  // An item names its document by [list, position] in the latest list: a path a thousand times is a lot to send.
  let latest = { list: 0, about: [] as string[] };
  const keyOf = (about: string) => [latest.list, latest.about.push(about) - 1];
  connection.onCompletion(({ textDocument, position }) => {
    const o = open(textDocument.uri);
    latest = { list: latest.list + 1, about: [] };
    return o && toCompletionList(complete(o.ctx, offset(o, position)), o.lines, rangeDefault, keyOf);
  });
  connection.onCompletionResolve((item) => {
    const [list, at] = Array.isArray(item.data) ? item.data : [];
    const about = list === latest.list ? latest.about[at] : undefined;
    const index = about ? session.folderFor(about)?.checker.index : undefined;
    return about && index ? withDocumentation(item, documentationOf(index, about)) : item;
  });
  connection.onHover(({ textDocument, position }) => {
    const o = open(textDocument.uri);
    const info = o && hover(o.ctx, offset(o, position));
    return o && info ? toHover(info, o.lines) : null;
  });
  connection.onDefinition(({ textDocument, position }) => {
    const o = open(textDocument.uri);
    const target = o && definition(o.ctx, offset(o, position));
    return o && target ? toLocation(target, linesOf(o)) : null;
  });
  connection.onReferences(({ textDocument, position, context }) => {
    const o = open(textDocument.uri);
    return o && references(o.ctx, offset(o, position), context.includeDeclaration).map((l) => toLocation(l, linesOf(o)));
  });
  connection.onDocumentLinks(({ textDocument }) => {
    const o = open(textDocument.uri);
    return o && documentLinks(o.ctx).map((l) => toDocumentLink(l, o.lines));
  });
  connection.onDocumentSymbol(({ textDocument }) => {
    const o = open(textDocument.uri);
    return o && documentSymbols(o.ctx.doc).map((s) => toDocumentSymbol(s, o.lines));
  });
  connection.onWorkspaceSymbol(({ query }) =>
    session.allFolders().flatMap((f) => workspaceSymbols(f.checker.index, f.checker.project, query).map((s) => toSymbolInformation(s, (p) => f.checker.lines(p)))),
  );
  connection.onCodeLens(({ textDocument }) => {
    const o = open(textDocument.uri);
    return o && codeLenses(o.ctx).map((l) => toCodeLens(l, o.lines));
  });
  connection.onPrepareRename(({ textDocument, position }) => {
    const o = open(textDocument.uri);
    const prepared = o && prepareRename(o.ctx, offset(o, position));
    return o && prepared ? { range: toRange(prepared.range, o.lines), placeholder: prepared.placeholder } : null;
  });
  connection.onRenameRequest(async ({ textDocument, position, newName }) => {
    const o = open(textDocument.uri);
    const change = o && (await renameTitle(o.ctx, readText, offset(o, position), newName));
    return change ? toWorkspaceEdit(change) : null;
  });
  connection.onCodeAction(async ({ textDocument, range, context }) => {
    const o = open(textDocument.uri);
    if (!o) return null;
    const fixes = await codeActions({ ...o.ctx, readText }, o.folder.checker.findings(o.ctx.doc.path), { start: offset(o, range.start), end: offset(o, range.end) }, context.only);
    return fixes.filter((f) => canRenameFiles || f.change.renames.length === 0).map((f) => toCodeAction(f, o.lines, linesOf(o)));
  });

  return {
    /** What the server offers, given what the client can do (renaming files, one edit range for all items). */
    capabilities(client: ClientCapabilities): ServerCapabilities {
      canRenameFiles = !!client.workspace?.workspaceEdit?.resourceOperations?.includes('rename');
      rangeDefault = !!client.textDocument?.completion?.completionList?.itemDefaults?.includes('editRange');
      return {
        completionProvider: { triggerCharacters: TRIGGERS, resolveProvider: true },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentLinkProvider: { resolveProvider: false },
        documentSymbolProvider: { label: 'Process Docs' },
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        renameProvider: client.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite', 'source.fixAll'] },
      };
    },
  };
}
