// Findings reach VS Code with their rule ids and exact ranges, for every kind of document,
// and typing a fix clears them.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, describeDiagnostic, diagnosticOf, extension, noDiagnosticOf, openEditor, workspaceUri } from './util';

interface Planted {
  file: string;
  rule: string;
  /** 0-based `line:char-line:char`. */
  range: string;
  severity: vscode.DiagnosticSeverity;
  message: RegExp;
}

/** One deliberate mistake per document of the fixture workspace. */
const PLANTED: Planted[] = [
  {
    file: 'docs/adr/0002-take-card-payments-through-a-gateway.md',
    rule: 'adr.status-value',
    range: '6:0-6:7',
    severity: vscode.DiagnosticSeverity.Warning,
    message: /^Unknown status `Acepted`; expected one of .* \(did you mean `Accepted`\?\)$/,
  },
  {
    file: 'docs/adr/0003-retry-failed-captures.md',
    rule: 'section.missing',
    range: '0:5-0:26',
    severity: vscode.DiagnosticSeverity.Error,
    message: /^Missing section "Consequences" \(required by the Nygard \(adr-tools\) template\)$/,
  },
  {
    file: 'docs/adr/0004-keep-a-double-entry-ledger.md',
    rule: 'adr.broken-reference',
    range: '12:27-12:32',
    severity: vscode.DiagnosticSeverity.Error,
    message: /^No ADR numbered 7 in the workspace$/,
  },
  {
    file: 'docs/design/ledger-export.md',
    rule: 'design.alternatives-rejected',
    range: '21:0-21:25',
    severity: vscode.DiagnosticSeverity.Warning,
    message: /^Alternative Approaches give no reason for rejecting them/,
  },
  {
    file: 'docs/postmortems/2025-06-14-duplicate-captures.md',
    rule: 'postmortem.timeline-order',
    range: '22:2-22:7',
    severity: vscode.DiagnosticSeverity.Warning,
    message: /^10:19 comes after 10:31; keep the timeline in chronological order$/,
  },
];

const CLEAN = ['docs/adr/0001-record-architecture-decisions.md', 'docs/adr/README.md', 'README.md'];

describe('diagnostics', () => {
  afterEach(closeAllEditors);

  for (const planted of PLANTED) {
    it(`${planted.rule} on ${planted.file}, with its range, severity and message`, async () => {
      const found = await diagnosticOf(workspaceUri(planted.file), planted.rule);
      assert.equal(describeDiagnostic(found), `${planted.rule} ${planted.range}`);
      assert.equal(found.severity, planted.severity);
      assert.match(found.message, planted.message);
    });
  }

  it('gives each document exactly its planted finding, and the clean ones none', async () => {
    for (const { file, rule } of PLANTED) await diagnosticOf(workspaceUri(file), rule);
    // The server checks the whole workspace in one pass: with the others in, the clean documents' are too.
    const actual = [...PLANTED.map((p) => p.file), ...CLEAN].map((file) => [file, vscode.languages.getDiagnostics(workspaceUri(file)).map(describeDiagnostic)]);
    const expected = [...PLANTED.map((p) => [p.file, [`${p.rule} ${p.range}`]]), ...CLEAN.map((file) => [file, []])];
    assert.deepEqual(actual, expected);
  });

  it('shows exactly what the process-docs checker prints for the same workspace', async () => {
    for (const { file, rule } of PLANTED) await diagnosticOf(workspaceUri(file), rule);
    const root = vscode.workspace.workspaceFolders![0].uri.fsPath;
    // The extension host's own runtime runs the bundled CLI (Electron's needs ELECTRON_RUN_AS_NODE).
    const run = spawnSync(process.execPath, [path.join(extension().extensionPath, 'dist', 'cli.js'), 'check', root, '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    const report = JSON.parse(run.stdout) as { file: string; diagnostics: { rule: string; line: number; column: number; endLine: number; endColumn: number }[] }[];
    assert.ok(report.length > 0, run.stderr);
    for (const { file, diagnostics } of report) {
      const cli = diagnostics.map((d) => `${d.rule} ${d.line - 1}:${d.column - 1}-${d.endLine - 1}:${d.endColumn - 1}`);
      assert.deepEqual(vscode.languages.getDiagnostics(workspaceUri(file)).map(describeDiagnostic), cli, file);
    }
  });

  it('clears the status finding when the typo is fixed in the editor, and brings it back on undo', async () => {
    const editor = await openEditor('docs/adr/0002-take-card-payments-through-a-gateway.md');
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
    const editor = await openEditor('docs/adr/0003-retry-failed-captures.md');
    const uri = editor.document.uri;
    await diagnosticOf(uri, 'section.missing');

    const edit = new vscode.WorkspaceEdit();
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    edit.insert(uri, end, '\n## Consequences\n\nA capture may reach the gateway up to four times; the idempotency key keeps\nit one charge. Orders needing review go to the payments queue.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await noDiagnosticOf(uri, 'section.missing');
  });

  it('clears the timeline finding of a postmortem when the rows are put in order', async () => {
    const editor = await openEditor('docs/postmortems/2025-06-14-duplicate-captures.md');
    const uri = editor.document.uri;
    const late = await diagnosticOf(uri, 'postmortem.timeline-order');
    const [reported, earlier] = [late.range.start.line, late.range.start.line - 1].map((line) => editor.document.lineAt(line));
    assert.match(earlier!.text, /^\| 10:31 /);
    // Swap the two rows, as a person would by moving the line up.
    assert.ok(await editor.edit((edit) => {
      edit.replace(earlier!.range, reported!.text);
      edit.replace(reported!.range, earlier!.text);
    }));
    await noDiagnosticOf(uri, 'postmortem.timeline-order');
  });
});
