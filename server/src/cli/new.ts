// `process-docs new <kind> "<title>"`: a document from its kind's template.
import { planNewDocument, type Question } from '../core/scaffold';
import { templateVariables } from '../core/template';
import { gitUserName } from '../node/git';
import { parseArgs, UsageError } from './args';
import type { CliIO } from './check';
import { carryOut, openWorkspace, WORKSPACE_OPTIONS } from './workspace';

export async function newCommand(argv: string[], io: CliIO): Promise<number> {
  const first = parseArgs(argv, { ...WORKSPACE_OPTIONS, folder: 'value', template: 'value', author: 'value' }, true);
  const [kind, title] = first.positional;
  if (!kind || title === undefined) throw new UsageError('usage: process-docs new <kind> "<title>" [--folder F] [--template T] [--author A]');
  const ws = await openWorkspace(io, first.options);
  const resolved = ws.project.kinds.get(kind);
  if (!resolved) throw new UsageError(`unknown kind ${kind}; known: ${[...ws.project.kinds.keys()].join(', ')}`);
  // Each template variable of the kind is an option: --incident-date, --severity…
  const variables = resolved.variants.flatMap((v) => templateVariables(v.templateText));
  const spec: Record<string, 'value' | 'flag'> = { ...WORKSPACE_OPTIONS, folder: 'value', template: 'value', author: 'value' };
  for (const v of variables) spec[v] ??= 'value';
  const { options } = parseArgs(argv, spec);
  const values: Record<string, string> = {};
  for (const v of variables) if (typeof options[v] === 'string') values[v] = options[v] as string;
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

/** `--severity <1|2|3> (1: critical…)` */
export function describe(q: Question): string {
  const shape = q.choices ? q.choices.map((c) => c.value).join('|') : q.type === 'date' ? 'YYYY-MM-DD' : 'text';
  const meanings = q.choices?.some((c) => c.meaning) ? q.choices.map((c) => `${c.value} ${c.meaning ?? ''}`.trim()).join('; ') : null;
  return `--${q.name} <${shape}> (${meanings ?? q.prompt.replace(/\.$/, '')})`;
}
