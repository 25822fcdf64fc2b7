// The bundled CLI on a workspace shaped to trip it: links in loops, links to a device, a FIFO
// and a folder, an unreadable file, a name built for a shell. Each run must finish, skip what
// it cannot read with a notice naming the reason, and still report the ADR beside them.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { readDocuments } from '../../server/src/node/files';
import { REPO, tempWorkspace } from '../helpers';

const CLI = path.join(REPO, 'dist', 'cli.js');
const ADR_DIR = 'docs/adr';
const VALID = `${ADR_DIR}/0001-use-a-queue.md`;
// Complete but for its Consequences: one `section.missing` error, so every run exits 1.
const ADR = '# 1. Use a queue\n\nDate: 2025-01-10\n\n## Status\n\nAccepted\n\n## Context\n\nX.\n\n## Decision\n\nY.\n';
// Root reads a chmod 000 file anyway, so as root the CLI runs as `nobody`.
const NOBODY = { uid: 65534, gid: 65534 };

interface Report {
  file: string;
  diagnostics: { rule: string; severity: string }[];
}

interface CheckOptions {
  format?: 'json' | 'sarif' | 'stylish';
  targets?: string[];
  user?: { uid: number; gid: number };
}

/** `process-docs check` in `cwd`; fails the test if the run had to be killed. */
function check(cwd: string, { format = 'json', targets = [], user }: CheckOptions = {}) {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', format, ...targets], { cwd, encoding: 'utf8', timeout: 60_000, ...user });
  // A hang guard, not a speed target: spawnSync reports the timeout's kill as an error.
  assert.equal(r.error, undefined, `the run finished (${r.error?.message})`);
  return { code: r.status, stdout: r.stdout, notices: r.stderr.split('\n').filter(Boolean).sort(), stderr: r.stderr };
}

/** The run checked the valid ADR (at `adr`) and `others`, no more, and found its missing section. */
function assertReported(run: ReturnType<typeof check>, adr = VALID, others: string[] = []): void {
  const report = JSON.parse(run.stdout) as Report[];
  assert.equal(run.code, 1, run.stderr);
  assert.deepEqual(report.map((r) => r.file), [adr, ...others].sort());
  assert.deepEqual(report.find((r) => r.file === adr)?.diagnostics.map((d) => `${d.severity} ${d.rule}`), ['error section.missing']);
}

function skipped(rel: string, reason: string): string {
  return `process-docs: skipped ${rel}: ${reason}`;
}

/** A workspace holding the valid ADR, with `shape` adding the hostile entries. */
function withWorkspace(shape: (adrDir: string) => void, body: (root: string) => void): void {
  const ws = tempWorkspace({ [VALID]: ADR });
  try {
    shape(path.join(ws.root, ADR_DIR));
    body(ws.root);
  } finally {
    ws.cleanup();
  }
}

