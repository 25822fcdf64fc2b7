import type { WorkspaceChange } from '../edits';
import type { EditorContext, ReadText } from '../editor';
import type { Finding } from '../types';

export interface FixContext extends EditorContext {
  readText: ReadText;
}

export interface Fix {
  title: string;
  kind: 'quickfix' | 'refactor.rewrite' | 'source.fixAll';
  /** The finding it resolves. */
  finding?: Finding;
  /** Properly resolves the finding: the one an editor's "auto fix" applies. */
  preferred?: boolean;
  /** Mechanical, lossless and needing no judgement: `source.fixAll` applies it. */
  safe?: boolean;
  change: WorkspaceChange;
}

/** The fixes for one rule's finding. */
export type Fixer = (finding: Finding, ctx: FixContext) => Fix[] | Promise<Fix[]>;
