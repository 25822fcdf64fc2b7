// `npm run e2e:setup`: installs the end-to-end host — code-server (VS Code's workbench and
// extension host) and the Node 24 it needs — into .vscode-test/, at pinned versions. A
// second run finds the stamp and returns at once. Desktop VS Code cannot be downloaded on
// every machine; code-server comes from the npm registry like everything else.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_VERSION, HOST, NODE, NODE_DIR, NODE_VERSION, STAMP, hostInstalled } from './paths';
import { requireSystem } from './system';

function main(): void {
  if (hostInstalled()) return;
  requireSystem('krb5', 'compiler', 'python');
  const npm = process.env.npm_execpath;
  if (!npm) throw new Error('Run this through npm: `npm run e2e:setup`.');

  const started = Date.now();
  const staging = `${HOST}.partial`;
  rmSync(staging, { recursive: true, force: true });
  // Node 24 first, with the running Node: the `node` package brings the binary and its headers.
  install(path.join(staging, 'node'), { node: NODE_VERSION }, process.execPath, npm, {});
  // code-server's postinstall reads the Node major from npm's user agent and compiles native
  // modules with node-gyp, so npm itself runs under Node 24 with Node 24's headers.
  const node24Dir = path.join(staging, path.relative(HOST, NODE_DIR));
  install(path.join(staging, 'server'), { 'code-server': CODE_SERVER_VERSION }, path.join(node24Dir, 'bin', 'node'), npm, {
    npm_config_nodedir: node24Dir,
    PATH: `${path.join(node24Dir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
  });
  writeFileSync(path.join(staging, path.relative(HOST, STAMP)), `${JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: NODE_VERSION }, null, 2)}\n`);
  rmSync(HOST, { recursive: true, force: true });
  renameSync(staging, HOST);
  if (!hostInstalled()) throw new Error(`The host was installed but ${NODE} or code-server is missing.`);
  console.log(`e2e host: code-server ${CODE_SERVER_VERSION} on Node ${NODE_VERSION} installed in ${path.relative(process.cwd(), HOST)} (${Math.round((Date.now() - started) / 1000)} s)`);
}

/** `npm install` of exact versions into a folder of its own, isolated from the project's npm settings. */
function install(folder: string, dependencies: Record<string, string>, node: string, npmCli: string, env: NodeJS.ProcessEnv): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'package.json'), `${JSON.stringify({ private: true, dependencies }, null, 2)}\n`);
  // The outer `npm run` exports npm_* variables (user agent, prefix…) that would steer the inner npm.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const result = spawnSync(node, [npmCli, 'install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], {
    cwd: folder,
    env: { ...clean, ...env },
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    throw new Error(`npm install ${Object.entries(dependencies).map(([n, v]) => `${n}@${v}`).join(' ')} failed (exit ${result.status ?? result.signal}); see the output above.`);
  }
}

try {
  main();
} catch (error) {
  console.error(`e2e:setup: ${(error as Error).message}`);
  process.exitCode = 1;
}
