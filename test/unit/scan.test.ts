// The line scan that indexes unopened documents must read what the full parse
// reads: the same summary, for every fixture, example and generated document.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildModel, describeDocument } from '../../server/src/core/model';
import { summarize } from '../../server/src/core/workspace';
import { findMarkdown } from '../../server/src/node/files';
import { loadProject } from '../../server/src/node/project';
import { toPosix } from '../../server/src/node/paths';
import { generateAdr } from '../../bench/generate';
import { REPO, TODAY } from '../helpers';

async function sameSummary(root: string, files: Record<string, string>): Promise<void> {
  const { project } = await loadProject(root, { today: TODAY });
  for (const [file, text] of Object.entries(files)) {
    const full = summarize(buildModel(file, text, project));
    const light = summarize(describeDocument(file, text, project));
    assert.deepEqual(light, full, file);
  }
}

describe('index scan', () => {
  it('reads every fixture and example as the full parse does', async () => {
    for (const root of [path.join(REPO, 'examples'), ...['fixtures'].map((d) => path.join(REPO, 'test', d))]) {
      const files: Record<string, string> = {};
      for (const f of await findMarkdown(root)) files[toPosix(f)] = readFileSync(f, 'utf8');
      await sameSummary(root, files);
    }
  });

  it('reads generated ADRs with decorations as the full parse does', async () => {
    const lines = fc.constantFrom(
      'See [ADR-0002](0002-x.md) and ADR-3.', '`ADR-9` in code', '- Status: accepted', 'Date: 2025-01-10', '* item with ADR 0004',
      '```\nADR-77 in a fence\n```', '<!-- ADR-88 in a comment -->', '> quoted ADR-5', '[ref]: ./0006-y.md', 'Setext title\n===',
      '## Decision', '### Consequences', '1. first [link](../other/0007-z.md "title")', '    indented ADR-66', '![img](0009-pic.md)',
      'Supersedes [ADR-0001](0001-a.md)', 'Superseded by ADR-0010', '', '', '\t- tabbed ADR-12',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(lines, { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), async (extra, n) => {
        const text = `${generateAdr(n, 20)}\n${extra.join('\n')}\n`;
        await sameSummary('/ws', { [`/ws/docs/adr/${String(n).padStart(4, '0')}-x.md`]: text });
      }),
      { numRuns: 300 },
    );
  });
});
