// The decision index: every ADR with its number, title, status, date, deciders
// and supersede relations (read from either side), as data for the webview and
// as Markdown, JSON or Mermaid for the CLI and the ADR folder's README.
import { posix } from 'node:path';
import { adrLabel, relativeLink } from './adrs';
import { applyEdits } from './edits';
import type { Change, Plan } from './plan';
import type { DocSummary, WorkspaceIndex } from './workspace';

export interface DecisionEntry {
  number: number | null;
  title: string;
  /** The configured status value, or the word as written when it is unknown. */
  status: string | null;
  date: string | null;
  /** Path relative to the workspace root. */
  file: string;
  /** Absolute POSIX path. */
  path: string;
  deciders: string[];
  supersedes: number[];
  supersededBy: number[];
}

/** Every ADR, in number order (unnumbered ones last, by file). */
export function decisionIndex(index: WorkspaceIndex): DecisionEntry[] {
  const adrs = index.adrs();
  const supersedes = new Map<string, Set<DocSummary>>(adrs.map((a) => [a.path, new Set()]));
  const supersededBy = new Map<string, Set<DocSummary>>(adrs.map((a) => [a.path, new Set()]));
  for (const a of adrs) {
    for (const rel of a.relations) {
      if (rel.type !== 'supersedes' && rel.type !== 'superseded-by') continue;
      for (const ref of rel.targets) {
        const b = index.resolve(ref, a.path);
        if (!b || b.kind !== 'adr' || b.path === a.path) continue;
        const [newer, older] = rel.type === 'supersedes' ? [a, b] : [b, a];
        supersedes.get(newer.path)!.add(older);
        supersededBy.get(older.path)!.add(newer);
      }
    }
  }
  const numbers = (s: Set<DocSummary>) => [...new Set([...s].flatMap((d) => (d.number === null ? [] : [d.number])))].sort((x, y) => x - y);
  return adrs
    .map((a) => ({
      number: a.number,
      title: a.title ?? posix.basename(a.path, '.md'),
      status: a.status ? a.status.value ?? a.status.word : null,
      date: a.date,
      file: a.relPath,
      path: a.path,
      deciders: a.deciders,
      supersedes: numbers(supersedes.get(a.path)!),
      supersededBy: numbers(supersededBy.get(a.path)!),
    }))
    .sort((x, y) => (x.number ?? Infinity) - (y.number ?? Infinity) || (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
}

/** The JSON form: exactly these keys, in number order. */
export function indexJson(entries: DecisionEntry[]): string {
  const rows = entries.map(({ number, title, status, date, file, supersedes, supersededBy }) => ({ number, title, status, date, file, supersedes, supersededBy }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** Text safe in a Markdown table cell: no pipes, brackets or HTML taking effect. */
function cell(s: string): string {
  return s.replace(/[\\|[\]<>*_`]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

function statusCell(e: DecisionEntry): string {
  const status = e.status ?? '';
  if (!e.supersededBy.length) return cell(status);
  return `${cell(status)} by ${e.supersededBy.map(adrLabel).join(', ')}`;
}

/** A Markdown table of the entries, linking each ADR relative to `fromDir`. */
export function indexMarkdown(entries: DecisionEntry[], fromDir: string): string {
  const rows = entries.map((e) => {
    const name = e.number === null ? cell(posix.basename(e.file)) : adrLabel(e.number);
    return `| [${name}](${relativeLink(posix.join(fromDir, 'index.md'), e.path)}) | ${cell(e.title)} | ${statusCell(e)} | ${e.date ?? ''} |`;
  });
  return ['| ADR | Title | Status | Date |', '| --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}

/** A Mermaid flowchart: every ADR a node, an arrow from each ADR to the one it supersedes. */
export function indexMermaid(entries: DecisionEntry[]): string {
  const id = new Map(entries.map((e, i) => [e, `adr${i}`]));
  const byNumber = new Map(entries.filter((e) => e.number !== null).map((e) => [e.number!, e]));
  const label = (e: DecisionEntry) => `${e.number === null ? e.file : adrLabel(e.number)}: ${e.title}${e.status ? ` (${e.status})` : ''}`.replace(/"/g, '#quot;');
  const lines = ['flowchart LR'];
  for (const e of entries) lines.push(`  ${id.get(e)}["${label(e)}"]`);
  for (const e of entries) {
    for (const n of e.supersedes) {
      const older = byNumber.get(n);
      if (older) lines.push(`  ${id.get(e)} -->|supersedes| ${id.get(older)}`);
    }
  }
  return lines.join('\n') + '\n';
}

export const INDEX_START = '<!-- process-docs:index -->';
export const INDEX_END = '<!-- /process-docs:index -->';

/**
 * Writes or refreshes the marked index region in each ADR folder's README
 * (`readmes`: folder → its README's path and text, null when there is none).
 */
export function planIndexRegions(entries: DecisionEntry[], readmes: Map<string, { path: string; text: string | null }>): Plan {
  const changes: Change[] = [];
  const notes: string[] = [];
  for (const [dir, readme] of readmes) {
    const region = `${INDEX_START}\n${indexMarkdown(entries.filter((e) => posix.dirname(e.path) === dir), dir)}${INDEX_END}`;
    if (readme.text === null) {
      changes.push({ type: 'create', path: readme.path, text: `# Architecture decisions\n\n${region}\n` });
      continue;
    }
    const a = readme.text.indexOf(INDEX_START);
    const b = readme.text.indexOf(INDEX_END, a);
    const edit =
      a !== -1 && b !== -1
        ? { range: { start: a, end: b + INDEX_END.length }, newText: region }
        : { range: { start: readme.text.length, end: readme.text.length }, newText: `${readme.text.endsWith('\n') || readme.text === '' ? '' : '\n'}\n${region}\n` };
    if (applyEdits(readme.text, [edit]) !== readme.text) changes.push({ type: 'edit', path: readme.path, edits: [edit] });
    else notes.push(`${readme.path} is up to date`);
  }
  return { label: 'Generate the decision index', changes, notes };
}

/** The folders holding ADRs. */
export function adrFolders(entries: DecisionEntry[]): string[] {
  return [...new Set(entries.map((e) => posix.dirname(e.path)))].sort();
}

/** The folder's README (any case) and its text, or where a new one goes. */
export function readmeOf(dir: string, texts: ReadonlyMap<string, string>): { path: string; text: string | null } {
  for (const [p, text] of texts) if (posix.dirname(p) === dir && /^readme\.md$/i.test(posix.basename(p))) return { path: p, text };
  return { path: posix.join(dir, 'README.md'), text: null };
}
