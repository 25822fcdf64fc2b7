// Writes the other side of a relation into the other ADR: "Superseded by [ADR-0005](…)"
// as its status, or "Supersedes …", "Amended by …" after its status line.
import { adrLabel, docName, relativeLink } from '../adrs';
import { change, eolOf } from '../edits';
import { INVERSE, RELATION_PHRASE, type RelationType } from '../extract/status';
import { describeDocument, type Description } from '../model';
import type { TextEdit } from '../types';
import type { DocSummary } from '../workspace';
import type { Fixer } from './types';

export const makeReciprocal: Fixer = async (finding, { doc, index, project, readText }) => {
  const self = index.get(doc.path);
  const relation = doc.relations.find((r) => r.targets.some((t) => t.range.start === finding.range.start && t.range.end === finding.range.end));
  const ref = relation?.targets.find((t) => t.range.start === finding.range.start);
  const target = ref && index.resolve(ref, doc.path);
  if (!self || !relation || !target) return [];
  const text = await readText(target.path);
  if (text === null) return [];
  const inverse = INVERSE[relation.type];
  const edit = relationEdit(describeDocument(target.path, text, project), inverse, self);
  if (!edit) return [];
  return [
    {
      title: `Add "${RELATION_PHRASE[inverse]} ${docName(self)}" to ${docName(target)}`,
      kind: 'quickfix',
      finding,
      preferred: true,
      change: change([{ path: target.path, text, edits: [edit] }]),
    },
  ];
};

/** The edit that makes `other` state `type` towards `self`. */
function relationEdit(other: Description, type: RelationType, self: DocSummary): TextEdit | null {
  const { text, status } = other;
  const eol = eolOf(text);
  const inYaml = status?.source === 'front-matter';
  if (inYaml && self.number === null) return null;
  const target = inYaml ? adrLabel(self.number!) : `[${docName(self)}](${relativeLink(other.path, self.path)})`;
  const words = RELATION_PHRASE[type];
  const phrase = (lower: boolean) => `${lower ? words.toLowerCase() : words} ${target}`;
  const hasSuccessor = other.relations.some((r) => r.type === 'superseded-by' && r.targets.length > 0);
  if (status && type === 'superseded-by' && !hasSuccessor) {
    // The relation is the new status: `Accepted` becomes `Superseded by [ADR-0005](…)`.
    return { range: status.range, newText: phrase(status.word === status.word.toLowerCase()) };
  }
  if (status?.source === 'section') return { range: { start: status.line.end, end: status.line.end }, newText: `${eol}${eol}${phrase(false)}` };
  if (status) return { range: { start: status.line.end, end: status.line.end }, newText: `; ${phrase(inYaml)}` };
  const section = other.statusSection;
  return section ? { range: { start: section.ownBody.start, end: section.ownBody.start }, newText: `${eol}${phrase(false)}${eol}` } : null;
}
