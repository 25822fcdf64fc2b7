// What the end-to-end tests share: the extension, the fixture workspace, and waits on
// VS Code's events (never on the clock).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'process-docs.process-docs';

export function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found, `${EXTENSION_ID} is not installed in this VS Code`);
  return found;
}

/** A file of the fixture workspace (a fresh copy of test/e2e/workspace). */
export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

export async function openEditor(relative: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(relative)));
}

/** The rule id of a diagnostic, whether the server sends it plain or with a link. */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === undefined ? undefined : String(code);
}

/** `rule line:char-line:char` (0-based), the shape the tests compare. */
export function describeDiagnostic(d: vscode.Diagnostic): string {
  const { start, end } = d.range;
  return `${ruleOf(d)} ${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** Our diagnostics for `uri`, once `accept` holds for them: now, or at a later change. */
export function diagnosticsWhen(uri: vscode.Uri, accept: (ours: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'process-docs');
  return new Promise((resolve, reject) => {
    const settle = (diagnostics: vscode.Diagnostic[]) => {
      if (!accept(diagnostics)) return false;
      subscription.dispose();
      clearTimeout(timer);
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) settle(ours());
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`${vscode.workspace.asRelativePath(uri)}: waited ${timeoutMs} ms for ${what}; it has ${JSON.stringify(ours().map(describeDiagnostic))}`));
    }, timeoutMs);
    settle(ours());
  });
}

/** Waits until `uri` has a diagnostic of `rule`, and returns it. */
export async function diagnosticOf(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic> {
  const all = await diagnosticsWhen(uri, (ds) => ds.some((d) => ruleOf(d) === rule), `a ${rule} diagnostic`);
  return all.find((d) => ruleOf(d) === rule)!;
}

/** Waits until `uri` has no diagnostic of `rule`. */
export function noDiagnosticOf(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic[]> {
  return diagnosticsWhen(uri, (ds) => !ds.some((d) => ruleOf(d) === rule), `its ${rule} diagnostic to clear`);
}

/** Throws away unsaved edits and closes every editor, so each test starts from the files on disk. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  assert.deepEqual(vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)), [], 'editors left open');
  assert.deepEqual(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()), [], 'unsaved edits left');
}
