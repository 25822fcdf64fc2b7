// The decision index, in the webview: a sortable, filterable table and a graph
// of supersede relations. Every string from the workspace goes into the page as
// a text node (`textContent`), never as HTML, so a title is always just text.
import type { IndexEntry } from '../../../../server/src/protocol';
import type { IndexMessage, WebviewMessage } from '../messages';

declare function acquireVsCodeApi(): { postMessage(msg: WebviewMessage): void; getState(): unknown; setState(state: unknown): void };

type SortKey = 'number' | 'title' | 'status' | 'date' | 'deciders';
interface ViewState {
  sort: SortKey;
  descending: boolean;
  text: string;
  status: string;
}

const vscode = acquireVsCodeApi();
const state: ViewState = { sort: 'number', descending: false, text: '', status: '', ...(vscode.getState() as Partial<ViewState> | undefined) };
let entries: (IndexEntry & { folder: string })[] = [];

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const tbody = $<HTMLTableSectionElement>('#index tbody');
const textFilter = $<HTMLInputElement>('#filter-text');
const statusFilter = $<HTMLSelectElement>('#filter-status');

/** `<tag class=…>text</tag>`, text as a text node. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const name = (n: number | null) => (n === null ? '—' : `ADR-${String(n).padStart(4, '0')}`);

const STATUS_ICONS: Record<string, string> = {
  proposed: 'circle-large-outline',
  accepted: 'pass',
  rejected: 'circle-slash',
  deprecated: 'warning',
  superseded: 'arrow-swap',
};

/** A badge: an icon and the status; the class only ever holds a known status word. */
function badge(status: string | null): HTMLElement {
  const key = (status ?? '').toLowerCase();
  const known = key in STATUS_ICONS ? key : 'other';
  const span = el('span', `badge status-${known}`);
  span.append(el('span', `codicon codicon-${STATUS_ICONS[known] ?? 'question'}`), el('span', undefined, status ?? 'no status'));
  return span;
}

function open(uri: string): void {
  vscode.postMessage({ type: 'open', uri });
}

function compare(a: IndexEntry, b: IndexEntry): number {
  const value = (e: IndexEntry): string | number => (state.sort === 'number' ? e.number ?? Infinity : state.sort === 'deciders' ? e.deciders.join(', ') : e[state.sort] ?? '');
  const [x, y] = [value(a), value(b)];
  const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), undefined, { sensitivity: 'base' });
  return (state.descending ? -order : order) || (a.number ?? Infinity) - (b.number ?? Infinity);
}

function matches(e: IndexEntry): boolean {
  if (state.status && (e.status ?? '') !== state.status) return false;
  const needle = state.text.trim().toLowerCase();
  if (!needle) return true;
  return [name(e.number), String(e.number ?? ''), e.title, e.file, ...e.deciders].some((s) => s.toLowerCase().includes(needle));
}

function relationCell(numbers: number[]): HTMLTableCellElement {
  const td = el('td', 'relations');
  for (const n of numbers) {
    const target = entries.find((e) => e.number === n);
    const link = el('a', undefined, name(n));
    link.href = '#';
    link.addEventListener('click', (ev) => {
      ev.preventDefault();
      ev.stopPropagation();
      if (target) open(target.uri);
    });
    td.append(link, ' ');
  }
  return td;
}

function renderTable(): void {
  const shown = entries.filter(matches).sort(compare);
  const rows = shown.map((e) => {
    const tr = el('tr');
    tr.tabIndex = 0;
    tr.title = e.file;
    tr.dataset.uri = e.uri;
    const status = el('td');
    status.append(badge(e.status));
    tr.append(el('td', 'number', name(e.number)), el('td', 'title', e.title), status, el('td', 'date', e.date ?? ''), el('td', 'deciders', e.deciders.join(', ')), relationCell(e.supersedes), relationCell(e.supersededBy));
    tr.addEventListener('click', () => open(e.uri));
    tr.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        open(e.uri);
      }
    });
    return tr;
  });
  tbody.replaceChildren(...rows);
  $<HTMLElement>('#empty').hidden = rows.length > 0;
  $<HTMLElement>('#count').textContent = `${rows.length} of ${entries.length} ADRs`;
  for (const th of document.querySelectorAll<HTMLTableCellElement>('th[data-key]')) {
    th.setAttribute('aria-sort', th.dataset.key === state.sort ? (state.descending ? 'descending' : 'ascending') : 'none');
  }
}

function renderStatusOptions(): void {
  const statuses = [...new Set(entries.map((e) => e.status ?? ''))].filter(Boolean).sort();
  if (state.status && !statuses.includes(state.status)) state.status = '';
  const all = el('option', undefined, 'All');
  all.value = '';
  statusFilter.replaceChildren(
    all,
    ...statuses.map((s) => {
      const option = el('option', undefined, s);
      option.value = s;
      return option;
    }),
  );
  statusFilter.value = state.status;
}

