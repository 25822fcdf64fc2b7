import { sectionFor } from '../extract/sections';
import { isBlank } from '../markdown/sections';
import type { Rule } from './types';
import { stripComments } from '../text';

// A number, a percentage, a duration or a threshold word.
const MEASURABLE = /\d|\b(?:zero|half|double|twice|none|all|every)\b|%/i;

export const designMeasurableMetrics: Rule = {
  scope: 'document',
  id: 'design.measurable-metrics',
  kinds: ['design'],
  severity: 'warning',
  description: 'Success Metrics name a measurable target: a number, a percentage, a duration or a threshold.',
  check({ doc, variant, report }) {
    const section = sectionFor(doc, variant, 'success metrics');
    if (!section || isBlank(doc.text, section.body)) return;
    const body = stripComments(doc.text.slice(section.body.start, section.body.end));
    if (!MEASURABLE.test(body)) report(section.heading, 'Success Metrics name no measurable target; add a number, a percentage, a duration or a threshold (e.g. "p95 latency under 200 ms")');
  },
};
