// The .vsix holds what the extension needs and nothing else, and its manifest fits the VS Code
// it claims: `npm run package` (run first by `npm run test:e2e`) builds process-docs.vsix.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { REPO, VSCODE_VERSION, VSIX, requireVsix } from './host/paths';

const MAX_BYTES = 1.5 * 1024 * 1024;

interface Manifest {
  main: string;
  icon: string;
  engines: { vscode: string };
  activationEvents: string[];
  contributes: { snippets: { path: string }[]; jsonValidation: { url: string }[] };
  devDependencies: Record<string, string>;
}
const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Manifest;

/** Files in a folder of the project, relative to the project root. */
function filesIn(folder: string): string[] {
  return readdirSync(path.join(REPO, folder)).map((f) => `${folder}/${f}`);
}

/** The entry names of a zip file, read from its central directory. */
function zipEntries(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'the .vsix is a zip file');
  const count = zip.readUInt16LE(end + 10);
  const names: string[] = [];
  for (let at = zip.readUInt32LE(end + 16), i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

/** Negative, zero or positive as version `a` is older than, equal to or newer than `b`. */
function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number)) as [number[], number[]];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

let listed: string[];

before(() => {
  requireVsix();
  const vsce = spawnSync(path.join(REPO, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], { cwd: REPO, encoding: 'utf8' });
  assert.equal(vsce.status, 0, vsce.stderr);
  listed = vsce.stdout.split('\n').filter(Boolean).sort();
});

test('vsce packs the bundle, snippets, templates, schemas, README and its pictures, licence and icon, and nothing else', () => {
  const allowed = /^(package\.json|README\.md|LICENSE|images\/icon\.png|docs\/[\w-]+\.png|dist\/[\w-]+\.js|dist\/webview\/(main\.js|style\.css|codicons\/codicon\.(css|ttf))|snippets\/[\w-]+\.json|templates\/[\w-]+\.md|schemas\/[\w.-]+\.json)$/;
  assert.deepEqual(listed.filter((f) => !allowed.test(f)), [], 'files that do not belong in the .vsix');
  const webview = ['dist/webview/main.js', 'dist/webview/style.css', 'dist/webview/codicons/codicon.css', 'dist/webview/codicons/codicon.ttf'];
  const required = ['package.json', 'README.md', 'LICENSE', manifest.icon, 'dist/client.js', 'dist/server.js', ...webview, ...filesIn('snippets'), ...filesIn('templates'), ...filesIn('schemas')];
  assert.deepEqual(required.filter((f) => !listed.includes(f)).sort(), [], 'files the extension needs');
  for (const referenced of [manifest.main, ...manifest.contributes.snippets.map((s) => s.path), ...manifest.contributes.jsonValidation.map((j) => j.url)]) {
    assert.ok(listed.includes(path.posix.normalize(referenced)), `package.json names ${referenced}, which must be packed`);
  }
});

test("every picture the README shows is in the .vsix, at the path the README names", () => {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
  // Markdown images `![alt](src "title")` and HTML `<img src="…">`.
  const sources = [...readme.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|<img\b[^>]*\bsrc=["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]);
  assert.ok(sources.length > 0, 'the README shows a picture');
  // A relative picture is read from the installed extension's folder: it must be packed.
  assert.deepEqual(sources.filter((src) => /^[a-z]+:/i.test(src)), [], 'pictures are files of the repository, not fetched from elsewhere');
  const entries = zipEntries(readFileSync(VSIX));
  assert.deepEqual(sources.filter((src) => !entries.includes(`extension/${path.posix.normalize(src)}`)), [], 'README pictures missing from the .vsix');
});

test('the .vsix is under 1.5 MB and holds no node_modules, sources, tests or source maps', () => {
  const zip = readFileSync(VSIX);
  assert.ok(statSync(VSIX).size < MAX_BYTES, `process-docs.vsix is ${statSync(VSIX).size} bytes`);
  const entries = zipEntries(zip);
  assert.ok(entries.includes('extension/dist/server.js') && entries.includes('extension/package.json'), entries.join(', '));
  assert.deepEqual(entries.filter((e) => /node_modules\/|\.ts$|\.map$|^extension\/(test|client|server|scripts|bench|examples)\//.test(e)), []);
});

test('the manifest activates on specific events and asks for no newer VS Code than the test host', () => {
  assert.ok(manifest.activationEvents.length > 0);
  assert.deepEqual(manifest.activationEvents.filter((e) => e === '*' || e === 'onStartupFinished'), [], 'activation must be specific');
  const wanted = /^\^?(\d+\.\d+\.\d+)$/.exec(manifest.engines.vscode)?.[1];
  assert.ok(wanted, `engines.vscode is a plain version range, not ${manifest.engines.vscode}`);
  assert.ok(compareVersions(wanted, VSCODE_VERSION) <= 0, `engines.vscode ${manifest.engines.vscode} is newer than VS Code ${VSCODE_VERSION}`);
});

test('the icon is a 128×128 PNG', () => {
  const png = readFileSync(path.join(REPO, manifest.icon));
  assert.equal(png.toString('latin1', 1, 4), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
});
