// Stands in for the `code` executable that @vscode/test-electron spawns (its
// `vscodeExecutablePath`) on machines where desktop VS Code cannot be downloaded: starts a fresh
// code-server, opens the workbench in Chromium with the extension-test payload, relays the
// extension host's output and exits with the test run's exit code.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium, newPage, workbenchUrl } from './browser';
import { startCodeServer } from './codeServer';
import { RESULTS } from './paths';

interface Launch {
  developmentPaths: string[];
  testsPath?: string;
  userDataDir?: string;
  extensionsDir?: string;
  folder?: string;
  disableExtensions: boolean;
}

/** The arguments test-electron passes; the Electron-only ones (--no-sandbox, --skip-welcome…) have no meaning here. */
function parse(argv: string[]): Launch {
  const launch: Launch = { developmentPaths: [], disableExtensions: false };
  for (const arg of argv) {
    const [flag, value] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--extensionDevelopmentPath' && value) launch.developmentPaths.push(path.resolve(value));
    else if (flag === '--extensionTestsPath' && value) launch.testsPath = path.resolve(value);
    else if (flag === '--user-data-dir' && value) launch.userDataDir = path.resolve(value);
    else if (flag === '--extensions-dir' && value) launch.extensionsDir = path.resolve(value);
    else if (flag === '--disable-extensions') launch.disableExtensions = true;
    else if (!arg.startsWith('-') && !launch.folder) launch.folder = path.resolve(arg);
  }
  return launch;
}

async function main(argv: string[]): Promise<number> {
  const launch = parse(argv);
  if (!launch.folder) throw new Error('Name the folder to open: runTests({ launchArgs: [folder] }).');
  const timeoutMs = Number(process.env.PROCESS_DOCS_E2E_TIMEOUT_MS ?? 300_000);
  const scratch = mkdtempSync(path.join(tmpdir(), 'process-docs-host-'));
  const server = await startCodeServer({
    scratch,
    userDataDir: launch.userDataDir ?? path.join(scratch, 'user-data'),
    extensionsDir: launch.extensionsDir ?? path.join(scratch, 'extensions'),
  }, { testDriver: true });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await newPage(browser);
    let settle: { resolve: (code: number) => void; reject: (error: Error) => void } | undefined;
    const exit = new Promise<number>((resolve, reject) => (settle = { resolve, reject }));
    const timer = setTimeout(() => settle!.reject(new Error(`the test run did not finish within ${timeoutMs} ms`)), timeoutMs);
    page.once('crash', () => settle!.reject(new Error('the workbench page crashed')));
    // The workbench calls these when the extension host that ran the tests exits, and for
    // every log line, the extension host's console (the mocha reporter) included.
    await page.exposeFunction('codeAutomationExit', (code: number) => settle!.resolve(code));
    await page.exposeFunction('codeAutomationLog', (level: string, args: unknown) => {
      const line = Array.isArray(args) ? format(...(args as unknown[])) : String(args);
      (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${line}\n`);
    });
    const remote = (file: string) => `vscode-remote://${server.authority}${file}`;
    const payload: [string, string][] = launch.developmentPaths.map((p) => ['extensionDevelopmentPath', remote(p)]);
    if (launch.testsPath) payload.push(['extensionTestsPath', remote(launch.testsPath)]);
    if (launch.disableExtensions) payload.push(['disableExtensions', 'true']);
    await page.goto(workbenchUrl(server.origin, launch.folder, payload));
    return await exit
      .catch(async (error: Error) => {
        mkdirSync(RESULTS, { recursive: true });
        const shot = path.join(RESULTS, 'e2e-host-failure.png');
        await page.screenshot({ path: shot }).catch(() => undefined);
        console.error(`e2e host: ${error.message}; screenshot ${path.relative(process.cwd(), shot)}\ncode-server output:\n${server.output()}`);
        return 1;
      })
      .finally(() => clearTimeout(timer));
  } finally {
    await browser?.close();
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`e2e host: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
