// Links to other documents and `ADR-12` mentions, with exact source ranges.
import type { Root } from 'mdast';
import { rangeOf, textOf, walk } from '../markdown/walk';
import { posix } from 'node:path';
import type { Range } from '../types';

export interface Link {
  url: string;
  /** The link text (empty for definitions). */
  text: string;
  range: Range;
  /** Absolute POSIX path of a relative link to a Markdown file, else null. */
  path: string | null;
  /** `#fragment` of the URL, if any. */
  fragment: string | null;
  definition: boolean;
}

export interface Mention {
  number: number;
  text: string;
  range: Range;
}

const MENTION = /\bADR[-_ ]?#?(\d{1,6})\b/gi;

/** Every link (inline, reference definition) and every ADR mention outside code and links. */
export function linksAndMentions(tree: Root, text: string, docPath: string): { links: Link[]; mentions: Mention[] } {
  const links: Link[] = [];
  const mentions: Mention[] = [];
  walk(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      const url = (node as unknown as { url: string }).url;
      const { path, fragment } = resolveLink(docPath, url);
      links.push({ url, text: node.type === 'link' ? textOf(node) : '', range: rangeOf(node), path, fragment, definition: node.type === 'definition' });
      return false;
    }
    if (node.type === 'linkReference') return false;
    if (node.type === 'text') mentions.push(...findMentions(text, rangeOf(node)));
    return true;
  });
  return { links, mentions };
}

/** `ADR-12`, `ADR 0012`, `ADR012` mentions in a range of the source. */
export function findMentions(text: string, range: Range): Mention[] {
  const out: Mention[] = [];
  const slice = text.slice(range.start, range.end);
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(slice); m; m = MENTION.exec(slice)) {
    out.push({ number: Number(m[1]), text: m[0], range: { start: range.start + m.index, end: range.start + m.index + m[0].length } });
  }
  return out;
}

/** Where a link's destination is written in the source, or null when it cannot be found as written. */
export function urlRange(text: string, link: Pick<Link, 'range' | 'url' | 'definition'>): Range | null {
  const raw = text.slice(link.range.start, link.range.end);
  const from = link.definition ? raw.indexOf(']:') : raw.lastIndexOf('](');
  const at = from === -1 || link.url === '' ? -1 : raw.indexOf(link.url, from + 2);
  return at === -1 ? null : { start: link.range.start + at, end: link.range.start + at + link.url.length };
}

/** Resolves a link URL against the document's path; only relative Markdown targets get a path. */
export function resolveLink(docPath: string, url: string): { path: string | null; fragment: string | null } {
  const hash = url.indexOf('#');
  const fragment = hash === -1 ? null : url.slice(hash + 1);
  let target = (hash === -1 ? url : url.slice(0, hash)).replace(/\?.*$/, '');
  if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/') || target.startsWith('\\')) return { path: null, fragment };
  try {
    target = decodeURIComponent(target);
  } catch {
    // A malformed escape stays as written.
  }
  if (!/\.(?:md|markdown)$/i.test(target)) return { path: null, fragment };
  return { path: posix.normalize(posix.join(posix.dirname(docPath), target.replace(/\\/g, '/'))), fragment };
}
