import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { loadProject } from '../../server/src/node/project';
import { buildModel } from '../../server/src/core/model';
import { tempWorkspace } from '../helpers';

const NYGARD = '# 1. Use a queue\n\n## Status\n\nAccepted\n\n## Context\n\nX\n';

async function kindsIn(files: Record<string, string>): Promise<Record<string, string | null>> {
  const ws = tempWorkspace(files);
  try {
    const { project } = await loadProject(ws.root, { today: '2025-06-01' });
    const out: Record<string, string | null> = {};
    for (const [rel, text] of Object.entries(files)) if (rel.endsWith('.md')) out[rel] = buildModel(`${project.root}/${rel}`, text, project).kind;
    return out;
  } finally {
    ws.cleanup();
  }
}

describe('kind detection', () => {
  it('finds ADRs in conventional folders but never their README or index', async () => {
    assert.deepEqual(
      await kindsIn({
        'docs/adr/0001-use-a-queue.md': NYGARD,
        'docs/adr/README.md': '# Decisions\n',
        'docs/adr/index.md': '# Index\n',
        'docs/adr/template.md': NYGARD,
        'doc/architecture/decisions/0002-x.md': NYGARD,
        'architecture-decision-record/0003-x.md': NYGARD,
        'README.md': '# Project\n',
        'notes/meeting.md': '# Notes\n\n## Status\n\nfine\n',
      }),
      {
        'docs/adr/0001-use-a-queue.md': 'adr',
        'docs/adr/README.md': null,
        'docs/adr/index.md': null,
        'docs/adr/template.md': null,
        'doc/architecture/decisions/0002-x.md': 'adr',
        'architecture-decision-record/0003-x.md': 'adr',
        'README.md': null,
        'notes/meeting.md': null,
      },
    );
  });

  it("reads adr-tools' .adr-dir and log4brains' adrFolder", async () => {
    assert.deepEqual(await kindsIn({ '.adr-dir': 'records\n', 'records/0001-x.md': NYGARD }), { 'records/0001-x.md': 'adr' });
    assert.deepEqual(await kindsIn({ '.log4brains.yml': 'project:\n  adrFolder: ./knowledge/choices\n', 'knowledge/choices/20240105-x.md': NYGARD }), {
      'knowledge/choices/20240105-x.md': 'adr',
    });
  });

  it('puts front matter first, then the config, then folders and file names', async () => {
    assert.deepEqual(
      await kindsIn({
        '.processdocs.json': JSON.stringify({ kinds: { adr: { match: ['handbook/choices/*.md'] } }, ignore: ['docs/adr/old/**'] }),
        'handbook/choices/pick.md': '# Pick\n',
        'docs/adr/0001-opt-out.md': '---\nkind: none\n---\n# 1. X\n',
        'notes/0004-use-x.md': NYGARD,
        'notes/adr-005-use-y.md': '# Use y\n',
        'notes/0006-meeting.md': '# Meeting notes\n',
        'docs/adr/old/0001-x.md': NYGARD,
        'misc/declared.md': '---\nkind: adr\n---\n# Declared\n',
      }),
      {
        'handbook/choices/pick.md': 'adr',
        'docs/adr/0001-opt-out.md': null,
        'notes/0004-use-x.md': 'adr',
        'notes/adr-005-use-y.md': 'adr',
        'notes/0006-meeting.md': null,
        'docs/adr/old/0001-x.md': null,
        'misc/declared.md': 'adr',
      },
    );
  });
});
