// The Debian packages the test suite needs — the end-to-end tests most of them. `npm test`
// checks them all first (test/prerequisites.ts), and a test that needs one asks for it
// again: a missing one fails with the command that installs it, and a test that cannot run
// must never pass as skipped.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import * as path from 'node:path';

interface Requirement {
  /** The Debian package that provides it. */
  package: string;
  /** What needs it, for the message. */
  neededBy: string;
  /** Where it was found, or undefined. A file lookup: cheap. */
  find(): string | undefined;
  /** What is wrong with the one found (too old), or undefined. Runs it: checked after every `find`. */
  check?(where: string): string | undefined;
}

export const REQUIREMENTS = {
  git: { package: 'git', neededBy: 'the CLI and pre-commit tests', find: () => onPath('git') },
  python: { package: 'python3', neededBy: "code-server's native modules (node-gyp)", find: () => onPath('python3') },
  compiler: { package: 'build-essential', neededBy: "code-server's native modules", find: () => (onPath('make') ? onPath('g++') : undefined) },
  /** code-server's kerberos module is compiled against `gssapi/gssapi.h`. */
  krb5: { package: 'libkrb5-dev', neededBy: "code-server's kerberos module", find: () => ['/usr/include/gssapi/gssapi.h'].find((f) => existsSync(f)) },
  chromium: { package: 'chromium', neededBy: 'the webview and VS Code tests', find: () => onPath('chromium') },
  neovim: { package: 'neovim', neededBy: 'the Neovim test', find: () => onPath('nvim'), check: neovimVersion },
  /** Debian's pre-commit brings nodeenv, which its node hooks are installed with. */
  preCommit: { package: 'pre-commit', neededBy: 'the pre-commit hook test', find: () => onPath('pre-commit'), check: preCommitRuns },
} satisfies Record<string, Requirement>;

export type SystemNeed = keyof typeof REQUIREMENTS;

/** What is missing or wrong, every need at once: the packages to install and why. */
export function systemProblems(needs: SystemNeed[] = Object.keys(REQUIREMENTS) as SystemNeed[]): { packages: string[]; reasons: string[] } {
  const found = needs.map((need) => [need, REQUIREMENTS[need].find()] as const);
  const packages: string[] = [];
  const reasons: string[] = [];
  for (const [need, where] of found) {
    const requirement: Requirement = REQUIREMENTS[need];
    const problem = where === undefined ? `missing (needed by ${requirement.neededBy})` : requirement.check?.(where);
    if (problem) {
      packages.push(requirement.package);
      reasons.push(`${requirement.package}: ${problem}`);
    }
  }
  return { packages, reasons };
}

/** The one command that installs `packages`. */
export function installCommand(packages: string[]): string {
  return `apt-get install -y ${packages.join(' ')}`;
}

/** The path of each need; throws naming every missing package at once. */
export function requireSystem<N extends SystemNeed>(...needs: N[]): Record<N, string> {
  const { packages, reasons } = systemProblems(needs);
  if (packages.length) {
    throw new Error(`The tests need Debian packages that are not installed or too old:\n  ${reasons.join('\n  ')}\nInstall them with: ${installCommand(packages)}`);
  }
  return Object.fromEntries(needs.map((need) => [need, REQUIREMENTS[need].find()!])) as Record<N, string>;
}

function neovimVersion(nvim: string): string | undefined {
  const first = spawnSync(nvim, ['--version'], { encoding: 'utf8', timeout: 10_000 }).stdout?.split('\n')[0] ?? '';
  const [, major, minor] = /NVIM v(\d+)\.(\d+)/.exec(first) ?? [];
  if (major === undefined) return `\`${nvim} --version\` does not say which Neovim it is`;
  return Number(major) > 0 || Number(minor) >= 7 ? undefined : `Neovim 0.7 or later is needed, found ${first.trim()}`;
}

function preCommitRuns(preCommit: string): string | undefined {
  const run = spawnSync(preCommit, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return run.status === 0 ? undefined : `\`${preCommit} --version\` fails: ${(run.stderr || run.error?.message || '').trim().split('\n').pop()}`;
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}
