// `process-docs check`: the same rules as the editor, for CI.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Checker } from '../core/checker';
import { LineIndex } from '../core/lines';
import type { Finding } from '../core/types';
import { findMarkdown, readDocuments } from '../node/files';
import { findRoot, loadProject } from '../node/project';
import { toPosix } from '../node/paths';
import { parseArgs, TODAY_OPTION, UsageError, type Subcommand } from './args';
import { formatJson, formatSarif, formatStylish, printable, type FileReport } from './formats';

export interface CliIO {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
  color: boolean;
  version: string;
}

export const check: Subcommand = {
  name: 'check',
  synopsis: '[paths…]',
  summary: 'Check process documents: the editor\'s rules, for CI.',
  details: [
    'Paths are files or folders (default: the current folder); folders are walked, skipping',
    'node_modules and .git. Cross-document rules always see the whole workspace.',
  ].join('\n'),
  options: {
    format: { value: 'format', choices: ['stylish', 'json', 'sarif'], help: 'output format (default: stylish)' },
    kind: { value: 'kind', help: 'report only documents of this kind (adr, design, postmortem, pr, integration…)' },
    config: { value: 'file', help: 'use this .processdocs.json; its folder is the workspace root' },
    today: { ...TODAY_OPTION, help: 'check as if it were that day (future dates, stale proposals, overdue items)' },
  },
  examples: [
    ['process-docs check', 'check every process document under the current folder'],
    ['process-docs check docs/adr --kind adr', 'check the ADRs in docs/adr'],
    ['process-docs check docs --format sarif > process-docs.sarif', 'findings for code-scanning upload'],
  ],
  run: checkCommand,
};

async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(argv, check.options);
  const format = typeof options.format === 'string' ? options.format : 'stylish';
  // Each target as typed, for messages, and resolved.
  const targets = (positional.length ? positional : ['.']).map((typed) => ({ typed, abs: path.resolve(io.cwd, typed) }));
  const configFile = typeof options.config === 'string' ? path.resolve(io.cwd, options.config) : undefined;
  const root = configFile ? path.dirname(configFile) : findRoot(targets[0].abs);
  const loaded = await loadProject(root, { configFile, today: typeof options.today === 'string' ? options.today : undefined });
  if (configFile && loaded.configText === null) throw new UsageError(`cannot read config file ${options.config}`);
  const kindFilter = typeof options.kind === 'string' ? options.kind : null;
  if (kindFilter && !loaded.project.kinds.has(kindFilter)) throw new UsageError(`unknown kind ${kindFilter}; known: ${[...loaded.project.kinds.keys()].join(', ')}`);

  const requested = new Set<string>();
  for (const target of targets) {
    const found = await findMarkdown(target.abs);
    if (found.length === 0 && !(await exists(target.abs))) throw new UsageError(`no such file or folder: ${printable(target.typed)}`);
    for (const f of found) requested.add(f);
  }
  // Cross-document rules need every document of the workspace, not only those asked for.
  const everything = new Set([...(await findMarkdown(root)), ...requested]);
  const checker = new Checker(loaded.project);
  for await (const [file, read] of readDocuments(everything)) {
    const posixPath = toPosix(file);
    // Documents not asked for only feed the index: a line scan, no parse.
    if (read.ok && requested.has(file)) checker.update(posixPath, read.text);
    else if (read.ok) checker.scan(posixPath, read.text);
    else {
      checker.addFile(posixPath);
      if (requested.has(file)) io.err(`process-docs: skipped ${printable(rel(io.cwd, file))}: ${read.reason}\n`);
    }
  }

  const reports: FileReport[] = [];
  if (loaded.configFile && loaded.configProblems.length) {
    const lines = new LineIndex(loaded.configText ?? '');
    const findings: Finding[] = loaded.configProblems.map((p) => ({ rule: 'config.invalid', severity: 'warning', message: p.message, range: p.range }));
    reports.push({ file: rel(io.cwd, loaded.configFile), kind: null, findings, lines });
  }
  for (const file of requested) {
    const posixPath = toPosix(file);
    const lines = checker.lines(posixPath);
    if (!lines) continue;
    const kind = checker.kindOf(posixPath);
    if (kindFilter && kind !== kindFilter) continue;
    reports.push({ file: rel(io.cwd, file), kind, findings: checker.findings(posixPath), lines });
  }
  if (format === 'json') io.out(formatJson(reports));
  else if (format === 'sarif') io.out(formatSarif(reports, io.version));
  else io.out(formatStylish(reports, io.color));
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function rel(cwd: string, file: string): string {
  return toPosix(path.relative(cwd, file)) || path.basename(file);
}

function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}
