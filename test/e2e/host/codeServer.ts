// Starts and stops code-server: VS Code's server with the workbench for a browser, one
// fresh instance per run, all its state in a scratch folder.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER, NODE, requireHost } from './paths';

export interface Profile {
  /** Holds everything the instance writes: XDG folders, config, logs. */
  scratch: string;
  userDataDir: string;
  extensionsDir: string;
}

export interface CodeServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** `127.0.0.1:PORT`, the authority of `vscode-remote://` URIs. */
  authority: string;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts code-server on a free loopback port; resolves once it serves. `testDriver` lets the
 * workbench run the extension tests named in its URL (and hides toasts, as in VS Code's smoke tests).
 */
export async function startCodeServer(profile: Profile, { testDriver = false, timeoutMs = 60_000 } = {}): Promise<CodeServer> {
  const driver = testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : [];
  const child = spawn(NODE, [CODE_SERVER, ...serverArgs(profile), ...driver, '--bind-addr', '127.0.0.1:0'], {
    env: environment(profile),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stop() ends the extension host and helpers it forks too.
    detached: true,
  });
  let output = '';
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /HTTP server listening on http:\/\/(127\.0\.0\.1:\d+)/.exec(output);
      if (match) (clearTimeout(timer), resolve(match[1]!));
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code, signal) => (clearTimeout(timer), reject(new Error(`code-server exited (${code ?? signal}) before serving:\n${output}`))));
  });
  const authority = await listening.catch(async (error: Error) => {
    await stopProcessGroup(child);
    throw error;
  });
  const origin = `http://${authority}`;
  const health = await fetch(`${origin}/healthz`);
  if (!health.ok) throw new Error(`code-server's /healthz answered ${health.status}`);
  return { origin, authority, output: () => output, stop: () => stopProcessGroup(child) };
}

/** `code-server --install-extension FILE` into the profile's extensions folder. */
export function installExtension(profile: Profile, vsix: string): string {
  requireHost();
  const result = spawnSync(NODE, [CODE_SERVER, ...serverArgs(profile), '--install-extension', vsix], { env: environment(profile), encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 || /failed|error/i.test(output)) throw new Error(`Installing ${path.basename(vsix)} failed (exit ${result.status}):\n${output}`);
  return output;
}

function serverArgs(profile: Profile): string[] {
  requireHost();
  mkdirSync(profile.userDataDir, { recursive: true });
  mkdirSync(profile.extensionsDir, { recursive: true });
  writeSettings(profile.userDataDir);
  const config = path.join(profile.scratch, 'code-server.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  return [
    '--config', config,
    '--auth', 'none',
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ];
}

/**
 * A quiet workbench: no welcome page and no chat; settings already in the profile win.
 * The web workbench saves a second after an edit unless told not to, which would write
 * a test's edit into the fixture workspace before the test reverts it.
 */
function writeSettings(userDataDir: string): void {
  const file = path.join(userDataDir, 'User', 'settings.json');
  if (existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'files.autoSave': 'off',
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
  };
  writeFileSync(file, `${JSON.stringify(settings, null, 2)}\n`);
}

/** Without XDG_* the server writes into the home folder; an empty gallery keeps it off the network. */
function environment(profile: Profile): NodeJS.ProcessEnv {
  const xdg = (name: string) => {
    const dir = path.join(profile.scratch, 'xdg', name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  return {
    ...process.env,
    XDG_CONFIG_HOME: xdg('config'),
    XDG_DATA_HOME: xdg('data'),
    XDG_CACHE_HOME: xdg('cache'),
    XDG_STATE_HOME: xdg('state'),
    XDG_RUNTIME_DIR: xdg('runtime'),
    EXTENSIONS_GALLERY: '{}',
  };
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // the group is gone already
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
