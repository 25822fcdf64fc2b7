// Generated ADRs for the benchmark: realistic shape, cross-references, one size knob.

const WORDS = 'queue cache latency region failover schema contract tenant billing ledger payment retry budget partition replica index rollout canary migration'.split(' ');

function sentence(seed: number, words = 14): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]);
  const s = out.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

export function adrFileName(n: number): string {
  return `${String(n).padStart(4, '0')}-decision-${n}.md`;
}

/** A Nygard ADR of about `lines` lines, referring to a few earlier ADRs. */
export function generateAdr(n: number, lines = 40): string {
  const out = [`# ${n}. Decision number ${n}`, '', `Date: 2025-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`, '', '## Status', '', n % 10 === 0 && n > 1 ? `Superseded by [ADR-${String(n + 1).padStart(4, '0')}](${adrFileName(n + 1)})` : 'Accepted', ''];
  if (n % 10 === 1 && n > 1) out.push(`Supersedes [ADR-${String(n - 1).padStart(4, '0')}](${adrFileName(n - 1)})`, '');
  const sections = ['Context', 'Decision', 'Consequences'];
  const body = Math.max(3, lines - out.length - sections.length * 2);
  for (let s = 0; s < sections.length; s++) {
    out.push(`## ${sections[s]}`, '');
    const share = Math.floor(body / sections.length);
    for (let i = 0; i < share; i++) {
      if (i % 6 === 5) out.push('');
      else if (i % 6 === 3 && n > 1) out.push(`- See [ADR-${String(((n + i) % (n - 1)) + 1).padStart(4, '0')}](${adrFileName(((n + i) % (n - 1)) + 1)}) and ADR-${((n * i) % (n - 1)) + 1} for ${sentence(n + i, 6)}`);
      else out.push(sentence(n * 31 + i * 7 + s));
    }
    out.push('');
  }
  return out.join('\n');
}

/** A postmortem whose timeline is a table of `rows` rows. */
export function generatePostmortem(rows: number): string {
  const out = ['---', 'severity: 2', 'incident-date: 2025-05-10', 'date: 2025-05-11', '---', '', '# Long incident', '', '## Incident Summary', '', sentence(3), '', '## Timeline', '', '| Time | Event |', '| --- | --- |'];
  for (let i = 0; i < rows; i++) out.push(`| 2025-05-10 ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} | ${sentence(i, 8)} |`);
  out.push('', '## Root Cause', '', sentence(5), '', '## Resolution', '', sentence(6), '', '## Action Items', '', '- [ ] Add an alert (SRE lead, 2025-07-01)', '', '## Lessons Learned', '', sentence(7), '');
  return out.join('\n');
}
