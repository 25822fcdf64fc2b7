// The packaged extension in a real workbench, looked at as a person would: install the .vsix
// into code-server, open the fixture workspace and an ADR with a planted mistake, and check
// the squiggle and the Problems panel in Chromium. This catches what tests of the unpackaged
// extension cannot: a broken manifest, a file the .vsix leaves out, a bundle that needs node_modules.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newPage, workbenchUrl } from './host/browser';
import { installExtension, startCodeServer, type CodeServer } from './host/codeServer';
import { REPO, RESULTS, VSIX, requireHost, requireVsix } from './host/paths';
import { copyWorkspace } from './host/suite';
import { requireSystem } from './host/system';

const ADR = '0002-take-card-payments-through-a-gateway.md';

let server: CodeServer;
let browser: Browser;
let page: Page;
let cleanup: () => void;

before(async () => {
  requireHost();
  requireSystem('chromium');
  requireVsix();
  const scratch = mkdtempSync(path.join(tmpdir(), 'process-docs-ui-'));
  const workspace = copyWorkspace();
  cleanup = () => (workspace.cleanup(), rmSync(scratch, { recursive: true, force: true }));
  const profile = { scratch, userDataDir: path.join(scratch, 'user-data'), extensionsDir: path.join(scratch, 'extensions') };
  assert.match(installExtension(profile, VSIX), /successfully installed/);
  const { version } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
  assert.ok(readdirSync(profile.extensionsDir).includes(`process-docs.process-docs-${version}`), 'the .vsix unpacked into the extensions folder');
  server = await startCodeServer(profile);
  browser = await launchChromium();
  page = await newPage(browser);
  await page.goto(workbenchUrl(server.origin, workspace.root));
  await page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 60_000 });
  mkdirSync(RESULTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  cleanup?.();
});

/** A browser test that leaves a screenshot under test-results/ for a person to look at, pass or fail. */
function uiTest(name: string, screenshot: string, body: () => Promise<void>): void {
  test(name, { timeout: 120_000 }, async () => {
    try {
      await body();
    } finally {
      await page?.screenshot({ path: path.join(RESULTS, `ui-${screenshot}.png`) });
    }
  });
}

uiTest('an ADR with a status typo shows a warning squiggle under the typo', 'adr-squiggle', async () => {
  await page.keyboard.press('Control+P');
  const quickOpen = page.locator('.quick-input-widget input');
  await quickOpen.fill(ADR);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: ADR }).first().waitFor();
  await quickOpen.press('Enter');
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-line', { hasText: 'Acepted' }).waitFor();
  // Monaco draws a diagnostic as a decoration over its range; the warning's is squiggly-warning.
  const squiggle = editor.locator('.squiggly-warning');
  await squiggle.first().waitFor({ timeout: 60_000 });
  const line = await editor.locator('.view-line', { hasText: 'Acepted' }).boundingBox();
  const box = await squiggle.first().boundingBox();
  assert.ok(line && box, 'the typo line and its squiggle are on screen');
  assert.ok(box.y >= line.y - 2 && box.y + box.height <= line.y + line.height + 4, `squiggle at y=${box.y}, typo line at y=${line.y}`);
});

uiTest('the Problems panel lists the finding with its message and rule id', 'problems-panel', async () => {
  await page.keyboard.press('Control+Shift+M');
  const problems = page.locator('.markers-panel');
  const row = problems.locator('.monaco-list-row', { hasText: 'Unknown status' }).first();
  await row.waitFor({ timeout: 60_000 });
  const text = (await row.innerText()).replace(/\s+/g, ' ');
  assert.match(text, /Unknown status `Acepted`; expected one of Proposed, Accepted, Rejected, Deprecated or Superseded \(did you mean `Accepted`\?\)/);
  assert.match(text, /process-docs\W+adr\.status-value\W+\[Ln 7, Col 1\]/);
  // The other planted mistakes of the workspace are listed too, though their files were never opened.
  await problems.locator('.monaco-list-row', { hasText: 'No ADR numbered 7 in the workspace' }).first().waitFor();
});

uiTest('the decision index opens beside the editor and lists every ADR of the workspace', 'decision-index', async () => {
  await page.keyboard.press('Control+Shift+P');
  const palette = page.locator('.quick-input-widget input');
  await palette.fill('>Process Docs: Show Decision Index');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Decision Index' }).first().waitFor();
  await palette.press('Enter');
  // A webview is a frame inside a frame: the host's, then the extension's page.
  const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const rows = view.locator('#index tbody tr');
  await rows.nth(3).waitFor({ timeout: 60_000 });
  const text = (await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
  assert.equal(text.length, 4, text.join('\n'));
  assert.match(text[0], /^ADR-0001 Record architecture decisions Accepted/);
  assert.match(text[1], /^ADR-0002 Take card payments through a gateway Acepted/);
  assert.match(text[2], /^ADR-0003 Retry failed captures/);
  assert.match(text[3], /^ADR-0004 Keep a double-entry ledger/);
});
