import { sectionFor } from '../extract/sections';
import { proseLines } from '../extract/lines';
import { isBlank } from '../markdown/sections';
import type { Rule } from './types';

const REASON = /\b(?:because|since|as it|rejected|instead|however|but|too|drawbacks?|downsides?|cons?|would|could not|cannot|can't|won't|doesn't|does not|didn't|lacks?|expensive|costly|slow(?:er)?|complex|risk|not chosen|ruled out|discarded)\b/i;

export const designAlternativesRejected: Rule = {
  scope: 'document',
  id: 'design.alternatives-rejected',
  kinds: ['design'],
  severity: 'warning',
  description: 'Alternative Approaches name at least one alternative and why it was not chosen.',
  check({ doc, variant, report }) {
    const section = sectionFor(doc, variant, 'alternative approaches');
    if (!section || isBlank(doc.text, section.body)) return;
    const lines = proseLines(doc.text, section.body).filter((l) => l.text.trim());
    const named = lines.some((l) => /^\s*(?:[-*+]|\d{1,9}[.)])\s+\S|^\s{0,3}#{2,6}\s+\S/.test(l.text)) || lines.length >= 2;
    if (!named) report(section.heading, 'Alternative Approaches name no alternative; list each option you considered');
    else if (!lines.some((l) => REASON.test(l.text))) report(section.heading, 'Alternative Approaches give no reason for rejecting them; say why each was not chosen');
  },
};
