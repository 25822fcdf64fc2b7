// The Process Docs commands in a real VS Code, with their answers given as arguments
// (as a keybinding or script would) so no prompt stands in the way. Each test puts the
// fixture workspace's docs/ back as it found it.
import * as assert from 'node:assert/strict';
import { afterEach, beforeEach, describe } from 'mocha';
import * as vscode from 'vscode';
import { commandTest } from './coverage';
import { closeAllEditors, diagnosticsWhen, ruleOf, workspaceUri } from './util';

const decoder = new TextDecoder();
const read = async (relative: string) => decoder.decode(await vscode.workspace.fs.readFile(workspaceUri(relative)));
const write = (relative: string, text: string) => vscode.workspace.fs.writeFile(workspaceUri(relative), new TextEncoder().encode(text));

/** Every file under docs/, relative path → text. */
async function snapshot(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const uri of await vscode.workspace.findFiles('docs/**')) out.set(vscode.workspace.asRelativePath(uri, false), decoder.decode(await vscode.workspace.fs.readFile(uri)));
  return out;
}

async function restore(files: Map<string, string>): Promise<void> {
  await closeAllEditors();
  for (const uri of await vscode.workspace.findFiles('docs/**')) if (!files.has(vscode.workspace.asRelativePath(uri, false))) await vscode.workspace.fs.delete(uri);
  for (const [relative, text] of files) await write(relative, text);
  for (const folder of ['docs/pull-requests', 'docs/integrations']) await vscode.workspace.fs.delete(workspaceUri(folder), { recursive: true }).then(undefined, () => undefined);
}

/** The active editor's file (relative) and selected text, once the command has opened it. */
function active(): { file: string; selected: string; dirty: boolean } {
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, 'the new document is open');
  return { file: vscode.workspace.asRelativePath(editor.document.uri, false), selected: editor.document.getText(editor.selection), dirty: editor.document.isDirty };
}

