import { sectionFor } from '../extract/sections';
import { timelineEntries } from '../extract/timeline';
import { listOf } from '../text';
import type { Rule } from './types';

/** Words that mark each phase of an incident in a timeline entry. */
const PHASES: [string, RegExp][] = [
  ['detection', /\b(?:detect|alert|pag(?:e|ed|ing)\b|notic|report|discover|spotted|flagged|first sign|monitor|fired|triggered|observ|became aware|ticket|raised|reached out|contacted us|complain)/i],
  ['investigation', /\b(?:investigat|diagnos|debug|look(?:ed|ing)? (?:into|at)|identif|triag|root cause|narrowed|suspect|escalat|analy[sz]|examin|confirmed|incident (?:channel|call|room)|war room|engaged|joined|checked|found)/i],
  ['mitigation', /\b(?:mitigat|roll(?:ed|ing)?[\s-]*back|revert|workaround|fail(?:ed)?[\s-]*over|disabl|scal(?:e|ed|ing)\b|restart|block|throttl|patch|hotfix|fix|deleted|removed|applied|cordon|drain|redeploy|deployed|upgraded|downgraded|switched)/i],
  ['restoration', /\b(?:restor|resolv|recover|back to normal|normal|operational|all clear|closed|healthy|resumed|working again|back up|stable|green|complete)/i],
];

export const postmortemTimelinePhases: Rule = {
  scope: 'document',
  id: 'postmortem.timeline-phases',
  kinds: ['postmortem'],
  severity: 'info',
  description: 'The timeline shows detection, investigation, mitigation and restoration.',
  check({ doc, variant, report }) {
    const section = sectionFor(doc, variant, 'timeline');
    if (!section) return;
    const entries = timelineEntries(doc.text, section.body).filter((e) => e.minutes !== null);
    if (entries.length === 0) return;
    const missing = PHASES.filter(([, re]) => !entries.some((e) => re.test(e.text))).map(([name]) => name);
    if (missing.length) report(section.heading, `The timeline shows no ${listOf(missing)}; say when each happened`);
  },
};
