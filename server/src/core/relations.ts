// Writing statuses and relations into an ADR in the form it already uses: a
// Status section (Nygard, adr-tools), a `- Status:` line (MADR 2) or front
// matter (MADR 3+). Front matter is not Markdown, so relations there are
// written as mentions (`superseded by ADR-0013`), which the reader resolves.
import { adrLabel, relativeLink } from './adrs';
import { RELATION_PHRASE, type RelationType } from './extract/status';
import type { Description } from './model';
import { yamlScalar } from './template';
import type { TextEdit } from './types';

export interface AdrTarget {
  number: number;
  path: string;
}

/** `Superseded by [ADR-0013](0013-….md)`, or `superseded by ADR-0013` in front matter. */
function phrased(doc: Description, type: RelationType, target: AdrTarget, lower: boolean): string {
  const phrase = lower ? RELATION_PHRASE[type].toLowerCase() : RELATION_PHRASE[type];
  const name = adrLabel(target.number);
  return doc.status?.source === 'front-matter' ? `${phrase} ${name}` : `${phrase} [${name}](${relativeLink(doc.path, target.path)})`;
}

function writesLowerCase(doc: Description): boolean {
  const word = doc.status?.word ?? '';
  return word !== '' && word === word.toLowerCase();
}

/**
 * Replaces the status word (`Accepted` → `Superseded by [ADR-0013](…)`), keeping
 * whatever surrounds it; a template placeholder line is replaced whole.
 */
export function statusEdit(doc: Description, word: string, relation?: { type: RelationType; target: AdrTarget }): TextEdit | null {
  const status = doc.status;
  if (!status) return null;
  const lower = writesLowerCase(doc);
  const cased = lower ? word.toLowerCase() : word;
  const value = relation ? phrased(doc, relation.type, relation.target, lower) : cased;
  const range = status.placeholder ? status.line : status.range;
  if (status.source !== 'front-matter') return { range, newText: value };
  return frontMatterStatus(doc, (inner, at) => inner.slice(0, range.start - at) + value + inner.slice(range.end - at));
}

/** Adds a relation to the ADR's status; an error message when the ADR writes no status to add it to. */
export function relationEdit(doc: Description, type: RelationType, target: AdrTarget): TextEdit | string {
  const status = doc.status;
  if (status?.source === 'front-matter') return frontMatterStatus(doc, (inner) => `${inner}; ${phrased(doc, type, target, true)}`)!;
  if (status?.source === 'field') return { range: { start: status.line.end, end: status.line.end }, newText: `; ${phrased(doc, type, target, true)}` };
  const section = doc.statusSection;
  if (!section) return `${doc.relPath} has no status to record the relation in`;
  const body = doc.text.slice(section.ownBody.start, section.ownBody.end);
  const end = section.ownBody.start + body.trimEnd().length;
  return { range: { start: end, end }, newText: `\n\n${phrased(doc, type, target, false)}` };
}

/** Rewrites the whole front matter `status` value from its unquoted text, quoting as YAML needs. */
function frontMatterStatus(doc: Description, change: (inner: string, innerStart: number) => string): TextEdit | null {
  const field = doc.frontMatter?.fields.get('status');
  const status = doc.status;
  if (!field || !status) return null;
  const raw = doc.text.slice(field.value.start, field.value.end);
  const quoted = /^(['"]).*\1$/s.test(raw);
  const innerStart = field.value.start + (quoted ? 1 : 0);
  const inner = quoted ? raw.slice(1, -1) : raw;
  return { range: field.value, newText: yamlScalar(change(inner, innerStart)) };
}

/** Whether the document already states `type` towards the target. */
export function hasRelation(doc: Description, type: RelationType, target: AdrTarget): boolean {
  return doc.relations.some((r) => r.type === type && r.targets.some((t) => t.path === target.path || t.number === target.number));
}
