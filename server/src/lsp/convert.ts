// The only place where core results become LSP types.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range as LspRange } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { LineIndex } from '../core/lines';
import type { Finding, Range, Severity } from '../core/types';
import { fromPosix, toPosix } from '../node/paths';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const SOURCE = 'process-docs';

export function toRange(range: Range, lines: LineIndex): LspRange {
  return { start: lines.positionAt(range.start), end: lines.positionAt(range.end) };
}

export function toDiagnostic(f: Finding, lines: LineIndex, linesOf: (path: string) => LineIndex | undefined): Diagnostic {
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of f.related ?? []) {
    const other = linesOf(r.path);
    if (other) related.push({ location: { uri: pathToUri(r.path), range: toRange(r.range, other) }, message: r.message });
  }
  return {
    range: toRange(f.range, lines),
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.rule,
    message: f.message,
    ...(related.length ? { relatedInformation: related } : {}),
  };
}

/** The core's POSIX path for a `file:` URI, or null for other schemes. */
export function uriToPath(uri: string): string | null {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? toPosix(parsed.fsPath) : null;
}

export function pathToUri(path: string): string {
  return URI.file(fromPosix(path)).toString();
}
