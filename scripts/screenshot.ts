// Renders the decision index webview in chromium with the examples' real index
// and VS Code's dark colours, for the README (`npm run screenshot`).
import * as path from 'node:path';
import { decisionIndex } from '../server/src/core/decisionIndex';
import { pathToUri } from '../server/src/lsp/convert';
import { DARK_THEME, openWebview } from '../test/webview/harness';
import { loadWorkspace, REPO } from '../test/helpers';

async function main(): Promise<void> {
  const ws = await loadWorkspace(path.join(REPO, 'examples'));
  const entries = decisionIndex(ws.index).map(({ path: p, ...e }) => ({ ...e, uri: pathToUri(p) }));
  const view = await openWebview({ width: 1100, height: 450 }, DARK_THEME);
  try {
    await view.send({ type: 'index', folders: [{ name: 'examples', entries }] });
    await view.page.waitForSelector('#graph svg');
    await view.page.evaluate(() => document.fonts.ready);
    await view.page.hover('tbody tr:nth-child(6)');
    const out = path.join(REPO, 'docs', 'decision-index.png');
    await view.page.screenshot({ path: out });
    process.stdout.write(`wrote ${path.relative(REPO, out)}\n`);
  } finally {
    await view.close();
  }
}

void main();
