// Everything the core knows about a workspace besides its documents: the
// config, the folders other tools declare, the templates, and today's date.
// The shells read these from disk; the core only receives them.
import type { Config, ConfigProblem } from './config';
import { BUILTIN_KINDS } from './kinds';
import { resolveKinds, type ResolvedKind } from './kinds/resolve';

export interface ProjectInput {
  /** Absolute POSIX path of the workspace root. */
  root: string;
  config: Config;
  configProblems?: ConfigProblem[];
  /** ADR folders declared by adr-tools' `.adr-dir` or log4brains' `.log4brains.yml`, relative to the root. */
  adrFolders?: string[];
  /** Owners named by the workspace's CODEOWNERS file (`@org/team`), for completions. */
  codeOwners?: string[];
  /** Template texts by file name: the built-ins, overlaid by `.processdocs/templates/`. */
  templates: Record<string, string>;
  /** YYYY-MM-DD, so that date rules are deterministic under test. */
  today: string;
}

export interface Project extends Required<ProjectInput> {
  kinds: Map<string, ResolvedKind>;
}

export function createProject(input: ProjectInput): Project {
  return {
    configProblems: [],
    adrFolders: [],
    codeOwners: [],
    ...input,
    kinds: resolveKinds(BUILTIN_KINDS, input.templates, input.config),
  };
}

/** Today in UTC as YYYY-MM-DD. */
export function isoToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
