// A second, independent LSP client: Debian's headless Neovim runs the bundled server
// (`node dist/server.js --stdio`) on a fixture ADR; probe.lua prints what Neovim received.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO } from './host/paths';
import { copyWorkspace } from './host/suite';
import { requireSystem } from './host/system';

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  source: string;
  code: string;
}

test('Neovim shows the server diagnostics for an ADR and clears them when the typo is fixed', async () => {
  // Neovim 0.7 or later: requireSystem checks the version too.
  const { neovim } = requireSystem('neovim');

  const workspace = copyWorkspace();
  const xdg = mkdtempSync(path.join(tmpdir(), 'process-docs-nvim-'));
  try {
    const adr = path.join(workspace.root, 'docs', 'adr', '0002-take-card-payments-through-a-gateway.md');
    const run = spawnSync(neovim, ['--headless', '--clean', '-c', `luafile ${path.join(__dirname, 'neovim', 'probe.lua')}`, adr], {
      encoding: 'utf8',
      timeout: 60_000,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // Neovim writes its state, logs and shada under these; keep them out of the home folder.
        XDG_CONFIG_HOME: path.join(xdg, 'config'),
        XDG_DATA_HOME: path.join(xdg, 'data'),
        XDG_STATE_HOME: path.join(xdg, 'state'),
        XDG_CACHE_HOME: path.join(xdg, 'cache'),
        PROCESS_DOCS_NODE: process.execPath,
        PROCESS_DOCS_SERVER: path.join(REPO, 'dist', 'server.js'),
        PROCESS_DOCS_ROOT: workspace.root,
      },
    });
    assert.equal(run.status, 0, `nvim exited with ${run.status ?? run.signal}:\n${run.stdout}${run.stderr}`);
    const line = run.stdout.trim().split('\n').pop() ?? '';
    const result = JSON.parse(line) as { published: boolean; filetype: string; before: NvimDiagnostic[]; fixed: boolean; after: NvimDiagnostic[] };

    assert.equal(result.published, true, 'diagnostics arrived');
    assert.equal(result.filetype, 'markdown');
    assert.deepEqual(result.before, [
      {
        lnum: 6,
        col: 0,
        end_lnum: 6,
        end_col: 7,
        severity: 2, // vim.diagnostic.severity.WARN
        source: 'process-docs',
        code: 'adr.status-value',
        message: 'Unknown status `Acepted`; expected one of Proposed, Accepted, Rejected, Deprecated or Superseded (did you mean `Accepted`?)',
      },
    ]);
    assert.equal(result.fixed, true, 'the diagnostics cleared after the edit');
    assert.deepEqual(result.after, []);
  } finally {
    workspace.cleanup();
    rmSync(xdg, { recursive: true, force: true });
  }
});
