// Every command in package.json's contributes.commands has an end-to-end test. Test a
// command with commandTest() (coverage.ts) in the file of its area, e.g. new-document.e2e.ts.
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { commandCoverage, coveredCommands } from './coverage';
import { extension } from './util';

describe('commands', () => {
  const contributed = (): string[] => ((extension().packageJSON as { contributes: { commands?: { command: string }[] } }).contributes.commands ?? []).map((c) => c.command);

  it('has an end-to-end test for every contributed command', () => {
    const { untested, unknown } = commandCoverage(contributed(), coveredCommands());
    assert.deepEqual(untested, [], `contributed commands without an end-to-end test: ${untested.join(', ')}; write a commandTest('<id>', …) for each in test/e2e/suite/`);
    assert.deepEqual(unknown, [], `commandTest() of commands package.json does not contribute: ${unknown.join(', ')}`);
  });

  it('registers every contributed command once activated', async () => {
    await extension().activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed().filter((id) => !registered.has(id)), []);
  });
});
