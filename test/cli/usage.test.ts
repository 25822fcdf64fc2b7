// How the bundled CLI explains itself: `--help` on every subcommand, and bad usage —
// unknown options, values of the wrong form, paths that do not exist — refused with
// exit 2 and a message naming what is accepted, before anything is read or written.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { COMMANDS } from '../../server/src/cli';
import { parseArgs } from '../../server/src/cli/args';
import { REPO, tempWorkspace } from '../helpers';

const CLI = path.join(REPO, 'dist', 'cli.js');

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

const ADR = '# 1. Use a queue\n\nDate: 2025-01-10\n\n## Status\n\nAccepted\n\n## Context\n\nX.\n\n## Decision\n\nY.\n\n## Consequences\n\nZ.\n';

function workspace(): string {
  const ws = tempWorkspace({ 'docs/adr/0001-use-a-queue.md': ADR, '.processdocs.json': '{}\n' });
  cleanups.push(ws.cleanup);
  return ws.root;
}

/** Every file under `root`, relative. */
function files(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

/** A command line as a shell splits it, up to a redirection. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (m[2] === '>') break;
    out.push(m[1] ?? m[2]);
  }
  return out;
}

describe('process-docs --help', () => {
  it('lists every subcommand with what it does', () => {
    const r = run(workspace(), '--help');
    assert.equal(r.code, 0, r.err);
    for (const c of COMMANDS) assert.match(r.out, new RegExp(`^  ${c.name}\\b.*\\n?.*${c.summary.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'), c.name);
    assert.match(r.out, /process-docs <command> --help/);
    assert.deepEqual(COMMANDS.map((c) => c.name), ['check', 'new', 'supersede', 'link', 'renumber', 'index']);
  });

  for (const command of COMMANDS) {
    it(`${command.name} --help and -h show its options and examples, and change nothing`, () => {
      const root = workspace();
      const before = files(root);
      for (const flag of ['--help', '-h']) {
        const r = run(root, command.name, flag);
        assert.equal(r.code, 0, `${command.name} ${flag}: ${r.err}`);
        assert.equal(r.err, '');
        assert.match(r.out, new RegExp(`^Usage: process-docs ${command.name}\\b`));
        for (const option of Object.keys(command.options)) assert.match(r.out, new RegExp(`^  --${option}\\b`, 'm'), `${command.name} --help names --${option}`);
        assert.match(r.out, /^ {2}-h, --help/m);
        assert.match(r.out, new RegExp(`^Examples:\\n  process-docs ${command.name}\\b`, 'm'));
      }
      assert.equal(run(root, 'help', command.name).out, run(root, command.name, '--help').out);
      assert.deepEqual(files(root), before);
    });
  }

  it("each example in the help is valid usage of its subcommand's options", () => {
    for (const command of COMMANDS) {
      for (const [line] of command.examples) {
        const [program, name, ...args] = words(line);
        assert.deepEqual([program, name], ['process-docs', command.name], line);
        // `new` learns a kind's variables from the workspace: a first pass skips them.
        assert.doesNotThrow(() => parseArgs(args, command.options, command.name === 'new'), line);
      }
    }
  });

  it("new <kind> --help lists that kind's template variables with the form they take", () => {
    const r = run(workspace(), 'new', 'postmortem', '--help');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^ {2}--severity <1\|2\|3> +1 critical: outage for all customers; 2 high/m);
    assert.match(r.out, /^ {2}--incident-date <YYYY-MM-DD> /m);
    assert.match(run(workspace(), 'new', 'adr', '-h').out, /^ {2}--template <variant> +the template to use: madr, nygard/m);
    const unknown = run(workspace(), 'new', 'memo', '--help');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown kind memo; known: adr, design, postmortem, pr, integration/);
  });
});

describe('process-docs usage errors', () => {
  /** Exit 2, each pattern in the message, no stack trace, and not a file changed. */
  function refused(args: string[], ...expected: RegExp[]): void {
    const root = workspace();
    const before = files(root);
    const r = run(root, ...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    for (const e of expected) assert.match(r.err, e, args.join(' '));
    assert.doesNotMatch(r.err, /internal error|\n\s+at /, args.join(' '));
    assert.deepEqual(files(root), before, args.join(' '));
  }

  it('refuses dates that are not YYYY-MM-DD calendar dates, naming the form', () => {
    for (const day of ['yesterday', '2025-13-45', '15/09/2025', '2025-02-30', '2025-9-15', ' 2025-09-15']) {
      refused(['check', '--today', day], new RegExp(`--today: \`${day}\` is not a date; write it as YYYY-MM-DD`));
    }
    refused(['new', 'design', 'Billing events', '--today', 'abc'], /--today: `abc` is not a date; write it as YYYY-MM-DD/);
    refused(['renumber', '--today=tomorrow'], /--today: `tomorrow` is not a date/);
    refused(['new', 'design', 'Billing events', '--review-deadline', '2025-06-31'], /--review-deadline: `2025-06-31` is not a date/);
  });

  it("refuses a template variable's value the checker would flag, naming every one at once", () => {
    refused(
      ['new', 'postmortem', 'Checkout outage', '--severity', '7', '--incident-date', '30/05/2025'],
      /--severity: `7` is not one of 1 \(critical: outage for all customers\), 2 \(high: [^)]*\) or 3 \(medium: [^)]*\)/,
      /--incident-date: `30\/05\/2025` is not a date; write it as YYYY-MM-DD/,
    );
  });

  it('refuses values outside a fixed list, with a suggestion', () => {
    refused(['check', '--format', 'jsno'], /--format: `jsno` is not one of stylish, json, sarif \(did you mean `json`\?\)/);
    refused(['index', '--format', 'html'], /--format: `html` is not one of markdown, json, mermaid/);
    refused(['new', 'adr', 'X', '--template', 'y-statement'], /Unknown template `y-statement` for Architecture Decision Record; known: madr, nygard/);
  });

  it('refuses unknown options, suggesting the option meant', () => {
    refused(['check', '--fromat', 'json'], /unknown option --fromat \(did you mean --format\?\)/, /Run `process-docs check --help`/);
    refused(['new', 'adr', 'X', '--dryrun'], /unknown option --dryrun \(did you mean --dry-run\?\)/);
    refused(['renumber', 'docs/adr'], /renumber takes no arguments/);
  });

  // From issue 14 (item 8): the parser looked names up on a plain object, so every name an
  // object inherits was an option that took a value — and swallowed the path after it.
  it('treats the names every object inherits as unknown options, never as ones that take a value', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      refused(['check', `--${name}`, 'docs'], new RegExp(`unknown option --${name}`));
      refused(['check', `--${name}=x`], new RegExp(`unknown option --${name}=x`));
      refused(['new', 'adr', 'Title', `--${name}`, 'x'], new RegExp(`unknown option --${name}`));
    }
  });

  it('names a path that does not exist as it was typed', () => {
    refused(['check', '/does/not/exist'], /^process-docs: no such file or folder: \/does\/not\/exist$/m);
    refused(['check', 'docs', './nope/0001-x.md'], /^process-docs: no such file or folder: \.\/nope\/0001-x\.md$/m);
  });

  it('refuses a --config that cannot be read, in every subcommand that takes one', () => {
    for (const args of [['check'], ['new', 'adr', 'X'], ['supersede', '1', 'X'], ['renumber'], ['index']]) {
      refused([...args, '--config', 'ci/missing.json'], /cannot read config file ci\/missing\.json/);
    }
  });
});

