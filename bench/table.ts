// The bench's figures as the README shows them: one row per measurement, in a fixed order,
// with the machine and the day they were measured on. `npm run bench -- --readme` writes the
// table between the README's markers; a unit test fails when the rows no longer match.
import * as os from 'node:os';

export const START = '<!-- bench:start -->';
export const END = '<!-- /bench:end -->';

/** Every row of the table, in order; `bench.ts` fills each one. */
export const MEASUREMENTS = [
  'Cold index, 1,000 ADRs',
  'Full validation of those 1,000, in the background',
  'Per edit, 50-line ADR',
  'Per edit, 1,000-line ADR',
  'Per edit, 10,000-line ADR',
  'Per edit, postmortem with a 2,000-row timeline table',
  'Completion of ADR references, 1,000 ADRs (in process / over stdio)',
  'Completion of missing sections (in process / over stdio)',
  'Hover on a reference (in process / over stdio)',
  'Renumber plan, 1,000 ADRs all moving',
  'Decision index, 1,000 ADRs',
  'Server RSS over 10,000 edits, every 1,000',
  'Core heap after GC over 10,000 edits, every 1,000',
  'CLI on the corpus ADRs vs markdownlint-cli2',
  'Peak RSS of the bench',
] as const;

export type Measurement = (typeof MEASUREMENTS)[number];

export interface Row {
  result: string;
  target?: string;
}

/** The machine, for the line above the table: figures mean little without it. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpu}, ${os.availableParallelism()} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}; load average ${os.loadavg()[0].toFixed(1)} when it started`;
}

export function benchTable(rows: ReadonlyMap<Measurement, Row>, measuredOn: string, day: string): string {
  const missing = MEASUREMENTS.filter((m) => !rows.has(m));
  if (missing.length) throw new Error(`the bench measured nothing for ${missing.join(', ')}`);
  return [
    START,
    `Measured ${day} on ${measuredOn}.`,
    '',
    '| Measurement | Result | Target |',
    '| --- | --- | --- |',
    ...MEASUREMENTS.map((m) => `| ${m} | ${rows.get(m)!.result} | ${rows.get(m)!.target ?? ''} |`),
    END,
  ].join('\n');
}

/** The README with its bench table replaced. */
export function withBenchTable(readme: string, table: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a === -1 || b === -1) throw new Error(`README has no ${START} … ${END} markers`);
  return readme.slice(0, a) + table + readme.slice(b + END.length);
}

/** The measurement names of the README's table, in order. */
export function readmeMeasurements(readme: string): string[] {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a === -1 || b === -1) return [];
  return [...readme.slice(a, b).matchAll(/^\| (.+?) \| .* \| .* \|$/gm)].map((m) => m[1]).filter((m) => m !== 'Measurement' && m !== '---');
}
