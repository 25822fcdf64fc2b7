// The index of every process document in the workspace: what cross-document
// rules need (numbers, titles, statuses, relations, references), without the
// trees. It also says which other documents a change affects. Markdown files of
// no kind (a README listing the ADRs) are indexed too, with kind null: their
// links are references like any other.
import { posix } from 'node:path';
import { actionItems } from './extract/actions';
import { decisionSentence } from './extract/decision';
import { sectionFor } from './extract/sections';
import type { Description, Reference, Relation } from './model';
import type { Range } from './types';

export interface DocSummary {
  path: string;
  relPath: string;
  kind: string | null;
  title: string | null;
  titleRange: Range | null;
  number: number | null;
  numberRange: Range | null;
  status: { word: string; value: string | null } | null;
  statusRange: Range | null;
  date: string | null;
  relations: Relation[];
  references: Reference[];
  /** Frontmatter `deciders`/`decision-makers`, for the decision index. */
  deciders: string[];
  /** The first sentence of the decision section, for hovers on references. */
  decision: string | null;
  /** Owners named in action items, for completions. */
  owners: string[];
  /** The style (template variant) the document follows: `madr`, `nygard`. */
  variant: string | null;
}

export function summarize(doc: Description): DocSummary {
  const fm = doc.frontMatter?.data ?? {};
  const deciders = fm.deciders ?? fm['decision-makers'] ?? doc.header.find((f) => f.name === 'deciders')?.value;
  return {
    path: doc.path,
    relPath: doc.relPath,
    kind: doc.kind,
    title: doc.title?.value ?? null,
    titleRange: doc.title?.range ?? null,
    number: doc.number?.value ?? null,
    numberRange: doc.number?.range ?? null,
    status: doc.status ? { word: doc.status.word, value: doc.status.value } : null,
    statusRange: doc.status?.range ?? null,
    date: doc.date?.value ?? null,
    relations: doc.relations,
    references: doc.references,
    deciders: Array.isArray(deciders) ? deciders.map(String) : typeof deciders === 'string' ? deciders.split(',').map((d) => d.trim()).filter(Boolean) : [],
    decision: decisionSentence(doc.text, doc.sections, doc.kindDef?.def.aliases.find((g) => g.includes('decision')) ?? []),
    owners: actionOwners(doc),
    variant: doc.variant?.id ?? null,
  };
}

function actionOwners(doc: Description): string[] {
  const section = doc.variant && sectionFor(doc, doc.variant, 'action items');
  return section ? actionItems(doc.text, section.body).flatMap((i) => (i.owner ? [i.owner] : [])) : [];
}

/** What in a summary other documents' findings depend on (nothing, for a document of no kind). */
function crossKey(s: DocSummary | undefined): string {
  if (!s || s.kind === null) return '';
  // Not the title: no rule reads another document's title, and it changes with every keystroke while an ADR is named.
  return JSON.stringify([s.kind, s.number, s.status, s.date, s.relations.map((r) => [r.type, r.targets.map((t) => t.path ?? t.number)])]);
}

export class WorkspaceIndex {
  private docs = new Map<string, DocSummary>();
  /** Every Markdown file known to exist, documents or not. */
  private files = new Set<string>();
  private adrsByNumber = new Map<number, Set<string>>();
  /** How many ADRs each folder holds: rules ask per reference, so it is kept, not computed. */
  private adrFolders = new Map<string, number>();
  private linkedFrom = new Map<string, Set<string>>();
  private mentionedBy = new Map<number, Set<string>>();

  get size(): number {
    return this.docs.size;
  }

  get(path: string): DocSummary | undefined {
    return this.docs.get(path);
  }

  all(): IterableIterator<DocSummary> {
    return this.docs.values();
  }

  adrs(): DocSummary[] {
    return [...this.docs.values()].filter((d) => d.kind === 'adr');
  }

  hasFile(path: string): boolean {
    return this.files.has(path) || this.docs.has(path);
  }

  addFile(path: string): void {
    this.files.add(path);
  }

  /** Every Markdown file known to exist, documents or not. */
  knownFiles(): string[] {
    return [...new Set([...this.files, ...this.docs.keys()])];
  }

