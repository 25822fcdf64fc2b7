// The decision index webview in a real browser: it renders the index, sorts and
// filters it, draws the supersede graph, posts only `open` for a shown ADR —
// and every string stays text, under a CSP that lets nothing else run or load.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { webviewHtml } from '../../client/src/preview/html';
import { validateMessage, type IndexMessage } from '../../client/src/preview/messages';
import type { IndexEntry } from '../../server/src/protocol';
import { CHROMIUM, openWebview, type Webview } from './harness';

const entry = (number: number, title: string, status: string | null, extra: Partial<IndexEntry> = {}): IndexEntry => ({
  number,
  title,
  status,
  date: `2025-0${Math.min(number, 9)}-10`,
  file: `docs/adr/${String(number).padStart(4, '0')}-x.md`,
  uri: `file:///ws/docs/adr/${String(number).padStart(4, '0')}-x.md`,
  deciders: ['Orders team'],
  supersedes: [],
  supersededBy: [],
  ...extra,
});

const XSS_TITLE = '<img src=x onerror="window.__xss=1">';
const SAMPLE: IndexMessage = {
  type: 'index',
  folders: [
    {
      name: 'ws',
      entries: [
        entry(1, 'Record architecture decisions', 'Accepted'),
        entry(2, XSS_TITLE, 'Superseded', { supersededBy: [3], deciders: ['<b>Platform</b> team'] }),
        entry(3, 'Zebra <script>window.__xss=2</script>', 'Accepted', { supersedes: [2] }),
        entry(4, 'Adopt a queue', 'Proposed\"><svg onload=alert(1)>'),
      ],
    },
  ],
};

