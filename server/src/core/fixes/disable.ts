// Turns a rule off for one line or for the whole file with the comments the rule
// engine reads: `<!-- process-docs-disable-next-line rule.id -->` above the line,
// `<!-- process-docs-disable-file rule.id -->` at the top (after any front matter).
import { change, eolOf, lineStart } from '../edits';
import { lineEnd } from '../markdown/sections';
import type { DocModel } from '../model';
import type { Finding } from '../types';
import type { Fix } from './types';

export function disableFixes(finding: Finding, doc: DocModel): Fix[] {
  const { text } = doc;
  const eol = eolOf(text);
  const fixes: Fix[] = [];
  const fm = doc.frontMatter;
  const file = (edits: { range: { start: number; end: number }; newText: string }[]) => change([{ path: doc.path, text, edits }]);
  // A comment cannot sit inside front matter: there only the whole file can be exempt.
  if (!fm || finding.range.start > fm.range.end) {
    const start = lineStart(text, finding.range.start);
    // Indented like the line, so a list item keeps it; never inside a quote's `>`, where it would hide the quoted line's text.
    const indent = /^[ \t]*/.exec(text.slice(start))![0];
    const newText = `${indent}<!-- process-docs-disable-next-line ${finding.rule} -->${eol}`;
    fixes.push({ title: `Disable ${finding.rule} for this line`, kind: 'quickfix', finding, change: file([{ range: { start, end: start }, newText }]) });
  }
  const top = fm ? lineEnd(text, fm.range.end) : doc.bom;
  const lead = fm && top === text.length && !text.endsWith('\n') ? eol : '';
  const newText = `${lead}<!-- process-docs-disable-file ${finding.rule} -->${eol}`;
  fixes.push({ title: `Disable ${finding.rule} for this file`, kind: 'quickfix', finding, change: file([{ range: { start: top, end: top }, newText }]) });
  return fixes;
}
