// Compiles the in-editor suite (test/e2e/suite) to CommonJS for the extension host, and
// copies the fixture workspace, which the tests edit, to a scratch folder.
import { build } from 'esbuild';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CACHE, REPO } from './paths';

const SOURCES = path.join(REPO, 'test', 'e2e', 'suite');
const OUT = path.join(CACHE, 'e2e-suite');

/** Returns the runner's path (extensionTestsPath). Files stay separate so they share coverage.ts. */
export async function buildSuite(): Promise<string> {
  rmSync(OUT, { recursive: true, force: true });
  await build({
    entryPoints: readdirSync(SOURCES).filter((f) => f.endsWith('.ts')).map((f) => path.join(SOURCES, f)),
    outdir: OUT,
    bundle: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return path.join(OUT, 'index.js');
}

export function copyWorkspace(): { root: string; cleanup: () => void } {
  const scratch = mkdtempSync(path.join(tmpdir(), 'process-docs-e2e-'));
  const root = path.join(scratch, 'payments-handbook');
  cpSync(path.join(REPO, 'test', 'e2e', 'workspace'), root, { recursive: true });
  return { root, cleanup: () => rmSync(scratch, { recursive: true, force: true }) };
}
