// Who can own work, for action-item completions: the config's `people`, the
// owners a CODEOWNERS file names (read by the shell), and the owners already
// written in action items across the workspace.
import type { Project } from './project';
import type { WorkspaceIndex } from './workspace';

/** Days from today a suggested due date falls on (new action items, added placeholders). */
export const DUE_DAYS = 7;

export interface Owner {
  name: string;
  source: 'config' | 'CODEOWNERS' | 'used';
}

/** The owners of a CODEOWNERS file (`@user`, `@org/team`, e-mail addresses), each once, in order. */
export function parseCodeOwners(text: string): string[] {
  const out = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    // GitLab section headers (`[Docs][2] @owner`) may name default owners too.
    const line = raw.replace(/(?:^|\s)#.*$/, '').replace(/^\^?\[[^\]]*\](?:\[\d+\])?/, ' ');
    const tokens = line.trim().split(/\s+/).slice(/^\^?\[/.test(raw.trim()) ? 0 : 1);
    for (const t of tokens) if (/^@[\w.-]+(?:\/[\w.-]+)?$|^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(t)) out.add(t);
  }
  return [...out];
}

/** Everyone known to own work, each once: configured people first, then CODEOWNERS, then those already used. */
export function knownOwners(project: Project, index: WorkspaceIndex): Owner[] {
  const seen = new Set<string>();
  const out: Owner[] = [];
  const add = (name: string, source: Owner['source']) => {
    const key = name.trim().toLowerCase();
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push({ name: name.trim(), source });
  };
  for (const p of project.config.people) add(p, 'config');
  for (const p of project.codeOwners) add(p, 'CODEOWNERS');
  for (const doc of index.all()) for (const p of doc.owners) add(p, 'used');
  return out;
}
