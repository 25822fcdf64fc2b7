// The author of a new document, from git, in a trusted workspace only: in
// Restricted Mode the extension runs no program, since a `git` planted in the
// folder could be the one started and the repository's own git config is as
// untrusted as the rest of it. Without trust the commands behave as they do
// when git has no name set.
import { workspace } from 'vscode';
import { gitUserName } from '../../../server/src/node/git';

/** git's `user.name` for the workspace folder `cwd`, or null (no folder, no trust, no git, no setting). */
export async function gitAuthor(cwd: string | undefined): Promise<string | null> {
  if (!cwd || !workspace.isTrusted) return null;
  return gitUserName(cwd);
}
