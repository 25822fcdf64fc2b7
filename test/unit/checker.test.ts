import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Checker } from '../../server/src/core/checker';
import { loadProject } from '../../server/src/node/project';
import { tempWorkspace, TODAY } from '../helpers';

const adr = (n: number, status: string, body = 'X.') =>
  `# ${n}. Decision ${n}\n\nDate: 2025-01-01\n\n## Status\n\n${status}\n\n## Context\n\n${body}\n\n## Decision\n\nY.\n\n## Consequences\n\nZ.\n`;

describe('checker and workspace index', () => {
  it('re-runs cross-document rules for exactly the documents a change affects', async () => {
    const ws = tempWorkspace({});
    try {
      const { project } = await loadProject(ws.root, { today: TODAY });
      const checker = new Checker(project);
      const p = (n: number) => `${project.root}/docs/adr/000${n}-d.md`;
      checker.update(p(1), adr(1, 'Superseded by [ADR-0002](0002-d.md)'));
      checker.update(p(2), adr(2, 'Accepted'));
      checker.update(p(3), adr(3, 'Accepted', 'Unrelated.'));
      assert.deepEqual(checker.findings(p(1)).map((f) => f.rule), ['adr.supersede-reciprocal']);
      // Writing the other side clears the finding on the first document.
      const { affected } = checker.update(p(2), adr(2, 'Accepted\n\nSupersedes [ADR-0001](0001-d.md)'));
      assert.deepEqual(affected, [p(1)]);
      assert.deepEqual(checker.findings(p(1)), []);
      // A duplicate number shows on both documents, and goes away with the file.
      checker.update(`${project.root}/docs/adr/0003-e.md`, adr(3, 'Accepted'));
      assert.deepEqual(checker.findings(p(3)).map((f) => f.rule), ['adr.duplicate-number']);
      assert.deepEqual(checker.remove(`${project.root}/docs/adr/0003-e.md`), [p(3)]);
      assert.deepEqual(checker.findings(p(3)), []);
      // An edit that changes nothing other documents read affects nobody.
      assert.deepEqual(checker.update(p(3), adr(3, 'Accepted', 'Reworded.')).affected, []);
    } finally {
      ws.cleanup();
    }
  });

  it('gives a file of no kind no findings at all', async () => {
    const ws = tempWorkspace({});
    try {
      const { project } = await loadProject(ws.root, { today: TODAY });
      const checker = new Checker(project);
      checker.update(`${project.root}/docs/adr/README.md`, '# Decisions\n\nTODO: write an index {like this}.\n');
      assert.deepEqual(checker.findings(`${project.root}/docs/adr/README.md`), []);
    } finally {
      ws.cleanup();
    }
  });
});
