// The command-coverage check of the in-editor suite (suite/coverage.ts), on its own: it
// passes with no commands, and fails for a contributed command without a test and for a
// test of a command the manifest no longer contributes.
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { commandCoverage } from './suite/coverage';

test('no commands, no tests: nothing to report', () => {
  assert.deepEqual(commandCoverage([], new Set()), { untested: [], unknown: [] });
});

test('a contributed command without a commandTest() is reported as untested', () => {
  assert.deepEqual(commandCoverage(['processDocs.newAdr', 'processDocs.supersede'], new Set(['processDocs.newAdr'])), { untested: ['processDocs.supersede'], unknown: [] });
});

test('a commandTest() of a command the manifest does not contribute is reported as unknown', () => {
  assert.deepEqual(commandCoverage(['processDocs.newAdr'], new Set(['processDocs.newAdr', 'processDocs.renamed'])), { untested: [], unknown: ['processDocs.renamed'] });
});