describe('process docs commands', () => {
  let before: Map<string, string>;
  beforeEach(async () => (before = await snapshot()));
  afterEach(() => restore(before));

  commandTest('processDocs.newAdr', 'creates the next-numbered ADR from the template, saved, Proposed, cursor on the first section to write', async () => {
    await vscode.commands.executeCommand('processDocs.newAdr', undefined, { title: 'Use Temporal for scheduling', values: { author: 'Payments team' } });
    const { file, selected, dirty } = active();
    assert.equal(file, 'docs/adr/0005-use-temporal-for-scheduling.md');
    assert.equal(dirty, false, 'the new file is saved');
    const text = await read(file);
    assert.match(text, /^# 5\. Use Temporal for scheduling\n\nDate: \d{4}-\d{2}-\d{2}\n\n## Status\n\nProposed\n/);
    assert.equal(selected, 'Describe the forces at play — technical, political, social and project-local — that call for a decision.');
  });

  commandTest('processDocs.newDesignDoc', 'creates a design doc where design docs are, as a Draft', async () => {
    await vscode.commands.executeCommand('processDocs.newDesignDoc', undefined, { title: 'Café payouts', values: { author: 'Payments team' } });
    assert.equal(active().file, 'docs/design/cafe-payouts.md');
    assert.match(await read('docs/design/cafe-payouts.md'), /^---\ntitle: Café payouts\nauthor: Payments team\nreviewers: \[\]\nstatus: Draft\n/);
  });

  commandTest('processDocs.newPostmortem', 'creates a postmortem named by its incident date, with its severity', async () => {
    await vscode.commands.executeCommand('processDocs.newPostmortem', undefined, { title: 'Refunds stalled', values: { author: 'SRE', 'incident-date': '2025-06-20', severity: '2' } });
    assert.equal(active().file, 'docs/postmortems/2025-06-20-refunds-stalled.md');
    assert.match(await read('docs/postmortems/2025-06-20-refunds-stalled.md'), /^---\nseverity: 2\nincident-date: 2025-06-20\n/);
  });

  commandTest('processDocs.newPrDescription', 'creates a PR description in the folder of the explorer context menu', async () => {
    await vscode.commands.executeCommand('processDocs.newPrDescription', workspaceUri('docs/pull-requests'), [workspaceUri('docs/pull-requests')], { title: 'Add an outbox' });
    assert.equal(active().file, 'docs/pull-requests/add-an-outbox.md');
    assert.match(await read('docs/pull-requests/add-an-outbox.md'), /^# Add an outbox\n\n## What\n/);
  });

  commandTest('processDocs.newIntegrationDoc', 'creates an integration doc in the folder of the explorer context menu', async () => {
    await vscode.commands.executeCommand('processDocs.newIntegrationDoc', workspaceUri('docs/integrations'), [], { title: 'Card gateway', values: { author: 'Payments team' } });
    assert.equal(active().file, 'docs/integrations/card-gateway.md');
    const doc = await vscode.workspace.openTextDocument(workspaceUri('docs/integrations/card-gateway.md'));
    assert.deepEqual((await diagnosticsWhen(doc.uri, () => true, 'its first diagnostics')).filter((d) => ruleOf(d) === 'section.missing'), []);
  });

  commandTest('processDocs.supersedeAdr', 'writes the new ADR and the old one’s "Superseded by" in one edit, reciprocal', async () => {
    const old = 'docs/adr/0001-record-architecture-decisions.md';
    await vscode.commands.executeCommand('processDocs.supersedeAdr', { adr: workspaceUri(old).toString(), title: 'Record decisions with MADR', author: 'Payments team' });
    // The next number: 5, or more while the server has yet to hear that an earlier test's ADR was deleted.
    const created = active().file;
    const n = /^docs\/adr\/(\d{4})-record-decisions-with-madr\.md$/.exec(created)?.[1];
    assert.ok(n && Number(n) >= 5, created);
    assert.match(await read(created), /## Status\n\nProposed\n\nSupersedes \[ADR-0001\]\(0001-record-architecture-decisions\.md\)\n/);
    const oldDoc = vscode.workspace.textDocuments.find((d) => vscode.workspace.asRelativePath(d.uri, false) === old);
    assert.ok((oldDoc?.getText() ?? (await read(old))).includes(`## Status\n\nSuperseded by [ADR-${n}](${n}-record-decisions-with-madr.md)\n`));
    await diagnosticsWhen(workspaceUri(old), (ds) => !ds.some((d) => ruleOf(d) === 'adr.supersede-reciprocal'), 'no one-sided relation');
  });

  commandTest('processDocs.linkAdrs', 'writes Amends and Amended by on both sides', async () => {
    await vscode.commands.executeCommand('processDocs.linkAdrs', { from: workspaceUri('docs/adr/0004-keep-a-double-entry-ledger.md').toString(), relation: 'amends', to: workspaceUri('docs/adr/0001-record-architecture-decisions.md').toString() });
    const text = (relative: string) => vscode.workspace.textDocuments.find((d) => vscode.workspace.asRelativePath(d.uri, false) === relative)?.getText() ?? read(relative);
    assert.match(await text('docs/adr/0004-keep-a-double-entry-ledger.md'), /\n\nAmends \[ADR-0001\]\(0001-record-architecture-decisions\.md\)\n/);
    assert.match(await text('docs/adr/0001-record-architecture-decisions.md'), /\n\nAmended by \[ADR-0004\]\(0004-keep-a-double-entry-ledger\.md\)\n/);
  });

  // The refactor preview itself cannot resolve its documents in the browser-based test host
  // (code-server), so this test turns it off; the protocol tests hold that the edit asks for it.
  commandTest('processDocs.renumberAdrs', 'closes a gap: renames the file and rewrites the references, in one edit', async () => {
    const settings = vscode.workspace.getConfiguration('processDocs');
    await settings.update('renumber.preview', false, vscode.ConfigurationTarget.Workspace);
    await write('docs/adr/0007-add-a-gap.md', '# 7. Add a gap\n\nDate: 2025-04-01\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n');
    await write('docs/design/gap-notes.md', (before.get('docs/design/ledger-export.md') ?? '# Notes\n') + '\nSee [ADR-0007](../adr/0007-add-a-gap.md).\n');
    await diagnosticsWhen(workspaceUri('docs/adr/0004-keep-a-double-entry-ledger.md'), (ds) => !ds.some((d) => ruleOf(d) === 'adr.broken-reference'), 'ADR 7 to be indexed');
    await vscode.commands.executeCommand('processDocs.renumberAdrs');
    await settings.update('renumber.preview', undefined, vscode.ConfigurationTarget.Workspace);
    const files = await snapshot();
    assert.ok(files.has('docs/adr/0005-add-a-gap.md') && !files.has('docs/adr/0007-add-a-gap.md'), [...files.keys()].join(', '));
    const open = (relative: string) => vscode.workspace.textDocuments.find((d) => vscode.workspace.asRelativePath(d.uri, false) === relative)?.getText() ?? files.get(relative)!;
    assert.match(open('docs/adr/0005-add-a-gap.md'), /^# 5\. Add a gap\n/);
    assert.match(open('docs/design/gap-notes.md'), /See \[ADR-0005\]\(\.\.\/adr\/0005-add-a-gap\.md\)\./);
  });

  commandTest('processDocs.showDecisionIndex', 'opens the decision index webview beside the editor', async () => {
    const opened = new Promise<void>((resolve) => {
      const sub = vscode.window.tabGroups.onDidChangeTabs((e) => {
        if (e.opened.some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('processDocs.decisionIndex'))) {
          sub.dispose();
          resolve();
        }
      });
    });
    await vscode.commands.executeCommand('processDocs.showDecisionIndex');
    await opened;
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'Decision Index');
    assert.ok(tab, 'a Decision Index tab');
  });

  commandTest('processDocs.generateDecisionIndex', 'writes the marked index region into the ADR folder’s README', async () => {
    await vscode.commands.executeCommand('processDocs.generateDecisionIndex');
    const readme = vscode.workspace.textDocuments.find((d) => vscode.workspace.asRelativePath(d.uri, false) === 'docs/adr/README.md')?.getText() ?? (await read('docs/adr/README.md'));
    assert.match(readme, /^# Architecture decisions\n[\s\S]*\n<!-- process-docs:index -->\n\| ADR \| Title \| Status \| Date \|\n[\s\S]*\| \[ADR-0004\]\(0004-keep-a-double-entry-ledger\.md\) \| Keep a double-entry ledger \|[\s\S]*<!-- \/process-docs:index -->\n$/);
  });
});
