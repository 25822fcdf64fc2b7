// The Debian packages the end-to-end tests need. A missing one fails with the command that
// installs it: a test that cannot run must never pass as skipped.
import { accessSync, constants, existsSync } from 'node:fs';
import * as path from 'node:path';

interface Requirement {
  /** The Debian package that provides it. */
  package: string;
  /** Where it was found, or undefined. */
  find(): string | undefined;
}

export const REQUIREMENTS = {
  chromium: { package: 'chromium', find: () => onPath('chromium') },
  neovim: { package: 'neovim', find: () => onPath('nvim') },
  /** code-server's kerberos module is compiled against `gssapi/gssapi.h`. */
  krb5: { package: 'libkrb5-dev', find: () => ['/usr/include/gssapi/gssapi.h'].find((f) => existsSync(f)) },
  compiler: { package: 'build-essential', find: () => (onPath('make') ? onPath('g++') : undefined) },
  python: { package: 'python3', find: () => onPath('python3') },
} satisfies Record<string, Requirement>;

export type SystemNeed = keyof typeof REQUIREMENTS;

/** The path of each need; throws naming every missing package at once. */
export function requireSystem<N extends SystemNeed>(...needs: N[]): Record<N, string> {
  const found = {} as Record<N, string>;
  const missing: string[] = [];
  for (const need of needs) {
    const where = REQUIREMENTS[need].find();
    if (where) found[need] = where;
    else missing.push(REQUIREMENTS[need].package);
  }
  if (missing.length) {
    throw new Error(`The end-to-end tests need Debian packages that are not installed: ${missing.join(', ')}.\nInstall them with: apt-get install -y ${missing.join(' ')}`);
  }
  return found;
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
