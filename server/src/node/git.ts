// The writer's name for new documents, from git's configuration.
import { execFile } from 'node:child_process';

/** `git config user.name` in `cwd`, or null when git or the setting is missing. */
export function gitUserName(cwd: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('git', ['config', 'user.name'], { cwd, timeout: 5000 }, (err, stdout) => resolve(err ? null : stdout.trim() || null));
  });
}