const SVG = 'http://www.w3.org/2000/svg';
const NODE = { width: 220, height: 44, gapX: 70, gapY: 18 };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Older decisions on the left, the ones that supersede them to the right: columns by the longest chain behind each. */
function renderGraph(): void {
  const box = $<HTMLElement>('#graph');
  const byNumber = new Map(entries.filter((e) => e.number !== null).map((e) => [e.number!, e]));
  const involved = entries.filter((e) => e.supersedes.some((n) => byNumber.has(n)) || e.supersededBy.some((n) => byNumber.has(n)));
  if (involved.length === 0) {
    box.replaceChildren(el('p', 'empty', 'No ADR supersedes another yet.'));
    return;
  }
  const column = new Map<IndexEntry, number>();
  const columnOf = (e: IndexEntry, seen = new Set<IndexEntry>()): number => {
    if (column.has(e)) return column.get(e)!;
    if (seen.has(e)) return 0; // a cycle: written wrong, still drawn
    seen.add(e);
    const older = e.supersedes.map((n) => byNumber.get(n)).filter((x): x is (typeof entries)[number] => !!x);
    const c = older.length ? 1 + Math.max(...older.map((o) => columnOf(o, seen))) : 0;
    column.set(e, c);
    return c;
  };
  const rowsInColumn = new Map<number, number>();
  const place = new Map<IndexEntry, { x: number; y: number }>();
  for (const e of [...involved].sort((a, b) => (a.number ?? 0) - (b.number ?? 0))) {
    const c = columnOf(e);
    const r = rowsInColumn.get(c) ?? 0;
    rowsInColumn.set(c, r + 1);
    place.set(e, { x: 10 + c * (NODE.width + NODE.gapX), y: 10 + r * (NODE.height + NODE.gapY) });
  }
  const width = 20 + (Math.max(...rowsInColumn.keys()) + 1) * (NODE.width + NODE.gapX) - NODE.gapX;
  const height = 20 + Math.max(...rowsInColumn.values()) * (NODE.height + NODE.gapY) - NODE.gapY;
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Supersede relations between ADRs' });
  const defs = svg('defs', {});
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' });
  marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrowhead' }));
  defs.append(marker);
  root.append(defs);
  for (const e of involved) {
    const from = place.get(e)!;
    for (const n of e.supersedes) {
      const older = byNumber.get(n);
      const to = older && place.get(older);
      if (!to) continue;
      // From the newer decision's left edge back to the older one's right edge.
      const line = svg('path', { d: `M ${from.x} ${from.y + NODE.height / 2} C ${from.x - NODE.gapX / 2} ${from.y + NODE.height / 2}, ${to.x + NODE.width + NODE.gapX / 2} ${to.y + NODE.height / 2}, ${to.x + NODE.width} ${to.y + NODE.height / 2}`, class: 'edge', 'marker-end': 'url(#arrow)' });
      const tip = svg('title', {});
      tip.textContent = `${name(e.number)} supersedes ${name(n)}`;
      line.append(tip);
      root.append(line);
    }
  }
  for (const [e, p] of place) {
    const g = svg('g', { class: `node status-${(e.status ?? '').toLowerCase() in STATUS_ICONS ? (e.status ?? '').toLowerCase() : 'other'}`, tabindex: 0, role: 'link' });
    g.append(svg('rect', { x: p.x, y: p.y, width: NODE.width, height: NODE.height, rx: 4 }));
    const label = svg('text', { x: p.x + 10, y: p.y + 18, class: 'node-number' });
    label.textContent = `${name(e.number)} · ${e.status ?? 'no status'}`;
    const title = svg('text', { x: p.x + 10, y: p.y + 35, class: 'node-title' });
    title.textContent = e.title.length > 30 ? `${e.title.slice(0, 29)}…` : e.title;
    const tip = svg('title', {});
    tip.textContent = e.title;
    g.append(label, title, tip);
    g.addEventListener('click', () => open(e.uri));
    root.append(g);
  }
  box.replaceChildren(root);
}

function render(): void {
  renderTable();
  vscode.setState(state);
}

window.addEventListener('message', (event: MessageEvent<IndexMessage>) => {
  const msg = event.data;
  if (msg?.type !== 'index' || !Array.isArray(msg.folders)) return;
  entries = msg.folders.flatMap((f) => f.entries.map((e) => ({ ...e, folder: f.name })));
  renderStatusOptions();
  renderGraph();
  render();
});

for (const th of document.querySelectorAll<HTMLTableCellElement>('th[data-key]')) {
  th.querySelector('button')!.addEventListener('click', () => {
    const key = th.dataset.key as SortKey;
    state.descending = state.sort === key ? !state.descending : false;
    state.sort = key;
    render();
  });
}
textFilter.value = state.text;
textFilter.addEventListener('input', () => {
  state.text = textFilter.value;
  render();
});
statusFilter.addEventListener('change', () => {
  state.status = statusFilter.value;
  render();
});

vscode.postMessage({ type: 'ready' });
