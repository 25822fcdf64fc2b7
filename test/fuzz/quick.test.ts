// The fuzzer's quick pass, part of `npm test`: a few hundred generated and
// mutated documents through every rule, the line scan and the output formats.
// `npm run fuzz` runs the same properties on 100,000 cases and the real corpus.
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { grammarDocument, mutatedDocument, ownDocuments } from './arbitraries';
import { exercise, fuzzWorkspace, type Case, type FuzzWorkspace } from './properties';

describe('fuzz, quick pass', () => {
  let ws: FuzzWorkspace;
  let seeds: Case[];
  before(async () => {
    ws = await fuzzWorkspace();
    seeds = await ownDocuments();
  });

  const deterministic = (c: Case) => assert.equal(exercise(ws, c), exercise(ws, c), 'the same text gives the same results');

  it('documents built from the kinds\' grammar never throw, stay inside their text and give the same results twice', () => {
    fc.assert(fc.property(grammarDocument(ws.checker.project), deterministic), { numRuns: 250 });
  });

  it('fixtures, examples and templates, damaged: the same', () => {
    assert.ok(seeds.length > 50, `${seeds.length} seed documents`);
    fc.assert(fc.property(mutatedDocument(seeds), deterministic), { numRuns: 250 });
  });

  it('leaves the workspace as it found it', () => {
    const before = ws.checker.paths().length;
    fc.assert(fc.property(grammarDocument(ws.checker.project), (c) => void exercise(ws, c)), { numRuns: 20 });
    assert.equal(ws.checker.paths().length, before);
  });
});
