// The server and the workspace config: a broken config is reported on the config
// file and the defaults apply; a changed config is picked up without a restart.
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { tempWorkspace } from '../helpers';
import { LspClient, uri } from './lsp-client';

const ADR = '# 1. Use a queue\n\nDate: 2025-01-10\n\n## Status\n\nImplemented\n\n## Context\n\nX.\n\n## Decision\n\nY.\n\n## Consequences\n\nZ.\n';

describe('language server and .processdocs.json', () => {
  const ws = tempWorkspace({ '.processdocs.json': '{ "rules": { "adr.status-value": "loud" }', 'docs/adr/0001-use-a-queue.md': ADR });
  const config = path.join(ws.root, '.processdocs.json');
  const adr = path.join(ws.root, 'docs/adr/0001-use-a-queue.md');
  const client = new LspClient();

  before(() => client.initialize(ws.root));
  after(async () => {
    await client.stop();
    ws.cleanup();
  });

  it('reports a broken config on the config file and checks with the defaults', async () => {
    const problems = await client.diagnostics(config, (d) => d.length > 0);
    assert.equal(problems.diagnostics[0].code, 'config.invalid');
    assert.match(String(problems.diagnostics[0].message), /not valid JSON/);
    const doc = await client.diagnostics(adr, (d) => d.length > 0);
    assert.deepEqual(doc.diagnostics.map((d) => [d.code, d.severity]), [['adr.status-value', 2]]);
  });

  it('picks up a changed config from the file watcher', async () => {
    writeFileSync(config, JSON.stringify({ kinds: { adr: { statuses: ['Proposed', 'Accepted', 'Implemented'] } } }));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri(config), type: FileChangeType.Changed }] });
    const fixed = await client.diagnostics(config, (d) => d.length === 0);
    assert.deepEqual(fixed.diagnostics, []);
    await client.diagnostics(adr, (d) => d.length === 0);
  });
});
