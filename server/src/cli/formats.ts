// The checker's three output formats. Lines and columns are 1-based.
import { RULES } from '../core/rules';
import type { Finding, Severity } from '../core/types';
import type { LineIndex } from '../core/lines';

export interface FileReport {
  /** Relative to the working directory, forward slashes. */
  file: string;
  kind: string | null;
  findings: Finding[];
  lines: LineIndex;
}

export interface JsonDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function located(f: Finding, lines: LineIndex) {
  const start = lines.positionAt(f.range.start);
  const end = lines.positionAt(f.range.end);
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

export function formatJson(reports: FileReport[]): string {
  const out = reports.map((r) => ({
    file: r.file,
    kind: r.kind,
    diagnostics: r.findings.map((f): JsonDiagnostic => ({ rule: f.rule, severity: f.severity, message: f.message, ...located(f, r.lines) })),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

// Control characters, and the marks that reorder text, as a file name may hold them.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text for a terminal or a CI log: a name cannot break its line, send an escape sequence or reorder what is shown. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' };

export function formatStylish(reports: FileReport[], color: boolean): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const tint: Record<Severity, number> = { error: 31, warning: 33, info: 36, hint: 90 };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const lines: string[] = [];
  for (const r of reports) {
    if (r.findings.length === 0) continue;
    lines.push(paint(4, printable(r.file)));
    const rows = r.findings.map((f) => {
      counts[f.severity]++;
      const at = located(f, r.lines);
      return [`${at.line}:${at.column}`, f.severity, f.message, f.rule] as const;
    });
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    for (const [pos, sev, message, rule] of rows) {
      lines.push(`  ${pos.padEnd(w0)}  ${paint(tint[sev], LABEL[sev].padEnd(w1))}  ${printable(message)}  ${paint(90, rule)}`);
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const checked = reports.filter((r) => r.kind).length;
  const summary = total === 0
    ? `✔ ${checked} document${checked === 1 ? '' : 's'} checked, no problems`
    : `${counts.error ? '✖' : '⚠'} ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info + counts.hint} info) in ${checked} document${checked === 1 ? '' : 's'}`;
  lines.push(paint(counts.error ? 31 : total ? 33 : 32, summary));
  return `${lines.join('\n')}\n`;
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A relative path as a URI reference: each segment escaped, so `#` or `?` in a name is not read as a fragment or query. */
function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

export function formatSarif(reports: FileReport[], version: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const results = reports.flatMap((r) =>
    r.findings.map((f) => {
      const at = located(f, r.lines);
      return {
        ruleId: f.rule,
        ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: fileUri(r.file), uriBaseId: '%SRCROOT%' },
              region: { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn },
            },
          },
        ],
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'process-docs',
            version,
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
              properties: { kinds: r.kinds === '*' ? ['*'] : r.kinds },
            })),
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
