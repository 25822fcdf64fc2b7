// Generates snippets/markdown.json (`npm run docs`): a skeleton per template —
// every kind's sections in the template's order, its variables and section texts
// as tab stops, its status as a choice — and the repeated parts: a timeline
// entry, an action item, status lines and the disable comments. A unit test
// fails when the file is stale, so snippets and templates cannot drift apart.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { defaultConfig } from '../server/src/core/config';
import { describeDocument } from '../server/src/core/model';
import { createProject, type Project } from '../server/src/core/project';
import { RULES } from '../server/src/core/rules';
import { fillTemplate, templateVariables } from '../server/src/core/template';
import type { ResolvedKind, ResolvedVariant } from '../server/src/core/kinds/resolve';
import { builtinTemplatesDir } from '../server/src/node/project';

export const SNIPPETS_FILE = path.resolve(__dirname, '..', 'snippets', 'markdown.json');

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

const TODAY = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';
const literal = (s: string) => s.replace(/[\\$}]/g, (c) => `\\${c}`);
const choice = (values: string[]) => values.map((v) => v.replace(/[\\,|$}]/g, (c) => `\\${c}`)).join(',');

export function builtinProject(): Project {
  const dir = builtinTemplatesDir();
  const templates: Record<string, string> = {};
  for (const kind of createProject({ root: '/', config: defaultConfig(), templates: {}, today: '2000-01-01' }).kinds.values()) {
    for (const v of kind.variants) templates[v.template] = readFileSync(path.join(dir, v.template), 'utf8');
  }
  return createProject({ root: '/', config: defaultConfig(), templates, today: '2000-01-01' });
}

/** A template as a snippet body: variables, section texts and the status become tab stops, in document order. */
export function templateSnippet(kind: ResolvedKind, variant: ResolvedVariant, project: Project): string {
  const names = templateVariables(variant.templateText);
  // Stand-ins that survive as plain words (also in YAML), so the text can be read as a document.
  const token = (i: number) => `PDVAR${i}X`;
  const text = fillTemplate(variant.templateText, Object.fromEntries(names.map((n, i) => [n, token(i)])));
  // A path in the kind's conventional folder, so the text is read as a document of the kind.
  const doc = describeDocument(`/${kind.def.folders[0] ?? kind.def.id}/0001-snippet.md`, text, project);
  const spans: { start: number; end: number; render: (n: number) => string; stop: boolean }[] = [];
  names.forEach((name, i) => {
    const field = kind.def.fields.find((f) => f.name === name);
    const render = (n: number) =>
      name === 'date' ? TODAY : field?.values?.length ? `\${${n}|${choice(field.values)}|}` : `\${${n}:${field?.type === 'date' ? TODAY : name === 'number' ? 'NNNN' : name === 'title' ? 'Title' : literal(name)}}`;
    for (let at = text.indexOf(token(i)); at !== -1; at = text.indexOf(token(i), at + 1)) spans.push({ start: at, end: at + token(i).length, render, stop: name !== 'date' });
  });
  if (doc.status && kind.statuses.length) {
    const lower = doc.status.word === doc.status.word.toLowerCase();
    const values = kind.statuses.map((s) => (lower ? s.toLowerCase() : s));
    spans.push({ start: doc.status.range.start, end: doc.status.range.end, render: (n) => `\${${n}|${choice(values)}|}`, stop: true });
  }
  let from = 0;
  for (const section of variant.sections) {
    if (!section.placeholder || section.key === 'status') continue;
    const at = text.indexOf(section.placeholder, from);
    if (at === -1) continue;
    from = at + section.placeholder.length;
    const placeholder = section.placeholder;
    spans.push({ start: at, end: from, render: (n) => `\${${n}:${literal(placeholder)}}`, stop: true });
  }
  spans.sort((a, b) => a.start - b.start);
  // The same variable keeps one tab stop number, so typing a title fills every copy.
  const numbers = new Map<(n: number) => string, number>();
  let next = 1;
  let out = '';
  let last = 0;
  for (const span of spans) {
    if (span.start < last) continue;
    out += literal(text.slice(last, span.start));
    if (span.stop && !numbers.has(span.render)) numbers.set(span.render, next++);
    out += span.render(numbers.get(span.render) ?? 0);
    last = span.end;
  }
  return out + literal(text.slice(last));
}

export function generateSnippets(project: Project = builtinProject()): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  for (const kind of project.kinds.values()) {
    for (const variant of kind.variants) {
      const single = kind.variants.length === 1;
      // The default variant (the last: what detection falls back to) is the kind's own prefix.
      const main = variant === kind.variants[kind.variants.length - 1];
      const name = single ? kind.def.label : `${kind.def.label}, ${variant.label}`;
      out[name] = {
        prefix: main ? kind.def.id : `${kind.def.id}-${variant.id}`,
        description: `A whole ${single ? kind.def.label : `${kind.def.label}, ${variant.label} form`}, from the template ${variant.template}`,
        body: templateSnippet(kind, variant, project).replace(/\n$/, '').split('\n'),
      };
    }
  }
  for (const kind of project.kinds.values()) {
    if (!kind.statuses.length) continue;
    out[`${kind.def.label} status`] = { prefix: `${kind.def.id}-status`, description: `${kind.def.label} status: one of the allowed values`, body: [`\${1|${choice(kind.statuses)}|}`] };
  }
  if (project.kinds.has('adr')) {
    out['ADR superseded by'] = { prefix: 'adr-superseded-by', description: 'The status of an ADR another one replaces, with the link to it', body: ['Superseded by [ADR-${1:NNNN}](${1:NNNN}-${2:slug}.md)'] };
  }
  out['Timeline entry'] = { prefix: 'timeline', description: 'A postmortem timeline entry: HH:MM - what happened', body: ['- ${1:$CURRENT_HOUR:$CURRENT_MINUTE} - ${2:What happened}'] };
  out['Action item'] = { prefix: 'action-item', description: 'A follow-up task with its owner and due date', body: [`- [ ] \${1:Task} (\${2:Owner}, \${3:${TODAY}})`] };
  const ids = choice(RULES.map((r) => r.id));
  out['Disable a rule'] = { prefix: 'process-docs-disable', description: 'Turn a rule off from here on (until process-docs-enable)', body: [`<!-- process-docs-disable \${1|${ids}|} -->`] };
  out['Enable a rule'] = { prefix: 'process-docs-enable', description: 'Turn a rule back on', body: [`<!-- process-docs-enable \${1|${ids}|} -->`] };
  out['Disable a rule in this file'] = { prefix: 'process-docs-disable-file', description: 'Turn a rule off for the whole file', body: [`<!-- process-docs-disable-file \${1|${ids}|} -->`] };
  out['Disable a rule on the next line'] = { prefix: 'process-docs-disable-next-line', description: 'Turn a rule off for the line below', body: [`<!-- process-docs-disable-next-line \${1|${ids}|} -->`] };
  return out;
}

export function snippetsJson(): string {
  return `${JSON.stringify(generateSnippets(), null, 2)}\n`;
}

if (require.main === module) writeFileSync(SNIPPETS_FILE, snippetsJson());
