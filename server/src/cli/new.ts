// `process-docs new <kind> "<title>"`: a document from its kind's template.
import * as path from 'node:path';
import type { ResolvedKind } from '../core/kinds/resolve';
import { answerProblem, planNewDocument, templateQuestions, type Question } from '../core/scaffold';
import { gitUserName } from '../node/git';
import { findRoot, loadProject } from '../node/project';
import { helpText, parseArgs, UsageError, type OptionSpec, type OptionSpecs, type Subcommand } from './args';
import type { CliIO } from './check';
import { carryOut, openWorkspace, WORKSPACE_OPTIONS } from './workspace';

export const newDocument: Subcommand = {
  name: 'new',
  synopsis: '<kind> "<title>"',
  summary: "Create a document from its kind's template, named like its neighbours.",
  details: [
    'Kinds: adr, design, postmortem, pr, integration and the custom kinds of .processdocs.json.',
    "Each variable of the kind's template is an option too: `process-docs new postmortem --help`",
    'lists a postmortem\'s (--incident-date, --severity).',
  ].join('\n'),
  options: {
    ...WORKSPACE_OPTIONS,
    folder: { value: 'dir', help: 'where it goes, relative to the workspace root (default: configured or found)' },
    template: { value: 'variant', help: 'the template to use, e.g. nygard or madr for ADRs' },
    author: { value: 'name', help: 'who writes it (default: git config user.name)' },
  },
  examples: [
    ['process-docs new adr "Use Temporal for scheduling"', 'the next numbered ADR, in the folder the ADRs are in'],
    ['process-docs new postmortem "Checkout outage" --incident-date 2025-05-30 --severity 1', 'a postmortem, named after the incident date'],
    ['process-docs new design "Billing events" --dry-run', 'print where it would go and change nothing'],
  ],
  run: newCommand,
  help: newHelp,
};

async function newCommand(argv: string[], io: CliIO): Promise<number> {
  // A first pass finds the kind, whose template's variables are options too.
  const first = parseArgs(argv, newDocument.options, true);
  const [kind, title] = first.positional;
  if (!kind || title === undefined) throw new UsageError('usage: process-docs new <kind> "<title>" [options]');
  const ws = await openWorkspace(io, first.options);
  const resolved = knownKind(kind, ws.project.kinds);
  const variables = templateQuestions(resolved).filter((q) => q.name !== 'author');
  const { options } = parseArgs(argv, { ...newDocument.options, ...variableOptions(variables) });
  const values: Record<string, string> = {};
  for (const q of variables) if (typeof options[q.name] === 'string') values[q.name] = options[q.name] as string;
  values.author = typeof options.author === 'string' ? options.author : (await gitUserName(io.cwd)) ?? '';
  const request = { kind, title, values, folder: options.folder as string | undefined, variant: options.template as string | undefined };
  let result = planNewDocument(request, ws.project, ws.index);
  if (result.type === 'folder') {
    io.err(`process-docs: no ${resolved.def.label} folder is configured or found; using ${result.suggestions[0]} (choose with --folder)\n`);
    result = planNewDocument({ ...request, folder: result.suggestions[0] }, ws.project, ws.index);
  }
  if (result.type === 'questions') throw new UsageError(`a ${resolved.def.label} needs ${result.questions.map(describe).join(', ')}`);
  if (result.type === 'error') throw new UsageError(result.message);
  if (result.type !== 'plan') throw new UsageError('no folder for the new document; choose one with --folder');
  return carryOut(result.plan, ws, io, !!options['dry-run']);
}

/** `new --help`, and `new <kind> --help` with that kind's variables and templates. */
async function newHelp(argv: string[], io: CliIO): Promise<string> {
  const { positional, options } = parseArgs(argv.filter((a) => a !== '-h' && a !== '--help'), newDocument.options, true);
  if (!positional[0]) return helpText(newDocument);
  const configFile = typeof options.config === 'string' ? path.resolve(io.cwd, options.config) : undefined;
  const { project } = await loadProject(configFile ? path.dirname(configFile) : findRoot(io.cwd), { configFile });
  const kind = knownKind(positional[0], project.kinds);
  const variants = kind.variants.map((v) => v.id);
  const choice = variants.length > 1 ? `${variants.join(', ')} (default: what the folder's documents use, else ${variants[0]})` : `${variants[0]}, the only one`;
  const template: OptionSpec = { ...newDocument.options.template, help: `the template to use: ${choice}` };
  const variables = variableOptions(templateQuestions(kind).filter((q) => q.name !== 'author'));
  return helpText({ ...newDocument, synopsis: `${kind.def.id} "<title>"`, summary: `Create a document of kind ${kind.def.id} (${kind.def.label}) from its template.`, details: undefined, options: { ...newDocument.options, template } }, variables);
}

function knownKind(id: string, kinds: ReadonlyMap<string, ResolvedKind>): ResolvedKind {
  const kind = kinds.get(id);
  if (!kind) throw new UsageError(`unknown kind ${id}; known: ${[...kinds.keys()].join(', ')}`);
  return kind;
}

/** Each template variable as an option that accepts only what the checker accepts. */
function variableOptions(questions: Question[]): OptionSpecs {
  const out: Record<string, OptionSpec> = {};
  for (const q of questions) {
    const meanings = q.choices?.some((c) => c.meaning) ? q.choices.map((c) => `${c.value} ${c.meaning ?? ''}`.trim()).join('; ') : null;
    out[q.name] = { value: shapeOf(q), help: meanings ?? q.prompt.replace(/\.$/, ''), check: (value) => answerProblem(q, value) };
  }
  return out;
}

function shapeOf(q: Question): string {
  return q.choices ? q.choices.map((c) => c.value).join('|') : q.type === 'date' ? 'YYYY-MM-DD' : q.type;
}

/** `--severity <1|2|3> (1: critical…)` */
export function describe(q: Question): string {
  const meanings = q.choices?.some((c) => c.meaning) ? q.choices.map((c) => `${c.value} ${c.meaning ?? ''}`.trim()).join('; ') : null;
  return `--${q.name} <${shapeOf(q)}> (${meanings ?? q.prompt.replace(/\.$/, '')})`;
}
