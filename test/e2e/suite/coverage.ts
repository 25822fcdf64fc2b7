// Every command the manifest contributes needs an end-to-end test. A command's test is
// declared with commandTest(), which records the id it covers; commands.e2e.ts compares
// the recorded ids with package.json's contributes.commands.
import { it } from 'mocha';

const covered = new Set<string>();

/** An end-to-end test of the command `id` (mocha's `it`, recording the coverage). */
export function commandTest(id: string, title: string, body: () => Promise<void>): void {
  covered.add(id);
  it(`${id}: ${title}`, body);
}

export function coveredCommands(): ReadonlySet<string> {
  return covered;
}

/** Contributed commands without a test, and tests of commands the manifest does not contribute. */
export function commandCoverage(contributed: readonly string[], tested: ReadonlySet<string>): { untested: string[]; unknown: string[] } {
  return {
    untested: contributed.filter((id) => !tested.has(id)),
    unknown: [...tested].filter((id) => !contributed.includes(id)),
  };
}