describe('decision index webview (chromium)', () => {
  let view: Webview;
  before(async () => {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is needed (apt-get install -y chromium)`);
    view = await openWebview();
    await view.send(SAMPLE);
    await view.page.waitForSelector('tbody tr');
  });
  after(() => view?.close());

  const rows = () => view.page.$$eval('tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));

  it('renders every title, status and decider as text: no element, no script, no handler from the data', async () => {
    const table = await rows();
    assert.deepEqual(table.map((r) => r[1]), ['Record architecture decisions', XSS_TITLE, 'Zebra <script>window.__xss=2</script>', 'Adopt a queue']);
    assert.equal(table[1][4], '<b>Platform</b> team');
    assert.equal(table[3][2], 'Proposed"><svg onload=alert(1)>');
    assert.equal(await view.page.$$eval('img, script:not([nonce]), b, tbody svg', (n) => n.length), 0);
    assert.equal(await view.page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.deepEqual(await view.page.$$eval('.badge', (b) => b.map((x) => x.className)), ['badge status-accepted', 'badge status-superseded', 'badge status-accepted', 'badge status-other']);
  });

  it('enforces its Content-Security-Policy: no inline script without the nonce, nothing from elsewhere', async () => {
    await view.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
      const img = document.createElement('img');
      img.src = 'https://elsewhere.test/pixel.png';
      document.body.append(img);
    });
    await view.page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length >= 2);
    assert.equal(await view.page.evaluate(() => (window as unknown as { __inline?: number }).__inline), undefined);
    const violations = await view.violations();
    assert.ok(violations.some((v) => v.startsWith('script-src')), violations.join('; '));
    assert.ok(violations.some((v) => v.startsWith('img-src') && v.includes('elsewhere.test')), violations.join('; '));
    assert.deepEqual(view.outside, [], 'the page asked for nothing outside its own resources');
    await view.page.evaluate(() => document.querySelectorAll('body > img, body > script:not([nonce])').forEach((n) => n.remove()));
  });

  it('loads the codicon font from the local copy', async () => {
    const loaded = await view.page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'codicon' && f.status === 'loaded');
    });
    assert.ok(loaded);
  });

  it('sorts by a column and back', async () => {
    await view.page.click('th[data-key="title"] button');
    assert.deepEqual((await rows()).map((r) => r[0]), ['ADR-0002', 'ADR-0004', 'ADR-0001', 'ADR-0003']);
    await view.page.click('th[data-key="title"] button');
    assert.deepEqual((await rows()).map((r) => r[0]), ['ADR-0003', 'ADR-0001', 'ADR-0004', 'ADR-0002']);
    assert.equal(await view.page.getAttribute('th[data-key="title"]', 'aria-sort'), 'descending');
    await view.page.click('th[data-key="number"] button');
    assert.deepEqual((await rows()).map((r) => r[0]), ['ADR-0001', 'ADR-0002', 'ADR-0003', 'ADR-0004']);
  });

  it('filters by status and by text', async () => {
    await view.page.selectOption('#filter-status', 'Accepted');
    assert.deepEqual((await rows()).map((r) => r[0]), ['ADR-0001', 'ADR-0003']);
    await view.page.fill('#filter-text', 'zebra');
    assert.deepEqual((await rows()).map((r) => r[0]), ['ADR-0003']);
    assert.equal(await view.page.textContent('#count'), '1 of 4 ADRs');
    await view.page.selectOption('#filter-status', '');
    await view.page.fill('#filter-text', 'platform');
    assert.deepEqual((await rows()).map((r) => r[0]), ['ADR-0002']);
    await view.page.fill('#filter-text', '');
  });

  it('draws the supersede graph: a node per ADR in a relation, an arrow per relation', async () => {
    const nodes = await view.page.$$eval('#graph .node', (g) => g.map((n) => n.querySelector('text')!.textContent));
    assert.deepEqual(nodes, ['ADR-0002 · Superseded', 'ADR-0003 · Accepted']);
    assert.equal(await view.page.$$eval('#graph .edge', (e) => e.length), 1);
    assert.equal(await view.page.$eval('#graph .edge title', (t) => t.textContent), 'ADR-0003 supersedes ADR-0002');
  });

  it('asks the extension to open the ADR of a clicked row, and updates when a new index arrives', async () => {
    await view.page.click('tbody tr:nth-child(3) td.title');
    const posted = await view.posted();
    assert.deepEqual(posted.at(-1), { type: 'open', uri: 'file:///ws/docs/adr/0003-x.md' });
    await view.send({ type: 'index', folders: [{ name: 'ws', entries: [entry(1, 'Renamed decision', 'Accepted')] }] });
    await view.page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    assert.deepEqual((await rows())[0].slice(0, 2), ['ADR-0001', 'Renamed decision']);
    assert.equal(await view.page.textContent('#graph'), 'No ADR supersedes another yet.');
  });
});

describe('decision index webview: the extension side', () => {
  it('accepts only `ready` and `open` of an ADR it showed; forged messages are dropped', () => {
    const shown = new Set(['file:///ws/docs/adr/0001-a.md']);
    assert.deepEqual(validateMessage({ type: 'ready' }, shown), { type: 'ready' });
    assert.deepEqual(validateMessage({ type: 'open', uri: 'file:///ws/docs/adr/0001-a.md' }, shown), { type: 'open', uri: 'file:///ws/docs/adr/0001-a.md' });
    for (const forged of [
      { type: 'open', uri: 'file:///etc/passwd' },
      { type: 'open', uri: 'file:///ws/docs/adr/../../../etc/passwd' },
      { type: 'open', uri: 'command:workbench.action.terminal.new' },
      { type: 'open', uri: ['file:///ws/docs/adr/0001-a.md'] },
      { type: 'open', uri: 'file:///ws/docs/adr/0001-a.md', viewColumn: 1 },
      { type: 'run', command: 'rm -rf /' },
      'open',
      null,
    ]) {
      assert.equal(validateMessage(forged, shown), null, JSON.stringify(forged));
    }
  });

  it('has a strict policy: only the nonce’d script, local styles, fonts and images', () => {
    const html = webviewHtml({ cspSource: 'https://x.vscode-cdn.net', nonce: 'abc123', script: 's.js', style: 'a.css', codicons: 'c.css' });
    const csp = /content="([^"]+)"/.exec(html)![1];
    assert.equal(csp, "default-src 'none'; style-src https://x.vscode-cdn.net; font-src https://x.vscode-cdn.net; img-src https://x.vscode-cdn.net; script-src 'nonce-abc123'; base-uri 'none'; form-action 'none'");
    assert.doesNotMatch(html, /unsafe-|<script(?![^>]*nonce="abc123")/);
  });
});
