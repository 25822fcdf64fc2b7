// Inline switches, in HTML comments so they never show when rendered:
//   <!-- process-docs-disable [rule.id …] -->   … <!-- process-docs-enable [rule.id …] -->
//   <!-- process-docs-disable-line [rule.id …] -->       (this line)
//   <!-- process-docs-disable-next-line [rule.id …] -->  (the next line)
//   <!-- process-docs-disable-file [rule.id …] -->       (the whole file)
// Without ids they switch off every rule.
import type { LineIndex } from '../lines';
import type { Finding } from '../types';

interface Switch {
  /** null: every rule (but `except`). */
  rules: Set<string> | null;
  except?: Set<string>;
  start: number;
  end: number;
  /** For line forms: the line (0-based) it covers. */
  line?: number;
}

// The ids stop at the next `<` or `>`: an unclosed switch never rescans the rest of the text.
const DIRECTIVE = /<!--\s*process-docs-(disable-next-line|disable-line|disable-file|disable|enable)\b([^<>]*?)-->/g;

export interface Directives {
  regions: Switch[];
  lines: Switch[];
}

export function readDirectives(text: string, lines: LineIndex): Directives {
  const regions: Switch[] = [];
  const lineSwitches: Switch[] = [];
  const open: Switch[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const ids = m[2].split(/[\s,]+/).filter(Boolean);
    const rules = ids.length ? new Set(ids) : null;
    const at = m.index;
    const line = lines.positionAt(at).line;
    switch (m[1]) {
      case 'disable-file':
        regions.push({ rules, start: 0, end: text.length });
        break;
      case 'disable-line':
        lineSwitches.push({ rules, start: at, end: at, line });
        break;
      case 'disable-next-line':
        lineSwitches.push({ rules, start: at, end: at, line: line + 1 });
        break;
      case 'disable':
        open.push({ rules, start: at, end: text.length });
        break;
      case 'enable':
        for (const sw of open.splice(0)) {
          regions.push({ ...sw, end: at });
          if (!rules) continue;
          // Enabling some rules: the others stay off from here on.
          const rest = sw.rules ? { rules: new Set([...sw.rules].filter((r) => !rules.has(r))) } : { rules: null, except: new Set([...(sw.except ?? []), ...rules]) };
          if (!rest.rules || rest.rules.size) open.push({ ...rest, start: at, end: text.length });
        }
        break;
    }
  }
  regions.push(...open);
  return { regions, lines: lineSwitches };
}

export function isSuppressed(f: Finding, d: Directives, lines: LineIndex): boolean {
  const covers = (s: Switch) => (!s.rules || s.rules.has(f.rule)) && !s.except?.has(f.rule);
  if (d.regions.some((s) => covers(s) && f.range.start >= s.start && f.range.start < s.end)) return true;
  if (d.lines.length === 0) return false;
  const line = lines.positionAt(f.range.start).line;
  return d.lines.some((s) => covers(s) && s.line === line);
}
