// remark parse, one chunk at a time. A ParseCache remembers the top-level nodes
// of every chunk of the previous version of a document, so an edit re-parses
// only the chunk it touches; the result is the same tree a whole parse gives
// (a property test holds the two equal).
import type { Root, RootContent, Table } from 'mdast';
import type { Node, Point } from 'unist';
import { planChunks } from './chunks';
import { findFrontMatterBlock } from '../frontmatter';
import { parseWhole } from './processor';

interface CachedChunk {
  nodes: RootContent[];
  /** The last block was still open at the chunk's end (it took the final line ending). */
  open: boolean;
  /** Where the nodes' positions currently point. */
  offset: number;
  line: number;
}

/** Per-document memory of chunk parses; keep one per open document. */
export class ParseCache {
  chunks = new Map<string, CachedChunk>();
}

/** Parses `text` as the body of a document; offsets are into `text` itself. */
export function parseMarkdown(text: string, cache?: ParseCache): Root {
  // micromark drops a leading BOM and counts offsets after it.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fm = findFrontMatterBlock(text, bom);
  const yaml = fm !== null && !fm.language;
  // An unclosed `---` opening puts micromark in a state chunks cannot reproduce.
  const head = yaml ? fm.bodyStart : bom;
  // The body must start a fresh chunk: not with a BOM or a `-` line (front matter to micromark).
  const plan = !cache || (yaml && fm.end === -1) || /^[-\uFEFF]/.test(text.slice(head, head + 1)) ? null : planChunks(text, head);
  if (!plan || plan.starts.length === 1) {
    const root = parseWhole(text);
    if (bom) shift(root.children, bom, 0);
    cache?.chunks.clear();
    return { type: 'root', children: root.children, position: { start: point(1, 1, 0), end: endPoint(text) } };
  }
  // The BOM and front matter form a chunk of their own, so every other chunk
  // can take the definitions in front of it.
  const starts = head > 0 ? [0, ...plan.starts] : plan.starts;
  const next = new Map<string, CachedChunk>();
  const children: RootContent[] = [];
  let line = 1;
  let lineScan = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    line += countLines(text, lineScan, start);
    lineScan = start;
    const body = text.slice(start, end);
    const last = i + 1 === starts.length;
    const defs = head > 0 && i === 0 ? '' : plan.definitions;
    const tableHead = plan.tableHeads.get(start) ?? '';
    // Identical chunks (two empty "TODO" paragraphs) each need their own nodes.
    const base = `${body}\u0000${defs}\u0000${tableHead}`;
    let key = base;
    for (let n = 1; next.has(key); n++) key = `${base}\u0001${n}`;
    const chunk = cache!.chunks.get(key) ?? parseChunk(body, defs, i === 0 ? bom : 0, tableHead);
    // A construct the scanner could not see (a fence in a list item) runs on
    // past this chunk; the whole text is parsed instead.
    if (chunk.open && !last) return parseMarkdown(text);
    if (chunk.offset !== start || chunk.line !== line) {
      shift(chunk.nodes, start - chunk.offset, line - chunk.line);
      chunk.offset = start;
      chunk.line = line;
    }
    next.set(key, chunk);
    let nodes = chunk.nodes;
    if (tableHead) {
      // Rows that continue the table of the chunk before: one table again, in a fresh node.
      const [rows, ...rest] = nodes;
      if (rows?.type !== 'table' || children.at(-1)?.type !== 'table') return parseMarkdown(text);
      const table = children.pop() as Table;
      children.push({ ...table, children: [...table.children, ...(rows as Table).children], position: { start: { ...table.position!.start }, end: { ...rows.position!.end } } });
      nodes = rest;
    }
    for (const node of nodes) children.push(node);
  }
  cache!.chunks = next;
  return { type: 'root', children, position: { start: point(1, 1, 0), end: endPoint(text) } };
}

/**
 * A copy of `s` that shares no memory with the text it was cut from. A chunk's
 * nodes outlive the version that parsed them, and the strings in them are cut
 * from the chunk: cut from the whole document, they would keep every old
 * version's text alive (V8 copies when a concatenation is sliced).
 */
function detached(s: string): string {
  return ` ${s}`.slice(1);
}

/**
 * Parses one chunk alone. Link and footnote definitions from anywhere in the
 * document go in front of it (a chunk always starts a fresh block), and the
 * nodes of that prefix are dropped.
 */
function parseChunk(body: string, defs: string, bom: number, tableHead = ''): CachedChunk {
  // The empty comment closes a footnote definition, so an indented first line stays code.
  const prefix = (defs ? `${defs}\n\n<!---->\n\n` : '') + tableHead;
  const root = parseWhole(detached(prefix + body));
  const nodes = prefix ? root.children.filter((n) => n.position!.start.offset! >= prefix.length - tableHead.length) : root.children;
  const table = nodes[0];
  if (tableHead && table?.type === 'table' && table.children.length > 1) {
    // The repeated header row is not part of this chunk: the rows start the table here.
    table.children = table.children.slice(1);
    table.position!.start = { ...table.children[0].position!.start };
  }
  if (prefix) shift(nodes, -prefix.length, -countLines(prefix, 0, prefix.length));
  const lastEnd = nodes.at(-1)?.position?.end.offset ?? 0;
  const open = body.endsWith('\n') && lastEnd >= body.length - bom;
  if (bom) shift(nodes, bom, 0);
  return { nodes, open, offset: 0, line: 1 };
}

function shift(nodes: Node[], offsetDelta: number, lineDelta: number): void {
  if (offsetDelta === 0 && lineDelta === 0) return;
  const stack: Node[] = [...nodes];
  while (stack.length) {
    const node = stack.pop()!;
    const pos = node.position;
    if (pos) {
      movePoint(pos.start, offsetDelta, lineDelta);
      movePoint(pos.end, offsetDelta, lineDelta);
    }
    const kids = (node as { children?: Node[] }).children;
    if (kids) for (const kid of kids) stack.push(kid);
  }
}

function movePoint(p: Point, offsetDelta: number, lineDelta: number): void {
  if (p.offset !== undefined) p.offset += offsetDelta;
  p.line += lineDelta;
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function point(line: number, column: number, offset: number): Point {
  return { line, column, offset };
}

function endPoint(text: string): Point {
  const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  return point(countLines(text, 0, text.length) + 1, text.length - lastBreak, text.length);
}
