// Applies a plan from the server as ONE WorkspaceEdit (one undo step), after
// checking that no editor changed since the plan was made: a plan computed on
// older text would clobber what the writer typed since.
import { Position, Range, Selection, TextEditorRevealType, Uri, window, workspace } from 'vscode';
import type { LanguageClient, WorkspaceEdit as ClientWorkspaceEdit } from 'vscode-languageclient/node';
import type { PlanResult } from '../../../server/src/protocol';

/** The documents whose editor text no longer matches what the plan was made from. */
export function staleDocuments(plan: PlanResult): string[] {
  const stale: string[] = [];
  for (const change of plan.edit.documentChanges ?? []) {
    if (!('textDocument' in change)) continue;
    const { uri, version } = change.textDocument;
    const open = workspace.textDocuments.find((d) => d.uri.toString() === uri);
    // A versioned edit needs that exact version; a file read from disk must not have unsaved changes since.
    if (version !== null ? open?.version !== version : open?.isDirty) stale.push(workspace.asRelativePath(Uri.parse(uri)));
  }
  return stale;
}

export async function applyPlan(client: LanguageClient, plan: PlanResult): Promise<boolean> {
  const stale = staleDocuments(plan);
  if (stale.length) {
    void window.showWarningMessage(`Process Docs: ${stale.join(', ')} changed while the change was prepared; nothing was changed. Run the command again.`);
    return false;
  }
  // The server's protocol types are a newer minor version than the client's; the edits are plain ones.
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(plan.edit as unknown as ClientWorkspaceEdit);
  if (!edit || !(await workspace.applyEdit(edit, { isRefactoring: true }))) return false;
  // A new file is saved with its text, never left empty on disk behind an unsaved editor.
  for (const change of plan.edit.documentChanges ?? []) {
    if ('kind' in change && change.kind === 'create') await workspace.textDocuments.find((d) => d.uri.toString() === change.uri)?.save();
  }
  for (const note of plan.notes) void window.showWarningMessage(`Process Docs: ${note}`);
  if (plan.focus) {
    const editor = await window.showTextDocument(Uri.parse(plan.focus.uri));
    const { start, end } = plan.focus.range;
    editor.selection = new Selection(new Position(start.line, start.character), new Position(end.line, end.character));
    editor.revealRange(new Range(editor.selection.start, editor.selection.end), TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return true;
}
