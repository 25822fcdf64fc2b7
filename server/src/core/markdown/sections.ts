// Headings and the sections they open, with exact source ranges.
import type { Heading as MdHeading, ListContent, Root, RootContent } from 'mdast';
import type { Range } from '../types';
import { textOf } from './walk';
import { stripComments } from '../text';

export interface Heading {
  depth: number;
  /** The heading's text as shown (inline markup removed). */
  text: string;
  /** The whole heading line. */
  range: Range;
  /** A bold paragraph or list item standing in for a heading (`- **Key events**`). */
  bold?: boolean;
}

export interface Section {
  title: string;
  /** Opened by a bold line rather than a heading. */
  bold?: boolean;
  /** Normalised title used to match a kind's sections (see `sectionKey`). */
  key: string;
  depth: number;
  heading: Range;
  /** From the end of the heading line to the end of the section (subsections included). */
  body: Range;
  /** From the end of the heading line to the first subsection heading. */
  ownBody: Range;
  /** Whether the heading line carries an `<!-- optional -->` marker (templates). */
  optional: boolean;
}

/** Top-level headings, in order. */
export function headingsOf(tree: Root): Heading[] {
  const out: Heading[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading' || !node.position) continue;
    out.push({ depth: node.depth, text: headingText(node), range: { start: node.position.start.offset!, end: node.position.end.offset! } });
  }
  return out;
}

/**
 * Bold lines some teams use instead of headings: a paragraph or a list item
 * whose only text is bold (`**Key events:**`, `- **Timeline**`), one level below
 * the heading before it.
 */
export function boldHeadingsOf(tree: Root, headings: Heading[]): Heading[] {
  const out: Heading[] = [];
  const depthAt = (offset: number) => (headings.filter((h) => h.range.start < offset).at(-1)?.depth ?? 1) + 1;
  const consider = (node: RootContent | ListContent) => {
    const para = node.type === 'paragraph' ? node : node.type === 'listItem' && node.children[0]?.type === 'paragraph' ? node.children[0] : null;
    if (!para || para.children.length === 0 || para.children.length > 2) return;
    const [strong, rest] = para.children;
    if (strong.type !== 'strong' || (rest && !(rest.type === 'text' && /^\s*(?::\s*)?$/.test(rest.value)))) return;
    const text = textOf(strong).replace(/:\s*$/, '').trim();
    if (!text || text.length > 60) return;
    out.push({ depth: depthAt(node.position!.start.offset!), text, range: { start: node.position!.start.offset!, end: para.position!.end.offset! }, bold: true });
  };
  for (const node of tree.children) {
    if (node.type === 'list') node.children.forEach(consider);
    else consider(node);
  }
  return out;
}

function headingText(node: MdHeading): string {
  return textOf(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
}

/** Sections opened by headings of depth ≥ 2 (depth 1 is the title). */
export function sectionsOf(text: string, headings: Heading[]): Section[] {
  const out: Section[] = [];
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    if (h.depth < 2) continue;
    const bodyStart = lineEnd(text, h.range.end);
    let end = text.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j].depth <= h.depth) {
        end = headings[j].range.start;
        break;
      }
    }
    const next = headings[i + 1];
    const ownEnd = next && next.range.start < end ? next.range.start : end;
    const line = text.slice(h.range.start, h.range.end);
    out.push({
      ...(h.bold ? { bold: true } : {}),
      title: h.text,
      key: sectionKey(h.text),
      depth: h.depth,
      heading: h.range,
      body: { start: Math.min(bodyStart, end), end },
      ownBody: { start: Math.min(bodyStart, ownEnd), end: ownEnd },
      optional: /<!--\s*optional\s*-->/i.test(line),
    });
  }
  return out;
}

/**
 * Normalises a heading for matching: case, numbering ("2.", "2.1"), emoji and
 * punctuation, "(optional)" and trailing colons do not matter.
 */
export function sectionKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/\((?:optional|required)\)/g, ' ')
    .replace(/^\s*(?:\d+(?:\.\d+)*\.?|[ivx]+\.)\s+/, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Offset just past the line ending that follows `offset` (or the text end). */
export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/** True when a range of the text holds nothing but whitespace and HTML comments. */
export function isBlank(text: string, range: Range): boolean {
  return stripComments(text.slice(range.start, range.end)).trim() === '';
}
