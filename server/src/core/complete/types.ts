// What a completion is, for every module of the completions.
import type { Range } from '../types';

export type CompletionKind = 'section' | 'status' | 'reference' | 'field' | 'value' | 'date' | 'entry' | 'person';

export interface Completion {
  label: string;
  kind: CompletionKind;
  /** One line beside the label: a status, a date, what a section is for. */
  detail?: string;
  /** Markdown shown beside the list. */
  documentation?: string;
  /** The document the item names: its card is the documentation, resolved when shown (see `documentationOf`). */
  about?: string;
  /** What the item replaces: on the cursor's line, containing the cursor. */
  range: Range;
  newText: string;
  /** `newText` is a snippet with `${1:…}` placeholders. */
  snippet?: boolean;
  filterText?: string;
  sortText?: string;
}

/** The cursor's line. */
export interface Line {
  start: number;
  end: number;
  /** The line's text before the cursor. */
  before: string;
}
