// Documents for the fuzzer: built from the kinds' own grammar (their sections,
// statuses, fields, timelines, action items, links and ADR mentions), and real
// documents mutated the way files get damaged (flipped bytes, truncation, lines
// doubled or lost, mixed line endings, BOMs, NULs, astral characters, lone
// surrogates).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Project } from '../../server/src/core/project';
import { findMarkdown } from '../../server/src/node/files';
import { toPosix } from '../../server/src/node/paths';
import { REPO } from '../helpers';
import type { Case } from './properties';

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

const WORDS = ['the', 'queue', 'absorbs', 'spikes', 'we', 'will', 'use', 'Postgres', 'because', 'latency', 'p99', '<', '50', 'ms', '99.9%', 'Orders', 'team', 'café', '\u{1F600}', 'TODO', 'TBD', '…'];
const INLINE = [
  '**bold**', '_em_', '`code`', '[ADR-2](0002-store-orders-in-postgresql.md)', '[design](../design/billing-events.md#goals)', '[missing](0099-missing.md)',
  '[ref]', '<https://example.com>', 'https://example.com/issues/12', 'ADR-0003', 'ADR 4', 'adr-6', '#123', 'ORD-42', '{short title}', '[describe the context]',
  '{{title}}', '<!-- note -->', '<!-- process-docs-disable-line -->', '2025-01-10', '2099-01-01', '23/05/2024', '10:42 UTC', '\\*', '&amp;', '<b>x</b>',
];
const STATUS_DECOR = ['', '✅ ', '**', '> ', '- Status: ', '~~'];
const EOLS = ['\n', '\r\n'];
const MIXED = ['\n', '\r\n', '\r'];

const sentence = fc.array(fc.oneof({ weight: 4, arbitrary: pick(WORDS) }, { weight: 1, arbitrary: pick(INLINE) }), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));

function block(statuses: string[]): fc.Arbitrary<string> {
  const status = fc.tuple(pick(STATUS_DECOR), pick([...statuses, 'Acepted', 'accepted', 'Superseded by [ADR-0005](0005-store-orders-in-a-distributed-sql-database.md)', 'Supersedes ADR-2', 'Amended by ADR 6', '{proposed | accepted}', '']))
    .map(([d, s]) => `${d}${s}`);
  const time = fc.tuple(fc.nat(23), fc.nat(59)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const timelineRow = fc.tuple(time, sentence, fc.boolean()).map(([t, s, table]) => (table ? `| 2025-05-10 ${t} | ${s} |` : `- ${t} - ${s}`));
  const timeline = fc.tuple(fc.boolean(), fc.array(timelineRow, { maxLength: 12 })).map(([table, rows]) => (table ? ['| Time | Event |', '| --- | --- |', ...rows] : rows).join('\n'));
  const action = fc.tuple(pick(['- [ ] ', '- [x] ', '* ', '1. ']), sentence, pick(['', ' (SRE lead, 2025-07-01)', ' (@orders, due 2099-01-01)', ' (, 2025-13-45)', ' #123'])).map(([m, s, o]) => `${m}${s}${o}`);
  return fc.oneof(
    { weight: 4, arbitrary: sentence },
    { weight: 2, arbitrary: status },
    { weight: 2, arbitrary: timeline },
    { weight: 2, arbitrary: fc.array(action, { maxLength: 6 }).map((a) => a.join('\n')) },
    { weight: 1, arbitrary: fc.array(sentence, { maxLength: 4 }).map((a) => a.map((s) => `- ${s}`).join('\n')) },
    { weight: 1, arbitrary: sentence.map((s) => `> ${s}`) },
    { weight: 1, arbitrary: sentence.map((s) => `\`\`\`\n${s}\n\`\`\``) },
    { weight: 1, arbitrary: pick(['[ref]: 0002-store-orders-in-postgresql.md', '<!-- process-docs-disable section.empty -->', '<!-- process-docs-enable -->', '---', '***', '<div>\n\n</div>', '| a |\n|---|', '    indented code']) },
  );
}

function frontMatter(project: Project, kind: string): fc.Arbitrary<string> {
  const def = project.kinds.get(kind)!;
  const names = [...new Set([...def.def.fields.map((f) => f.name), 'kind', 'status', 'date', 'title', 'number', 'deciders', 'tags'])];
  const values = [...project.kinds.get(kind)!.statuses, kind, 'adr', 'none', '2025-01-10', '2025-02-30', '2099-01-01', '3', '0042', '[a, b]', '"quoted"', "'single'", 'yes', '~', '', '{a: 1}', '!!str x', '&a x', '*a', '- x', '"unclosed', 'a: b: c', '|', 'ADR-2'];
  const line = fc.tuple(pick(names), pick(values)).map(([n, v]) => `${n}: ${v}`);
  return fc.tuple(fc.array(line, { maxLength: 6 }), pick(['---', '---', '---yaml', '---js', '--- '])).map(([lines, open]) => [open, ...lines, '---', ''].join('\n'));
}

/** A document of one of the project's kinds, from its sections, statuses and fields. */
export function grammarDocument(project: Project): fc.Arbitrary<Case> {
  const kinds = [...project.kinds.keys()];
  return pick(kinds).chain((kind) => {
    const def = project.kinds.get(kind)!;
    const names = [...new Set([...def.variants.flatMap((v) => v.sections.map((s) => s.name)), ...def.def.aliases.flat(), 'Status', 'Notes', '1. Context:', '✅ Decision'])];
    const heading = fc.tuple(fc.oneof({ weight: 5, arbitrary: fc.constant(2) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 6 }) }), pick(names)).map(([d, n]) => `${'#'.repeat(d)} ${n}`);
    const section = fc.tuple(heading, fc.array(block(def.statuses), { maxLength: 3 })).map(([h, body]) => [h, ...body].join('\n\n'));
    const title = pick(['# 7. Use a queue', '# ADR-007: Use a queue', '# ADR 7 - Use a queue', '# Use a queue', '# {{title}}', '#', 'Use a queue\n===', '']);
    const header = fc.array(pick(['Date: 2025-01-10', '- Status: accepted', '* Deciders: the Orders team, the SRE lead', '**Date:** 2025-02-30', 'Status: Acepted', 'Supersedes: ADR-3']), { maxLength: 3 });
    const folder = def.def.folders[0] ?? kind;
    return fc
      .record({
        fm: fc.option(frontMatter(project, kind), { freq: 3 }),
        title,
        header,
        sections: fc.array(section, { maxLength: 8 }),
        eol: pick(EOLS),
        bom: fc.boolean(),
        file: pick(['0007-use-a-queue.md', 'adr-012-use-a-queue.md', 'use-a-queue.md', 'README.md', '20250110-use-a-queue.md', '0004-cache.md']),
      })
      .map(({ fm, title, header, sections, eol, bom, file }) => ({
        label: `grammar ${kind}`,
        path: `docs/${folder}/${file.replace(/\.md$/, '.fuzz.md')}`,
        text: `${bom ? '\uFEFF' : ''}${fm ?? ''}${[title, header.join('\n'), ...sections].join('\n\n')}\n`.replace(/\n/g, eol),
      }));
  });
}

