// Template variables: `{{title}}`, `{{date}}`, `{{number}}`, `{{author}}` and any
// other `{{name}}` a team's template uses. A value lands in the front matter as a
// YAML scalar (quoted when it must be) and in the body as written.
import { findFrontMatterBlock } from './frontmatter';
import type { Range } from './types';

const VARIABLE = /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;
const PLAIN_YAML = /^(?:\p{L}[\p{L}\p{N} ._'()/-]*[\p{L}\p{N}.)]|\p{L}|\d{4}-\d{2}-\d{2}|\d+)$/u;
const YAML_WORDS = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/** The variables a template uses, in order of first use. */
export function templateVariables(text: string): string[] {
  return [...new Set([...text.matchAll(VARIABLE)].map((m) => m[1].toLowerCase()))];
}

/** Where variables are still written in a text. */
export function variableRanges(text: string): Range[] {
  return [...text.matchAll(VARIABLE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** Fills the variables that have values; the others stay as written. */
export function fillTemplate(text: string, values: Record<string, string>): string {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const block = findFrontMatterBlock(text, bom);
  const yamlEnd = block && block.end !== -1 ? block.end : -1;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(VARIABLE)) {
    const at = m.index!;
    out += text.slice(last, at);
    last = at + m[0].length;
    const value = values[m[1].toLowerCase()];
    if (value === undefined) out += m[0];
    else out += at < yamlEnd ? yamlScalar(value) : value;
  }
  return out + text.slice(last);
}

/** A value as a YAML scalar: plain when that reads back as the same string (or number), else double-quoted. */
export function yamlScalar(value: string): string {
  return PLAIN_YAML.test(value) && !YAML_WORDS.test(value) ? value : JSON.stringify(value);
}
