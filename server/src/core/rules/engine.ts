// Runs the registry's rules: filters by kind, applies the config's severities
// (or `off`) and the draft-stage leniency. Document rules need the full model;
// workspace rules need only summaries, so they can re-run cheaply.
import type { DocModel } from '../model';
import type { Project } from '../project';
import type { Finding, Severity } from '../types';
import type { DocSummary, WorkspaceIndex } from '../workspace';
import { RULES } from './index';
import type { Rule } from './types';

export function runDocumentRules(doc: DocModel, project: Project): Finding[] {
  const findings: Finding[] = [];
  if (!doc.kind || !doc.kindDef || !doc.variant) return findings;
  const draft = isDraft(doc.kindDef.draftStatuses, doc.status?.value);
  for (const rule of RULES) {
    if (rule.scope !== 'document' || !applies(rule, doc.kind) || (doc.tooComplex && !rule.withoutTree)) continue;
    const severity = severityOf(rule, project, draft);
    if (severity) rule.check({ doc, kind: doc.kindDef, variant: doc.variant, project, report: reporter(rule, severity, findings) });
  }
  return sorted(findings);
}

export function runWorkspaceRules(doc: DocSummary, project: Project, index: WorkspaceIndex): Finding[] {
  const findings: Finding[] = [];
  const kind = doc.kind ? project.kinds.get(doc.kind) : undefined;
  if (!kind) return findings;
  const draft = isDraft(kind.draftStatuses, doc.status?.value);
  for (const rule of RULES) {
    if (rule.scope !== 'workspace' || !applies(rule, kind.def.id)) continue;
    const severity = severityOf(rule, project, draft);
    if (severity) rule.check({ doc, kind, project, index, report: reporter(rule, severity, findings) });
  }
  return sorted(findings);
}

/** Both sets of findings for one document, in document order. */
export function mergeFindings(a: Finding[], b: Finding[]): Finding[] {
  return b.length === 0 ? a : sorted([...a, ...b]);
}

function applies(rule: Rule, kind: string): boolean {
  return rule.kinds === '*' || rule.kinds.includes(kind);
}

function reporter(rule: Rule, severity: Severity, into: Finding[]) {
  return (range: Finding['range'], message: string, extra?: { related?: Finding['related'] }) => {
    into.push({ rule: rule.id, severity, message, range, ...(extra?.related?.length ? { related: extra.related } : {}) });
  };
}

/** The config's setting for the rule (per stage when it gives one), else the rule's default. */
function severityOf(rule: Rule, project: Project, draft: boolean): Severity | null {
  const configured = project.config.rules[rule.id];
  const fallback: Severity = draft && rule.lenientInDraft ? 'info' : rule.severity;
  const level = typeof configured === 'object' ? (draft ? configured.draft ?? configured.severity : configured.severity) ?? fallback : configured ?? fallback;
  return level === 'off' ? null : level;
}

function isDraft(draftStatuses: string[], value: string | null | undefined): boolean {
  return !!value && draftStatuses.some((d) => d.toLowerCase() === value.toLowerCase());
}

function sorted(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.rule.localeCompare(b.rule));
}
