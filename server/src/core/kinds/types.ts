// A kind of process document is data: a template (Markdown in `templates/`) says
// which sections it has and in what order; this definition adds what a template
// cannot say — aliases, statuses and their lifecycle, fields, where it lives.
import type { KindId } from '../types';

export interface FieldSpec {
  name: string;
  type: 'string' | 'date' | 'number' | 'list';
  required?: boolean;
  /** Allowed values (case-insensitive); numbers are compared as text. */
  values?: string[];
  /** What each allowed value means, in the order of `values` (completions, messages). */
  meanings?: string[];
  description: string;
}

export interface StatusSpec {
  /** Every allowed value, in lifecycle order. */
  values: string[];
  /** Early stages: findings about unfinished content are gentler here. */
  draft: string[];
  /** A status that needs a successor named beside it. */
  needsSuccessor?: string[];
  /** Statuses of documents no longer in force besides those above: references to them get a note. */
  retired?: string[];
  /** Whether a document of this kind without a status is a defect (per variant). */
  required: boolean;
}

/** A style of writing the kind (Nygard or MADR ADRs), each with its own template. */
export interface VariantSpec {
  id: string;
  label: string;
  /** File name in `templates/` (or `.processdocs/templates/` to override). */
  template: string;
  /** The variant applies when any of these section keys or front-matter keys is present. */
  markers?: { sections?: string[]; fields?: string[] };
  /** Overrides the kind's `statuses.required`. */
  statusRequired?: boolean;
}

export interface KindDefinition {
  id: KindId;
  label: string;
  /** Conventional folder names (any path segment) holding documents of this kind. */
  folders: string[];
  /** Globs (relative to the workspace root) of files that are always of this kind. */
  paths?: string[];
  /** Groups of section titles that count as the same section. */
  aliases: string[][];
  statuses: StatusSpec;
  fields: FieldSpec[];
  /** First match by markers wins; the last one is the default. */
  variants: VariantSpec[];
  /** Options the kind's own rules read (review windows, write-up deadlines). */
  options?: Record<string, number>;
}
