import type { DocModel } from '../model';
import type { ResolvedKind, ResolvedVariant } from '../kinds/resolve';
import type { Project } from '../project';
import type { Range, Related, Severity } from '../types';
import type { DocSummary, WorkspaceIndex } from '../workspace';

type Report = (range: Range, message: string, extra?: { related?: Related[] }) => void;

/** A rule over one document's full model. */
export interface DocumentContext {
  doc: DocModel;
  kind: ResolvedKind;
  variant: ResolvedVariant;
  project: Project;
  report: Report;
}

/**
 * A rule across documents sees only summaries — its own and the index's — so
 * it re-runs when another document changes without re-parsing this one.
 */
export interface WorkspaceContext {
  doc: DocSummary;
  kind: ResolvedKind;
  project: Project;
  index: WorkspaceIndex;
  report: Report;
}

interface RuleMeta {
  /** Stable, kebab-case, namespaced by area; a retired id is never reused. */
  id: string;
  /** Kinds the rule applies to; `*` for every kind. */
  kinds: string[] | '*';
  severity: Severity;
  /** One line, for the README's rule table and hovers. */
  description: string;
  /** In a draft-stage document (Proposed, Draft) the finding drops to information. */
  lenientInDraft?: boolean;
}

export interface DocumentRule extends RuleMeta {
  scope: 'document';
  /** Also runs on a document too complex to parse, whose tree is empty (other document rules skip it). */
  withoutTree?: boolean;
  check(ctx: DocumentContext): void;
}

export interface WorkspaceRule extends RuleMeta {
  scope: 'workspace';
  check(ctx: WorkspaceContext): void;
}

export type Rule = DocumentRule | WorkspaceRule;
