// The first sentence of a document's decision, as plain text: what a hover on a
// reference shows of the decision it points at.
import { plain } from '../markdown/scan';
import type { Section } from '../markdown/sections';
import type { Range } from '../types';
import { stripComments } from '../text';

const MAX = 240;

/** The first sentence of the first section whose key is in `keys` (the kind's decision aliases). */
export function decisionSentence(text: string, sections: Section[], keys: string[]): string | null {
  const section = sections.find((s) => keys.includes(s.key));
  return section ? firstSentence(text, section.ownBody) : null;
}

/** The first sentence of the first paragraph in a range: markup, list markers and comments removed. */
export function firstSentence(text: string, range: Range): string | null {
  const body = stripComments(text.slice(range.start, range.end));
  const paragraph = body.trim().split(/\r?\n[ \t]*\r?\n/)[0] ?? '';
  const lines = paragraph.split(/\r?\n/).map((l) => l.replace(/^[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+|\d+[.)][ \t]+)?/, ''));
  const flat = plain(lines.join(' '));
  if (!flat) return null;
  const sentence = /^.+?[.!?](?=\s|$)/.exec(flat)?.[0] ?? flat;
  return sentence.length > MAX ? `${sentence.slice(0, MAX - 1)}…` : sentence;
}