describe('process-docs check on a config with typos', () => {
  it('reports each as config.invalid with the name meant, and checks with the rest', () => {
    const ws = tempWorkspace({
      'docs/adr/0001-use-a-queue.md': ADR.replace('Z.', 'TODO'),
      '.processdocs.json': '{\n  "rules": { "template.placeholders": "off" },\n  "kinds": { "adr": { "statusses": ["Proposed"] }, "postmortems": { "folder": "ops" } },\n  "ignores": []\n}\n',
    });
    cleanups.push(ws.cleanup);
    const r = run(ws.root, 'check', '--format', 'json');
    const report = JSON.parse(r.out) as { file: string; diagnostics: { rule: string; message: string; line: number }[] }[];
    assert.deepEqual(report[0].diagnostics.map((d) => `${d.line} ${d.rule} ${d.message}`), [
      '2 config.invalid Unknown rule `template.placeholders` (did you mean `template.placeholder`?); it is ignored',
      '3 config.invalid Kind `adr`: unknown key `statusses` (did you mean `statuses`?)',
      '3 config.invalid Kind `postmortems`: unknown kind (did you mean `postmortem`?); a new kind needs `sections`, `template` or `fields`',
      '4 config.invalid Unknown setting `ignores` (did you mean `ignore`?) in .processdocs.json; known: rules, kinds, people, ignore',
    ]);
    // The misspelt rule id switched nothing off.
    assert.deepEqual(report[1].diagnostics.map((d) => d.rule), ['template.placeholder']);
  });
});

describe('process-docs new pr', () => {
  it('writes a PR description where it is recognised and checked, not beside the PR template', () => {
    const ws = tempWorkspace({ '.github/pull_request_template.md': '## What\n\n## Why\n\n## How\n\n## Testing\n\n## Deployment\n' });
    cleanups.push(ws.cleanup);
    const r = run(ws.root, 'new', 'pr', 'Add retries');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'created docs/pull-requests/add-retries.md\n');
    assert.match(r.err, /no PR Description folder is configured or found; using docs\/pull-requests \(choose with --folder\)/);
    const checked = JSON.parse(run(ws.root, 'check', 'docs', '--format', 'json').out) as { file: string; kind: string | null }[];
    assert.deepEqual(checked.map((f) => [f.file, f.kind]), [['docs/pull-requests/add-retries.md', 'pr']]);
    // Put where it would not be checked on purpose, it is written, with a note saying why and what to do.
    const there = run(ws.root, 'new', 'pr', 'Add retries', '--folder', '.github');
    assert.equal(there.code, 0, there.err);
    assert.match(there.err, /^process-docs: note: \.github\/add-retries\.md is not recognised as a PR Description there, so it will not be checked: keep such documents in a folder named pull-requests or prs/m);
  });
});