describe('process-docs check on hostile files', () => {
  it('does not follow a folder link back up the tree (docs/adr/loop -> ..)', () => {
    withWorkspace(
      (adr) => symlinkSync('..', path.join(adr, 'loop')),
      (root) => {
        const run = check(root);
        assertReported(run);
        assert.deepEqual(run.notices, []);
        // Named as the target, the loop is entered once, and the link inside it is not followed again.
        const through = check(root, { targets: [`${ADR_DIR}/loop`] });
        assertReported(through, `${ADR_DIR}/loop/adr/0001-use-a-queue.md`);
      },
    );
  });

  it('skips files linked in a loop and a link to nothing, naming each', () => {
    withWorkspace(
      (adr) => {
        symlinkSync('b.md', path.join(adr, 'a.md'));
        symlinkSync('a.md', path.join(adr, 'b.md'));
        symlinkSync('nowhere.md', path.join(adr, 'gone.md'));
      },
      (root) => {
        const run = check(root);
        assertReported(run);
        assert.deepEqual(run.notices, [
          skipped(`${ADR_DIR}/a.md`, 'a symbolic link loop'),
          skipped(`${ADR_DIR}/b.md`, 'a symbolic link loop'),
          skipped(`${ADR_DIR}/gone.md`, 'a broken symbolic link'),
        ]);
      },
    );
  });

  it('skips a link to an endless device and a link to a FIFO without reading from either', () => {
    withWorkspace(
      (adr) => {
        symlinkSync('/dev/zero', path.join(adr, 'zero.md'));
        execFileSync('mkfifo', [path.join(adr, 'pipe')]);
        symlinkSync('pipe', path.join(adr, 'pipe.md'));
      },
      (root) => {
        const run = check(root);
        assertReported(run);
        assert.deepEqual(run.notices, [skipped(`${ADR_DIR}/pipe.md`, 'not a regular file'), skipped(`${ADR_DIR}/zero.md`, 'not a regular file')]);
        // Named as targets they are skipped with the same notice, not passed over in silence.
        const named = check(root, { targets: [`${ADR_DIR}/zero.md`, `${ADR_DIR}/pipe.md`] });
        assert.equal(named.code, 0, named.stderr);
        assert.deepEqual(JSON.parse(named.stdout), []);
        assert.deepEqual(named.notices, run.notices);
      },
    );
  });

  it('skips a FIFO named .md in a walked folder with one notice, as it does a link to one', () => {
    withWorkspace(
      (adr) => execFileSync('mkfifo', [path.join(adr, 'pipe.md')]),
      (root) => {
        const run = check(root);
        assertReported(run);
        assert.deepEqual(run.notices, [skipped(`${ADR_DIR}/pipe.md`, 'not a regular file')]);
        // Walked from a folder further up, and named with its folder, it is still one notice.
        assert.deepEqual(check(root, { targets: ['docs', ADR_DIR] }).notices, run.notices);
      },
    );
  });

  it('skips a .md link to a folder', () => {
    withWorkspace(
      (adr) => symlinkSync('..', path.join(adr, 'up.md')),
      (root) => {
        const run = check(root);
        assertReported(run);
        assert.deepEqual(run.notices, [skipped(`${ADR_DIR}/up.md`, 'not a regular file')]);
      },
    );
  });

  it('skips a file it may not read', () => {
    withWorkspace(
      (adr) => writeFileSync(path.join(adr, '0002-secret.md'), ADR.replace('# 1.', '# 2.')),
      (root) => {
        const asRoot = process.getuid?.() === 0;
        if (asRoot) shareWithNobody(root);
        chmodSync(path.join(root, ADR_DIR, '0002-secret.md'), 0o000);
        const run = check(root, { user: asRoot ? NOBODY : undefined });
        assertReported(run);
        assert.deepEqual(run.notices, [skipped(`${ADR_DIR}/0002-secret.md`, 'not readable')]);
      },
    );
  });

  it('checks a file whose name is built for a shell and a terminal without running anything, in every format', () => {
    // A newline, an escape sequence and a right-to-left override, beside the shell's favourites.
    const name = '0009-$(touch pwned)\n;`touch pwned`#?\u001b[2J\u202eé.md';
    const shown = '0009-$(touch pwned)\\u000a;`touch pwned`#?\\u001b[2J\\u202eé.md';
    withWorkspace(
      (adr) => {
        // Its date holds an escape sequence too, a terminal reset that the date rule's message quotes.
        writeFileSync(path.join(adr, name), ADR.replace('# 1.', '# 9.').replace('2025-01-10', '2025-01-1\u001bc'));
        symlinkSync('nowhere.md', path.join(adr, `gone-${name}`));
      },
      (root) => {
        const file = `${ADR_DIR}/${name}`;
        const json = check(root);
        assertReported(json, VALID, [file]);
        assert.deepEqual((JSON.parse(json.stdout) as Report[]).find((r) => r.file === file)?.diagnostics.map((d) => d.rule), ['section.missing', 'date.invalid']);
        // On a terminal the name stays on its line and neither it nor the message sends an escape sequence.
        assert.equal(json.stderr, `${skipped(`${ADR_DIR}/gone-${shown}`, 'a broken symbolic link')}\n`);
        const stylish = check(root, { format: 'stylish' });
        assert.ok(stylish.stdout.split('\n').includes(`${ADR_DIR}/${shown}`), stylish.stdout);
        assert.match(stylish.stdout, /`2025-01-1\\u001bc` is not a valid date/);
        assert.doesNotMatch(stylish.stdout, /\u001b/);
        const sarif = check(root, { format: 'sarif' });
        assert.equal(sarif.code, 1, sarif.stderr);
        const uris: string[] = JSON.parse(sarif.stdout).runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri);
        // As a SARIF reader finds the file: the URI resolved against the source root.
        const resolved = uris.map((uri) => decodeURIComponent(new URL(uri, 'file:///src/').pathname));
        assert.ok(resolved.includes(`/src/${file}`), uris.join(', '));
        assert.deepEqual(readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => path.basename(f) === 'pwned'), [], 'nothing ran the name');
      },
    );
  });
});

describe('readDocuments', () => {
  it('reports a file gone before its read as deleted and goes on with the rest', async () => {
    const ws = tempWorkspace({ 'a.md': '# A\n', 'c.md': '# C\n' });
    try {
      const [a, gone, c] = ['a.md', 'b.md', 'c.md'].map((f) => path.join(ws.root, f));
      const read = [];
      for await (const entry of readDocuments([a, gone, c])) read.push(entry);
      assert.deepEqual(read, [
        [a, { ok: true, text: '# A\n' }],
        [gone, { ok: false, reason: 'deleted while being read' }],
        [c, { ok: true, text: '# C\n' }],
      ]);
    } finally {
      ws.cleanup();
    }
  });
});

/** Opens the workspace to `nobody`: folders traversable, files readable (mkdtemp's folder is 0700). */
function shareWithNobody(root: string): void {
  chmodSync(root, 0o755);
  for (const rel of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const abs = path.join(root, rel);
    const stat = lstatSync(abs);
    if (stat.isDirectory()) chmodSync(abs, 0o755);
    else if (stat.isFile()) chmodSync(abs, 0o644);
  }
}
