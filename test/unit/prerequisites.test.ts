// `npm test` checks every system prerequisite of the suite before it builds anything: on a
// machine without them it fails at once with the one `apt-get install` line that fixes it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { installCommand, REQUIREMENTS } from '../e2e/host/system';
import { REPO } from '../helpers';

const scratch = mkdtempSync(path.join(tmpdir(), 'process-docs-prerequisites-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function check(PATH: string, ...args: string[]) {
  // A hang guard, not a speed target.
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'test', 'prerequisites.ts'), ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PATH } });
  assert.equal(r.error, undefined, `the check finished (${r.error?.message})`);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ALL = Object.values(REQUIREMENTS).map((r) => r.package);

describe('the prerequisite check', () => {
  it('on a machine with none of the programs, names every missing package in one install line', () => {
    const empty = path.join(scratch, 'empty');
    const r = check(empty);
    assert.equal(r.code, 1, r.err);
    // Only libkrb5-dev is found by a header rather than on the PATH.
    const missing = ALL.filter((p) => p !== 'libkrb5-dev' || !existsSync('/usr/include/gssapi/gssapi.h'));
    assert.ok(r.err.includes(`Install them with:\n\n  apt-get install -y ${missing.join(' ')}\n`), r.err);
    assert.match(r.err, /^ {2}neovim: missing \(needed by the Neovim test\)$/m);
    assert.match(r.err, /^ {2}pre-commit: missing \(needed by the pre-commit hook test\)$/m);
    assert.equal(check(empty, '--packages').out, `${missing.join(' ')}\n`);
  });

  it('names a Neovim too old for the tests, with the package that replaces it', () => {
    const old = path.join(scratch, 'old-nvim');
    rmSync(old, { recursive: true, force: true });
    mkdirSync(old);
    writeFileSync(path.join(old, 'nvim'), '#!/bin/sh\necho "NVIM v0.4.4"\n');
    chmodSync(path.join(old, 'nvim'), 0o755);
    const r = check(`${old}${path.delimiter}${process.env.PATH}`);
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /^ {2}neovim: Neovim 0\.7 or later is needed, found NVIM v0\.4\.4$/m);
    assert.match(r.err, /apt-get install -y (\S+ )*neovim\b/);
  });

  it('runs first in npm test, feeds .ci/run the packages to install, and the README lists them all', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    assert.match(manifest.scripts.test, /^node --import tsx test\/prerequisites\.ts && /);
    assert.match(readFileSync(path.join(REPO, '.ci', 'run'), 'utf8'), /node --import tsx test\/prerequisites\.ts --packages/);
    assert.ok(readFileSync(path.join(REPO, 'README.md'), 'utf8').includes(installCommand(ALL)), `the README shows ${installCommand(ALL)}`);
  });
});
