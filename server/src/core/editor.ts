// What every editor feature of the core (completions, fixes, hovers, navigation)
// receives: the open document's model, the project and the workspace index.
import type { DocModel } from './model';
import type { Project } from './project';
import type { WorkspaceIndex } from './workspace';

export interface EditorContext {
  doc: DocModel;
  project: Project;
  index: WorkspaceIndex;
}

/** Reads another document: its open buffer, else the file; null when it cannot be read. */
export type ReadText = (path: string) => Promise<string | null>;
