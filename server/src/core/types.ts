// Plain data shared by the core and its shells. Ranges are UTF-16 offsets into
// the document text (the same unit as LSP's TextDocument offsets), end exclusive.

export interface Range {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export type KindId = string;

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A place in another (or the same) document, for `relatedInformation`. */
export interface Related {
  path: string;
  range: Range;
  message: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  related?: Related[];
}
