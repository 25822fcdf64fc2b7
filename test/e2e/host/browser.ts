// Debian's Chromium driven by playwright-core: Playwright never downloads a browser here.
import { chromium, type Browser, type Page } from 'playwright-core';
import { requireSystem } from './system';

/** A quiet headless Chromium: no first-run, sync, update or background traffic. */
export async function launchChromium(): Promise<Browser> {
  const { chromium: executablePath } = requireSystem('chromium');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  return context.newPage();
}

/** The workbench URL that opens `folder`, with the extension-test payload when given. */
export function workbenchUrl(origin: string, folder: string, payload?: [string, string][]): string {
  const query = new URLSearchParams({ folder });
  if (payload) query.set('payload', JSON.stringify(payload));
  return `${origin}/?${query}`;
}
