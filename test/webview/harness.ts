// The decision index webview in a real browser (Debian's chromium, driven by
// playwright-core; never a downloaded one), served as VS Code serves it: the
// page from `webviewHtml`, resources from dist/webview under one origin, and a
// stand-in for `acquireVsCodeApi` that records what the page posts.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { makeNonce, webviewHtml } from '../../client/src/preview/html';
import type { IndexMessage } from '../../client/src/preview/messages';
import { REPO } from '../helpers';

export const CHROMIUM = '/usr/bin/chromium';
const ORIGIN = 'https://webview.test';
const ASSETS = path.join(REPO, 'dist', 'webview');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf' };

export interface Webview {
  page: Page;
  /** Messages the page posted to the extension. */
  posted(): Promise<unknown[]>;
  /** Content-Security-Policy violations the page reported. */
  violations(): Promise<string[]>;
  /** Requests for anything but the webview's own resources (all refused). */
  outside: string[];
  send(message: IndexMessage): Promise<void>;
  close(): Promise<void>;
}

export async function openWebview(viewport = { width: 1100, height: 760 }, theme: Record<string, string> = {}): Promise<Webview> {
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport });
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  const nonce = makeNonce();
  const html = webviewHtml({ cspSource: ORIGIN, nonce, script: `${ORIGIN}/main.js`, style: `${ORIGIN}/style.css`, codicons: `${ORIGIN}/codicons/codicon.css` });
  await page.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: html });
    const file = path.join(ASSETS, path.normalize(url.pathname));
    if (!file.startsWith(ASSETS)) return route.abort();
    return route.fulfill({ contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  // tsx keeps function names with a `__name` helper that serialised functions carry into the page.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript(() => {
    const w = window as unknown as { __posted: unknown[]; __violations: string[]; __state: unknown; acquireVsCodeApi: () => unknown };
    w.__posted = [];
    w.__violations = [];
    w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.__posted.push(m), getState: () => w.__state, setState: (s: unknown) => (w.__state = s) });
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${ORIGIN}/`);
  for (const [name, value] of Object.entries(theme)) await page.evaluate(([n, v]) => document.documentElement.style.setProperty(n, v), [name, value]);
  await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'));
  return {
    page,
    outside,
    posted: () => page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted),
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    // As VS Code delivers `webview.postMessage`: a message event on the window.
    send: (message) => page.evaluate((m) => window.postMessage(m, '*'), message),
    close: () => browser.close(),
  };
}

/** VS Code's Dark Modern colours, for pictures of the webview as users see it. */
export const DARK_THEME: Record<string, string> = {
  '--vscode-font-family': 'system-ui, "Segoe UI", Ubuntu, sans-serif',
  '--vscode-font-size': '13px',
  '--vscode-foreground': '#cccccc',
  '--vscode-editor-background': '#1f1f1f',
  '--vscode-descriptionForeground': '#9d9d9d',
  '--vscode-input-background': '#313131',
  '--vscode-input-foreground': '#cccccc',
  '--vscode-input-border': '#3c3c3c',
  '--vscode-focusBorder': '#0078d4',
  '--vscode-panel-border': '#2b2b2b',
  '--vscode-editorWidget-border': '#313131',
  '--vscode-editorWidget-background': '#202020',
  '--vscode-list-hoverBackground': '#2a2d2e',
  '--vscode-textLink-foreground': '#4daafc',
  '--vscode-textLink-activeForeground': '#4daafc',
  '--vscode-badge-background': '#616161',
  '--vscode-badge-foreground': '#f8f8f8',
  '--vscode-testing-iconPassed': '#73c991',
  '--vscode-charts-blue': '#3794ff',
  '--vscode-charts-yellow': '#cca700',
  '--vscode-errorForeground': '#f85149',
  '--vscode-disabledForeground': '#8c8c8c',
};
