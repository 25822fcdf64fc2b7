// The bundled `process-docs` CLI, run as a user runs it, on temporary workspaces.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { REPO, tempWorkspace } from '../helpers';

const CLI = path.join(REPO, 'dist', 'cli.js');

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const GOOD = '# 1. Use a queue\n\nDate: 2025-01-10\n\n## Status\n\nAccepted\n\n## Context\n\nX.\n\n## Decision\n\nY.\n\n## Consequences\n\nZ.\n';
const BAD = '# 2. Use a cache\n\nDate: 2025-01-12\n\n## Status\n\nAcepted\n\n## Context\n\nSee ADR-9.\n\n## Decision\n\nY.\n';

describe('process-docs check', () => {
  it('prints the exact JSON format and exits 1 on errors', () => {
    const ws = tempWorkspace({ 'docs/adr/0001-use-a-queue.md': GOOD, 'docs/adr/0002-use-a-cache.md': BAD, 'README.md': '# Project\n' });
    try {
      const r = run(ws.root, 'check', '--format', 'json');
      assert.equal(r.code, 1, r.err);
      const report = JSON.parse(r.out);
      assert.deepEqual(report.map((f: { file: string; kind: string | null }) => [f.file, f.kind]), [
        ['README.md', null],
        ['docs/adr/0001-use-a-queue.md', 'adr'],
        ['docs/adr/0002-use-a-cache.md', 'adr'],
      ]);
      assert.deepEqual(report[0].diagnostics, []);
      assert.deepEqual(report[1].diagnostics, []);
      assert.deepEqual(report[2].diagnostics[0], {
        rule: 'section.missing',
        severity: 'error',
        message: 'Missing section "Consequences" (required by the Nygard (adr-tools) template)',
        line: 1,
        column: 6,
        endLine: 1,
        endColumn: 17,
      });
      assert.deepEqual(report[2].diagnostics.map((d: { rule: string; line: number; column: number }) => `${d.line}:${d.column} ${d.rule}`), [
        '1:6 section.missing',
        '7:1 adr.status-value',
        '11:5 adr.broken-reference',
      ]);
    } finally {
      ws.cleanup();
    }
  });

  it('prints stylish output with a summary, and exits 0 without errors', () => {
    const ws = tempWorkspace({ 'docs/adr/0001-use-a-queue.md': GOOD, 'docs/adr/0002-b.md': GOOD.replace('# 1.', '# 2.').replace('Accepted', 'Acepted') });
    try {
      const r = run(ws.root, 'check', 'docs');
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /docs\/adr\/0002-b\.md\n {2}7:1 {2}warning {2}Unknown status `Acepted`.*adr\.status-value/);
      assert.match(r.out, /1 problem \(0 errors, 1 warning, 0 info\) in 2 documents/);
      const clean = run(ws.root, 'check', 'docs/adr/0001-use-a-queue.md');
      assert.equal(clean.code, 0);
      assert.match(clean.out, /1 document checked, no problems/);
    } finally {
      ws.cleanup();
    }
  });

  it('prints SARIF 2.1.0 with rules and locations', () => {
    const ws = tempWorkspace({ 'docs/adr/0002-use-a-cache.md': BAD });
    try {
      const r = run(ws.root, 'check', '--format=sarif');
      assert.equal(r.code, 1);
      const sarif = JSON.parse(r.out);
      assert.equal(sarif.version, '2.1.0');
      const run0 = sarif.runs[0];
      assert.equal(run0.tool.driver.name, 'process-docs');
      assert.ok(run0.tool.driver.rules.some((x: { id: string }) => x.id === 'adr.status-value'));
      const result = run0.results.find((x: { ruleId: string }) => x.ruleId === 'adr.status-value');
      assert.equal(result.level, 'warning');
      assert.deepEqual(result.locations[0].physicalLocation.artifactLocation.uri, 'docs/adr/0002-use-a-cache.md');
      assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 7, startColumn: 1, endLine: 7, endColumn: 8 });
      assert.equal(run0.tool.driver.rules[result.ruleIndex].id, 'adr.status-value');
    } finally {
      ws.cleanup();
    }
  });

  it('exits 2 on bad usage', () => {
    const ws = tempWorkspace({ 'docs/adr/0001-a.md': GOOD });
    try {
      for (const args of [['check', '--format', 'xml'], ['check', '--colour'], ['check', 'no-such-dir'], ['frobnicate'], ['check', '--kind', 'memo'], ['check', '--config', 'missing.json'], []]) {
        const r = run(ws.root, ...args);
        assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      }
      assert.equal(run(ws.root, '--help').code, 0);
    } finally {
      ws.cleanup();
    }
  });

  it('skips binary and oversized files with a notice, and reads empty, CRLF and BOM files', () => {
    const ws = tempWorkspace({
      'docs/adr/0001-a.md': GOOD.replace(/\n/g, '\r\n'),
      'docs/adr/0002-b.md': `\uFEFF${GOOD.replace('# 1.', '# 2.')}`,
      'docs/adr/0003-empty.md': '',
    });
    try {
      writeFileSync(path.join(ws.root, 'docs/adr/0004-binary.md'), Buffer.from([0x23, 0x20, 0x00, 0xff, 0xfe, 0x01]));
      writeFileSync(path.join(ws.root, 'docs/adr/0005-huge.md'), `# 5. Huge\n\n${'word '.repeat(300_000)}\n`);
      const r = run(ws.root, 'check', '--format', 'json');
      assert.match(r.err, /skipped docs\/adr\/0004-binary\.md: binary content/);
      assert.match(r.err, /skipped docs\/adr\/0005-huge\.md: larger than 1024 KB/);
      const report = JSON.parse(r.out) as { file: string; diagnostics: { rule: string }[] }[];
      assert.deepEqual(report.map((f) => f.file), ['docs/adr/0001-a.md', 'docs/adr/0002-b.md', 'docs/adr/0003-empty.md']);
      assert.deepEqual(report[0].diagnostics, []);
      assert.deepEqual(report[1].diagnostics, []);
      assert.ok(report[2].diagnostics.some((d) => d.rule === 'section.missing'));
    } finally {
      ws.cleanup();
    }
  });

  it('filters by kind, reads --config, and reports a broken config without failing', () => {
    const ws = tempWorkspace({
      'docs/adr/0002-use-a-cache.md': BAD,
      'ci/strict.json': JSON.stringify({ rules: { 'adr.status-value': 'off', 'section.missing': 'off', 'adr.broken-reference': 'off' } }),
      '.processdocs.json': '{ "rules": { "adr.status-value": "loud" } ',
    });
    try {
      const strict = run(ws.root, 'check', '--config', 'ci/strict.json', '--format', 'json', '.');
      assert.equal(strict.code, 0, strict.out);
      const broken = run(ws.root, 'check', '--format', 'json');
      const report = JSON.parse(broken.out) as { file: string; diagnostics: { rule: string }[] }[];
      assert.equal(report[0].file, '.processdocs.json');
      assert.equal(report[0].diagnostics[0].rule, 'config.invalid');
      const kinds = run(ws.root, 'check', '--kind', 'adr', '--format', 'json');
      assert.deepEqual((JSON.parse(kinds.out) as { file: string }[]).map((f) => f.file), ['.processdocs.json', 'docs/adr/0002-use-a-cache.md']);
    } finally {
      ws.cleanup();
    }
  });
});
