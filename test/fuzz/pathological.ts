// Inputs built to make a parser or a regular expression work harder than the
// text is long, each a function of a size in bytes (roughly). The unit tests run
// them at moderate sizes for completion and correctness; `npm run fuzz` runs
// them at full size and at a tenth of it and compares the time per byte.

/** An ADR around `body`, so every rule of the kind runs. */
export function adrAround(body: string, eol = '\n'): string {
  return ['# 7. A pathological decision', '', 'Date: 2025-01-10', '', '## Status', '', 'Accepted', '', '## Context', '', body, '', '## Decision', '', 'We do it.', '', '## Consequences', '', 'It is done.', ''].join(eol);
}

/** A postmortem with `timeline` and `actions` as its entries. */
export function postmortemAround(timeline: string, actions: string): string {
  return ['---', 'kind: postmortem', 'severity: 2', 'incident-date: 2025-05-10', 'date: 2025-05-11', '---', '', '# The queue outage', '', '## Incident Summary', '', 'Orders stalled.', '', '## Timeline', '', timeline, '', '## Root Cause', '', 'A full disk.', '', '## Resolution', '', 'We cleared it.', '', '## Action Items', '', actions, '', '## Lessons Learned', '', 'Watch the disks.', ''].join('\n');
}

const repeat = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
const lines = (bytes: number, line: (i: number) => string) => {
  const out: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const l = line(i);
    out.push(l);
    size += l.length + 1;
  }
  return out.join('\n');
};

/** The brief's named pathological inputs: whole documents of about `bytes` bytes. */
export const NAMED: Record<string, (bytes: number) => string> = {
  'hashes': (b) => adrAround(repeat('#', b)),
  'nested list': (b) => adrAround(`${repeat('- ', b)}x`),
  'nested quote': (b) => adrAround(`${repeat('>', b)} x`),
  'nested quote and list': (b) => adrAround(`${repeat('> 1. ', b)}x`),
  'list nested by indentation': (b) => adrAround(lines(b, (i) => `${'  '.repeat(i)}- x`)),
  'single line of prose': (b) => adrAround(repeat('The queue absorbs the spikes of ADR-12 traffic. ', b)),
  'single line of links': (b) => adrAround(repeat('[ADR-2](0002-use-a-queue.md) ', b)),
  'links, one per line': (b) => adrAround(lines(b, (i) => `- See [ADR-${i % 50}](00${i % 50}-x.md) and ADR-${i % 7}`)),
  'table rows': (b) => adrAround(`| Time | Event |\n| --- | --- |\n${lines(b, (i) => `| 10:${String(i % 60).padStart(2, '0')} | **Paged** the [on-call](oncall.md) for \`api-${i}\` |`)}`),
  'nested brackets': (b) => adrAround(`${repeat('[', b / 2)}x${repeat(']', b / 2)}`),
  'nested links': (b) => adrAround(`${repeat('[', b / 5)}x${repeat('](y)', (4 * b) / 5)}`),
  'nested emphasis': (b) => adrAround(`${repeat('*a _', b / 2)}x${repeat('_ a*', b / 2)}`),
  'emphasis runs': (b) => adrAround(`${repeat('*', b / 2)}x${repeat('*', b / 2)}`),
  'backtick ladder': (b) => adrAround(lines(b, (i) => `${'`'.repeat(i + 1)}a`).replace(/\n/g, ' ')),
  'unclosed comments': (b) => adrAround(repeat('<!-- a ', b)),
  'blank lines': (b) => adrAround(repeat('\n', b)),
  'CR line endings': (b) => adrAround(lines(b, (i) => `- item ${i} [x](y.md)`).replace(/\n/g, '\r'), '\r'),
};

/** One line of each place a rule or the line scan reads with a regular expression. */
export const CONTEXTS: Record<string, (atoms: string) => string> = {
  paragraph: (a) => adrAround(a),
  title: (a) => adrAround('Text.').replace('# 7. A pathological decision', `# 7. ${a}`),
  heading: (a) => adrAround(`## ${a}\n\nText.`),
  'header field': (a) => adrAround('Text.').replace('Date: 2025-01-10', `Date: 2025-01-10\nDeciders: ${a}`),
  status: (a) => adrAround('Text.').replace('\nAccepted\n', `\nSuperseded by ${a}\n`),
  'list item': (a) => adrAround(`- ${a}`),
  'table cell': (a) => adrAround(`| a | b |\n| - | - |\n| ${a} | x |`),
  'front matter': (a) => `---\ntitle: ${a}\n---\n${adrAround('Text.')}`,
  'timeline entry': (a) => postmortemAround(`- 10:00 - ${a}`, '- [ ] Add an alert (SRE lead, 2025-07-01)'),
  'timeline row': (a) => postmortemAround(`| Time | Event |\n| --- | --- |\n| 10:00 | ${a} |`, '- [ ] Add an alert (SRE lead, 2025-07-01)'),
  'action owner': (a) => postmortemAround('- 10:00 - Paged.', `- [ ] Add an alert (${a}, 2025-07-01)`),
  'switch comment': (a) => adrAround(`<!-- process-docs-disable ${a} -->`),
};

/** A long gap between two words: regular expressions with adjacent or lazy repeats rescan it from each position. */
export const GAPS = [' ', '\t', '-', '*', '#', '.'];

/** Short strings that regular expressions stumble on when repeated. */
export const ATOMS = [
  ' ', '\t', 'a ', '#', '-', '- ', '> ', '*', '_', '**a** ', '`', '[', ']', '[a', 'a]', '[a](', '](', '[a](b.md) ', '![a](b) ', '(', '<', '<a ',
  '<!--', '-->', '{', '{a b', '[a b c', '|', '\\', '&amp;', ':', 'a: ', 'ADR-', 'ADR-1 ', 'ADR 0', 'TODO ', 'http://a ', '"', "'", '1. ',
  'Superseded by ', 'Supersedes ', '2025-01-1', '\u{1F600}', '\uD800', '\u0000', '\u00A0', '.', '..', 'a.md ', '#a ', '] (',
  '<!-- process-docs-disable ', '( ', '(a, ', '10:0', '- [ ] ', '**', '@',
];
