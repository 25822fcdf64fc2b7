// The pre-commit hook, installed as a user's pre-commit installs it: Debian's pre-commit
// runs `pre-commit try-repo` against this checkout with an empty cache, so it clones the
// repository, runs `npm install` (with the devDependencies `prepare` builds with), `npm
// pack` — whose output must be the tarball's name and nothing else — and `npm install -g`
// of that tarball, which must hold the bundle. Then the hook checks a commit's documents.
// No network but the npm registry (npm's cache, filled by `npm ci`, is preferred).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { REPO } from './host/paths';
import { requireSystem } from './host/system';

const scratch = mkdtempSync(path.join(tmpdir(), 'process-docs-pre-commit-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const GOOD = '# 1. Use a queue\n\nDate: 2025-01-10\n\n## Status\n\nAccepted\n\n## Context\n\nX.\n\n## Decision\n\nY.\n\n## Consequences\n\nZ.\n';
const BAD = '# 2. Use a cache\n\nDate: 2025-01-12\n\n## Status\n\nAccepted\n\n## Context\n\nX.\n\n## Decision\n\nY.\n';

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

test('the hook installs from an empty pre-commit cache and fails a commit with an error, naming it', { timeout: 900_000 }, () => {
  const { preCommit } = requireSystem('git', 'preCommit');
  const project = path.join(scratch, 'project');
  mkdirSync(path.join(project, 'docs', 'adr'), { recursive: true });
  writeFileSync(path.join(project, 'docs', 'adr', '0001-use-a-queue.md'), GOOD);
  writeFileSync(path.join(project, 'docs', 'adr', '0002-use-a-cache.md'), BAD);
  git(project, 'init', '-q');
  git(project, 'add', '.');

  const cache = path.join(scratch, 'pre-commit-cache');
  const env = {
    ...process.env,
    PRE_COMMIT_HOME: cache,
    // A checkout with uncommitted changes is tried as a commit pre-commit makes itself.
    GIT_AUTHOR_NAME: 'Docs team',
    GIT_AUTHOR_EMAIL: 'docs@example.invalid',
    GIT_COMMITTER_NAME: 'Docs team',
    GIT_COMMITTER_EMAIL: 'docs@example.invalid',
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    NO_COLOR: '1',
  };
  // try-repo installs into a store of its own each run, so one run proves the install.
  const r = spawnSync(preCommit, ['try-repo', REPO, 'process-docs', '--verbose', '--all-files'], { cwd: project, encoding: 'utf8', env, timeout: 840_000 });
  assert.equal(r.error, undefined, `pre-commit finished (${r.error?.message})`);
  const out = `${r.stdout}${r.stderr}`;
  assert.doesNotMatch(out, /An unexpected error has occurred/, `${out}\n${readLog(cache)}`);
  assert.match(out, /Installing environment for /);
  assert.equal(r.status, 1, out);
  assert.match(out, /^process-docs\.+Failed$/m);
  assert.match(out, /^docs\/adr\/0002-use-a-cache\.md\n\s+1:6\s+error\s+Missing section "Consequences" \(required by the Nygard \(adr-tools\) template\)\s+section\.missing$/m);
  // Both staged documents were checked; only the broken one has a finding.
  assert.match(out, /1 problem \(1 error, 0 warnings, 0 info\) in 2 documents/);
});

function readLog(cache: string): string {
  try {
    return readFileSync(path.join(cache, 'pre-commit.log'), 'utf8');
  } catch {
    return '';
  }
}

test("the README's pre-commit config pins a rev that exists, or says how to choose one", () => {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const hooks = readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8');
  const block = /```yaml\n(repos:\n[\s\S]*?)```/.exec(readme)?.[1] ?? '';
  assert.match(block, /^\s+- id: (\S+)$/m, 'the README shows a pre-commit config');
  assert.ok(hooks.includes(`- id: ${/^\s+- id: (\S+)$/m.exec(block)![1]}`), 'it names the hook .pre-commit-hooks.yaml defines');
  for (const [, rev] of block.matchAll(/^\s+rev:\s*(\S.*)$/gm)) {
    // A placeholder to fill in is fine; a literal revision must exist in this repository.
    if (/^<[^>]+>$/.test(rev.trim())) continue;
    const r = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${rev.trim()}^{commit}`], { cwd: REPO, encoding: 'utf8' });
    assert.equal(r.status, 0, `rev: ${rev} names no commit of this repository`);
  }
});
