// Which kind a Markdown file is, in this order: front matter `kind:`/`type:`,
// the project config's `match` globs, a kind's well-known paths (PR templates),
// then — never for read-mes, indexes and templates — the config's folders,
// adr-tools/log4brains folders, conventional folder names, and ADR-like file
// names. A file of no kind gets no findings at all.
import picomatch from 'picomatch';
import { posix } from 'node:path';
import type { Project } from './project';

export type KindSource = 'front-matter' | 'config' | 'path' | 'adr-dir' | 'folder' | 'file-name';

export interface Detection {
  kind: string | null;
  source: KindSource | null;
}

export interface ContentSignals {
  sectionKeys: string[];
  title: string | null;
}

/** Index pages, read-mes and templates in a docs folder are never documents of the folder's kind. */
const NOT_A_DOC = /^(?:readme|index|toc|table-of-contents|changelog|contributing|license|summary|template|.*[-_]template|_.*)\.(?:md|markdown)$/i;
const ADR_FILE = /^(?:adr[-_ ]?\d+|\d+)[-_ .]/i;
const ADR_PREFIXED_FILE = /^adr[-_ ]?\d+/i;
const ADR_SECTIONS = ['status', 'decision', 'decision outcome', 'context and problem statement'];

type Matcher = { kind: string; test: (rel: string) => boolean };

interface Matchers {
  ignored: (rel: string) => boolean;
  /** Config `match` globs: explicit, so they apply even to read-mes. */
  explicit: Matcher[];
  /** Built-in well-known paths of a kind. */
  paths: Matcher[];
  /** Config `folder`s. */
  folders: Matcher[];
}

const matcherCache = new WeakMap<Project, Matchers>();

function glob(kind: string, globs: string[]): Matcher {
  const test = picomatch(globs, { dot: true, nocase: true });
  return { kind, test: (rel) => test(rel) };
}

function matchers(project: Project): Matchers {
  let cached = matcherCache.get(project);
  if (!cached) {
    const ignore = project.config.ignore.length ? picomatch(project.config.ignore, { dot: true }) : () => false;
    cached = { ignored: (rel) => ignore(rel), explicit: [], paths: [], folders: [] };
    for (const [kind, resolved] of project.kinds) {
      const { match, folder } = resolved.config;
      if (match?.length) cached.explicit.push(glob(kind, match));
      if (resolved.def.paths?.length) cached.paths.push(glob(kind, resolved.def.paths));
      if (folder) cached.folders.push(glob(kind, [`${folder.replace(/^\.\//, '').replace(/\/+$/, '')}/**`]));
    }
    matcherCache.set(project, cached);
  }
  return cached;
}

export function detectKind(relPath: string, frontMatter: Record<string, unknown>, signals: ContentSignals, project: Project): Detection {
  const m = matchers(project);
  if (m.ignored(relPath)) return { kind: null, source: 'config' };
  const declared = frontMatter.kind ?? frontMatter.type;
  if (typeof declared === 'string') {
    const id = declared.trim().toLowerCase();
    if (id === 'none') return { kind: null, source: 'front-matter' };
    if (project.kinds.has(id)) return { kind: id, source: 'front-matter' };
  }
  for (const x of m.explicit) if (x.test(relPath)) return { kind: x.kind, source: 'config' };
  for (const x of m.paths) if (x.test(relPath)) return { kind: x.kind, source: 'path' };
  const base = posix.basename(relPath);
  if (NOT_A_DOC.test(base)) return { kind: null, source: null };
  for (const x of m.folders) if (x.test(relPath)) return { kind: x.kind, source: 'config' };
  if (project.kinds.has('adr') && project.adrFolders.some((f) => isInside(relPath, f))) return { kind: 'adr', source: 'adr-dir' };
  const dirs = posix.dirname(relPath).split('/').reverse();
  for (const dir of dirs) {
    const name = dir.toLowerCase();
    for (const [kind, resolved] of project.kinds) if (resolved.def.folders.includes(name)) return { kind, source: 'folder' };
  }
  if (project.kinds.has('adr') && ADR_FILE.test(base)) {
    const looksLikeAdr = ADR_PREFIXED_FILE.test(base) || signals.sectionKeys.some((k) => ADR_SECTIONS.includes(k)) || /^(?:ADR[-_ ]?)?\d+[.:]\s/i.test(signals.title ?? '');
    if (looksLikeAdr) return { kind: 'adr', source: 'file-name' };
  }
  return { kind: null, source: null };
}

function isInside(relPath: string, folder: string): boolean {
  const f = posix.normalize(folder).replace(/^\.\/?/, '').replace(/\/+$/, '');
  return f === '' || f === '.' ? !relPath.includes('/') : relPath.startsWith(`${f}/`);
}
