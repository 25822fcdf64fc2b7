// What the extension promises for untrusted and virtual workspaces, held to the manifest and
// to the client's sources: the one program the client may start from a workspace is git, and
// only through the helper that asks for trust first.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { REPO } from '../helpers';

const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const CLIENT = path.join(REPO, 'client', 'src');
const TRUST_HELPER = 'commands/author.ts';
// Settings read as plain values: none starts a program or names a path to run, so Restricted Mode keeps them.
const REVIEWED_SETTINGS = ['processDocs.enable', 'processDocs.validateDelay', 'processDocs.renumber.preview', 'processDocs.trace.server'];

/** The client's TypeScript sources, relative to client/src with forward slashes, and their text. */
function clientSources(): [string, string][] {
  const files = readdirSync(CLIENT, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.map((f) => [f.split(path.sep).join('/'), readFileSync(path.join(CLIENT, f), 'utf8')]);
}

describe('workspace trust', () => {
  it('the manifest supports untrusted workspaces in part and virtual ones not at all, saying why', () => {
    const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities;
    assert.equal(untrustedWorkspaces.supported, 'limited');
    assert.match(untrustedWorkspaces.description, /git/);
    assert.equal(virtualWorkspaces.supported, false);
    assert.match(virtualWorkspaces.description, /from disk/);
  });

  it('every setting was reviewed for Restricted Mode (a new one must be, or be listed as restricted)', () => {
    const restricted: string[] = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations ?? [];
    const settings = Object.keys(manifest.contributes.configuration.properties);
    assert.deepEqual(settings.filter((s) => !REVIEWED_SETTINGS.includes(s) && !restricted.includes(s)), []);
  });

  it('the client reaches git only through the helper, which checks trust before calling it', () => {
    const sources = clientSources();
    assert.ok(sources.some(([f]) => f === TRUST_HELPER), `${TRUST_HELPER} exists`);
    assert.deepEqual(sources.filter(([, text]) => /\bgitUserName\b|node\/git'/.test(text)).map(([f]) => f), [TRUST_HELPER]);
    assert.deepEqual(sources.filter(([, text]) => /child_process/.test(text)).map(([f]) => f), [], 'no client module starts programs itself');
    const helper = new Map(sources).get(TRUST_HELPER)!;
    const guard = helper.indexOf('!workspace.isTrusted) return null;');
    assert.ok(guard >= 0 && guard < helper.indexOf('gitUserName(cwd)'), 'the trust check returns before git is called');
  });
});
