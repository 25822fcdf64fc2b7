// Findings reach VS Code with their rule ids and exact ranges, and typing a fix clears them.
import * as assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, describeDiagnostic, diagnosticOf, noDiagnosticOf, openEditor, workspaceUri } from './util';

const ADR = {
  clean: 'docs/adr/0001-record-architecture-decisions.md',
  statusTypo: 'docs/adr/0002-take-card-payments-through-a-gateway.md',
  missingSection: 'docs/adr/0003-retry-failed-captures.md',
  brokenReference: 'docs/adr/0004-keep-a-double-entry-ledger.md',
};

describe('ADR diagnostics', () => {
  afterEach(closeAllEditors);

  it('reports each planted mistake with its rule id, range and severity', async () => {
    const typo = await diagnosticOf(workspaceUri(ADR.statusTypo), 'adr.status-value');
    assert.equal(describeDiagnostic(typo), 'adr.status-value 6:0-6:7');
    assert.equal(typo.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(typo.message, /Unknown status `Acepted`.*did you mean `Accepted`\?/);

    const missing = await diagnosticOf(workspaceUri(ADR.missingSection), 'section.missing');
    assert.equal(describeDiagnostic(missing), 'section.missing 0:5-0:26');
    assert.equal(missing.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(missing.message, 'Missing section "Consequences" (required by the Nygard (adr-tools) template)');

    const broken = await diagnosticOf(workspaceUri(ADR.brokenReference), 'adr.broken-reference');
    assert.equal(describeDiagnostic(broken), 'adr.broken-reference 12:27-12:32');
    assert.equal(broken.message, 'No ADR numbered 7 in the workspace');
  });

  it('gives each ADR exactly its planted findings, and the clean ADR none', async () => {
    const planted: [keyof typeof ADR, string][] = [['statusTypo', 'adr.status-value'], ['missingSection', 'section.missing'], ['brokenReference', 'adr.broken-reference']];
    for (const [name, rule] of planted) await diagnosticOf(workspaceUri(ADR[name]), rule);
    // The server checks the whole workspace in one pass: with the others in, the clean ADR's are too.
    const all = Object.entries(ADR).map(([name, file]) => [name, vscode.languages.getDiagnostics(workspaceUri(file)).map(describeDiagnostic)]);
    assert.deepEqual(all, [
      ['clean', []],
      ['statusTypo', ['adr.status-value 6:0-6:7']],
      ['missingSection', ['section.missing 0:5-0:26']],
      ['brokenReference', ['adr.broken-reference 12:27-12:32']],
    ]);
  });

  it('clears the status finding when the typo is fixed in the editor, and brings it back on undo', async () => {
    const editor = await openEditor(ADR.statusTypo);
    const uri = editor.document.uri;
    const typo = await diagnosticOf(uri, 'adr.status-value');
    assert.equal(editor.document.getText(typo.range), 'Acepted');

    assert.ok(await editor.edit((edit) => edit.replace(typo.range, 'Accepted')));
    await noDiagnosticOf(uri, 'adr.status-value');

    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(typo.range), 'Acepted');
    await diagnosticOf(uri, 'adr.status-value');
  });

  it('clears the missing-section finding when the section is written through a WorkspaceEdit', async () => {
    const editor = await openEditor(ADR.missingSection);
    const uri = editor.document.uri;
    await diagnosticOf(uri, 'section.missing');

    const edit = new vscode.WorkspaceEdit();
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    edit.insert(uri, end, '\n## Consequences\n\nA capture may reach the gateway up to four times; the idempotency key keeps\nit one charge. Orders needing review go to the payments queue.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await noDiagnosticOf(uri, 'section.missing');
  });
});