  /** Whether the workspace holds any ADR. */
  hasAdrs(): boolean {
    return this.adrFolders.size > 0;
  }

  /** Whether `dir` holds at least one ADR. */
  hasAdrFolder(dir: string): boolean {
    return this.adrFolders.has(dir);
  }

  /** ADRs numbered `n`. */
  numbered(n: number): DocSummary[] {
    return [...(this.adrsByNumber.get(n) ?? [])].map((p) => this.docs.get(p)!);
  }

  /** The document a reference points at: the linked file, or the ADR of that number (same folder first). */
  resolve(ref: Reference, fromPath: string): DocSummary | undefined {
    if (ref.path) return this.docs.get(ref.path);
    if (ref.number === undefined) return undefined;
    const candidates = this.numbered(ref.number);
    const dir = posix.dirname(fromPath);
    return candidates.find((c) => posix.dirname(c.path) === dir) ?? candidates[0];
  }

  /** Documents that link to or mention `path`. */
  referencing(path: string): DocSummary[] {
    const out = new Set(this.linkedFrom.get(path) ?? []);
    const doc = this.docs.get(path);
    if (doc?.kind === 'adr' && doc.number !== null) for (const p of this.mentionedBy.get(doc.number) ?? []) out.add(p);
    out.delete(path);
    return [...out].map((p) => this.docs.get(p)!).filter(Boolean);
  }

  /** Stores a summary; returns the other documents whose cross-document findings may change. */
  set(summary: DocSummary): string[] {
    const old = this.docs.get(summary.path);
    const affected = crossKey(old) === crossKey(summary) ? [] : this.neighbours(old, summary);
    if (old) this.unlink(old);
    this.docs.set(summary.path, summary);
    this.files.add(summary.path);
    this.link(summary);
    return affected;
  }

  /** Forgets a deleted document; returns the affected ones. */
  delete(path: string): string[] {
    const old = this.docs.get(path);
    this.files.delete(path);
    if (!old) return [];
    const affected = this.neighbours(old, undefined);
    this.unlink(old);
    this.docs.delete(path);
    return affected;
  }

  private neighbours(a: DocSummary | undefined, b: DocSummary | undefined): string[] {
    const out = new Set<string>();
    for (const s of [a, b]) {
      if (!s) continue;
      if (s.kind === 'adr' && s.number !== null) {
        for (const p of this.adrsByNumber.get(s.number) ?? []) out.add(p);
        for (const p of this.mentionedBy.get(s.number) ?? []) out.add(p);
      }
      for (const p of this.linkedFrom.get(s.path) ?? []) out.add(p);
      for (const ref of s.references) {
        const target = this.resolve(ref, s.path);
        if (target) out.add(target.path);
      }
    }
    for (const s of [a, b]) if (s) out.delete(s.path);
    return [...out];
  }

  private link(s: DocSummary): void {
    if (s.kind === 'adr') this.adrFolders.set(posix.dirname(s.path), (this.adrFolders.get(posix.dirname(s.path)) ?? 0) + 1);
    if (s.kind === 'adr' && s.number !== null) add(this.adrsByNumber, s.number, s.path);
    for (const ref of s.references) {
      if (ref.path) add(this.linkedFrom, ref.path, s.path);
      if (ref.number !== undefined) add(this.mentionedBy, ref.number, s.path);
    }
  }

  private unlink(s: DocSummary): void {
    if (s.kind === 'adr') {
      const dir = posix.dirname(s.path);
      const left = this.adrFolders.get(dir)! - 1;
      if (left) this.adrFolders.set(dir, left);
      else this.adrFolders.delete(dir);
    }
    if (s.kind === 'adr' && s.number !== null) remove(this.adrsByNumber, s.number, s.path);
    for (const ref of s.references) {
      if (ref.path) remove(this.linkedFrom, ref.path, s.path);
      if (ref.number !== undefined) remove(this.mentionedBy, ref.number, s.path);
    }
  }
}

function add<K>(map: Map<K, Set<string>>, key: K, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function remove<K>(map: Map<K, Set<string>>, key: K, value: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}