/** Markdown files of a folder, each with the path it gets in the fuzz workspace. */
export async function sources(root: string, label: string, placeAt: (rel: string) => string): Promise<Case[]> {
  const out: Case[] = [];
  for (const file of await findMarkdown(root)) {
    const rel = toPosix(path.relative(root, file));
    out.push({ label: `${label}${rel}`, path: placeAt(rel).replace(/\.(md|markdown)$/i, '.fuzz.$1'), text: readFileSync(file, 'utf8') });
  }
  return out;
}

/** The repository's own documents: fixtures, examples and templates. */
export async function ownDocuments(): Promise<Case[]> {
  return [
    ...(await sources(path.join(REPO, 'test', 'fixtures'), 'fixture ', (rel) => `fixtures/${rel}`)),
    ...(await sources(path.join(REPO, 'examples'), 'example ', (rel) => rel)),
    ...(await sources(path.join(REPO, 'templates'), 'template ', (rel) => `templates/${rel}`)),
  ];
}

const INSERTS = ['\uFEFF', '\u0000', '\u{1F600}', '\u{10FFFF}', '\uD800', '\uDFFF', '\r', '\n', '\r\n', '\u2028', '\u00A0', '---\n', '```\n', '<!--', '-->', '[', '](', '`', '*', '#', '|', '> ', '- ', '\t', 'ADR-', '{'];

type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'truncate'; at: number }
  | { op: 'duplicate' | 'delete'; line: number }
  | { op: 'eol'; to: '\n' | '\r\n' | '\r' | 'mixed' }
  | { op: 'insert'; at: number; s: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: pick(['duplicate', 'delete'] as const), line: fc.nat() }),
  fc.record({ op: fc.constant('eol' as const), to: pick(['\n', '\r\n', '\r', 'mixed'] as const) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: pick(INSERTS) }),
);

function mutate(text: string, m: Mutation): string {
  switch (m.op) {
    case 'flip': {
      // A flipped bit in the UTF-8 bytes, read back as a file would be.
      const bytes = Buffer.from(text, 'utf8');
      if (bytes.length === 0) return text;
      bytes[m.at % bytes.length] ^= 1 << m.bit;
      return bytes.toString('utf8');
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'duplicate':
    case 'delete': {
      const lines = text.split('\n');
      const i = m.line % lines.length;
      lines.splice(i, m.op === 'delete' ? 1 : 0, ...(m.op === 'duplicate' ? [lines[i]] : []));
      return lines.join('\n');
    }
    case 'eol': {
      const lf = text.replace(/\r\n?/g, '\n');
      if (m.to !== 'mixed') return lf.replace(/\n/g, m.to);
      let i = 0;
      return lf.replace(/\n/g, () => MIXED[i++ % MIXED.length]);
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.s + text.slice(at);
    }
  }
}

/** A source document with one to six mutations. */
export function mutatedDocument(from: Case[]): fc.Arbitrary<Case> {
  return fc.tuple(pick(from), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([c, ms]) => ({ label: c.label, path: c.path, text: ms.reduce(mutate, c.text) }));
}
