import { walk, rangeOf } from '../markdown/walk';
import type { Range } from '../types';
import type { Rule } from './types';
import { stripComments } from '../text';

// `{{title}}`, `{short title of the problem}`, `{proposed | accepted}`
const BRACES = /\{\{[^{}\n]*\}\}|\{(?=[^{}\n]*\p{L})(?=[^{}\n]*[\s|])[^{}\n:;="'`]*\}/gu;
// `[describe the context …]`, `[option 1 | option 2]`: bracketed instructions left as text
// Each stops at the next `[`, so a line of unclosed brackets is not rescanned from each one.
const BRACKETS = /\[(?:(?:describe|list|add|explain|insert|e\.g\.|short title|title of)\b[^\][\n]*|[^\][\n]*\|[^\][\n]*|[^\][\n\s]+(?:\s+[^\][\n\s]+){2,})\]/gi;
const MARKERS = /\b(?:TODO|TBD|FIXME)\b/g;
const ELLIPSIS = /^(?:…|\.\.\.)$/;

export const templatePlaceholder: Rule = {
  id: 'template.placeholder',
  scope: 'document',
  kinds: '*',
  severity: 'warning',
  description: 'No template text is left: unedited sections, `TODO`/`TBD`, `{…}` and `[describe …]` placeholders.',
  check({ doc, variant, report }) {
    if (doc.isTemplate) return;
    const { text } = doc;
    const done: Range[] = [];
    for (const section of doc.sections) {
      const spec = variant.sections.find((s) => s.keys.has(section.key));
      // A status section holds a value, not a prompt: "Proposed" is not left-over text.
      if (!spec?.placeholder || spec.key === 'status') continue;
      const body = text.slice(section.ownBody.start, section.ownBody.end);
      // Squashing is costly on long sections; the template's first word must be there first.
      const firstWord = spec.placeholder.split(/\s/, 1)[0];
      if (body.includes(firstWord) && squash(body) === squash(spec.placeholder)) {
        report(section.heading, `Section "${section.title}" still holds the template's text`);
        done.push(section.ownBody);
      }
    }
    const inside = (r: Range) => done.some((d) => r.start >= d.start && r.end <= d.end);
    walk(doc.tree, (node) => {
      if (node.type !== 'text') return true;
      const range = rangeOf(node);
      if (inside(range)) return false;
      const slice = text.slice(range.start, range.end);
      if (ELLIPSIS.test(slice.trim())) report(range, 'A template placeholder (`…`) is left in the text');
      for (const re of [BRACES, BRACKETS, MARKERS]) {
        re.lastIndex = 0;
        for (let m = re.exec(slice); m; m = re.exec(slice)) {
          report({ start: range.start + m.index, end: range.start + m.index + m[0].length }, `Template placeholder \`${clip(m[0])}\` is left in the text`);
        }
      }
      return false;
    });
    for (const [name, pos] of doc.frontMatter?.fields ?? []) {
      const raw = text.slice(pos.value.start, pos.value.end);
      BRACES.lastIndex = 0;
      if (BRACES.test(raw)) report(pos.value, `Front matter \`${name}\` still holds a template placeholder`);
    }
  },
};

function squash(s: string): string {
  return stripComments(s).replace(/\s+/g, ' ').trim();
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
