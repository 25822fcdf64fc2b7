// The in-editor suite (test/e2e/suite), run by @vscode/test-electron's runTests inside a real
// VS Code. Where desktop VS Code can be downloaded, PROCESS_DOCS_E2E_HOST=desktop lets
// test-electron fetch it as usual; by default the same runTests call launches host/code,
// which serves VS Code through code-server (npm run e2e:setup) to Debian's Chromium.
import { runTests } from '@vscode/test-electron';
import { test } from 'node:test';
import * as path from 'node:path';
import { REPO, requireHost } from './host/paths';
import { buildSuite, copyWorkspace } from './host/suite';
import { requireSystem } from './host/system';

const LAUNCHER = path.join(__dirname, 'host', 'code');

test('the end-to-end suite passes inside VS Code', { timeout: 600_000 }, async () => {
  const host = process.env.PROCESS_DOCS_E2E_HOST ?? 'code-server';
  if (host !== 'code-server' && host !== 'desktop') throw new Error(`PROCESS_DOCS_E2E_HOST is code-server (default) or desktop, not ${host}`);
  if (host === 'code-server') {
    requireHost();
    requireSystem('chromium');
  }
  const extensionTestsPath = await buildSuite();
  const workspace = copyWorkspace();
  try {
    // Rejects with the exit code when a test fails, so the failure fails this test.
    await runTests({
      ...(host === 'code-server' ? { vscodeExecutablePath: LAUNCHER } : {}),
      extensionDevelopmentPath: REPO,
      extensionTestsPath,
      launchArgs: [workspace.root, `--user-data-dir=${path.join(workspace.root, '..', 'user-data')}`, `--extensions-dir=${path.join(workspace.root, '..', 'extensions')}`, '--disable-extensions'],
    });
  } finally {
    workspace.cleanup();
  }
});
