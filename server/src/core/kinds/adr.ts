import type { KindDefinition } from './types';

/** Architecture Decision Records, in Nygard/adr-tools and MADR form. */
export const adr: KindDefinition = {
  id: 'adr',
  label: 'Architecture Decision Record',
  folders: ['adr', 'adrs', 'decisions', 'architecture-decisions', 'decision-records', 'architecture-decision-record', 'architecture-decision-records'],
  aliases: [
    ['context', 'context and problem statement', 'problem statement', 'context and problem', 'background'],
    ['decision', 'decision outcome', 'the decision', 'decision made', 'proposal', 'proposed decision'],
    ['consequences', 'positive consequences', 'negative consequences', 'consequences and risks', 'implications'],
    ['considered options', 'considered alternatives', 'options considered', 'options', 'alternatives considered', 'alternatives'],
  ],
  statuses: {
    values: ['Proposed', 'Accepted', 'Rejected', 'Deprecated', 'Superseded'],
    draft: ['Proposed'],
    needsSuccessor: ['Superseded'],
    retired: ['Deprecated'],
    required: true,
  },
  fields: [
    { name: 'status', type: 'string', description: 'Where the decision stands: Proposed, Accepted, Rejected, Deprecated or Superseded (by ADR-NNNN).' },
    { name: 'date', type: 'date', description: 'When the decision was last updated (YYYY-MM-DD).' },
    { name: 'deciders', type: 'list', description: 'Everyone involved in the decision.' },
    { name: 'decision-makers', type: 'list', description: 'Everyone involved in the decision (MADR 4).' },
    { name: 'consulted', type: 'list', description: 'Those whose opinions were sought.' },
    { name: 'informed', type: 'list', description: 'Those kept up to date.' },
    { name: 'number', type: 'number', description: 'The ADR number, when the title does not carry it.' },
  ],
  variants: [
    {
      id: 'madr',
      label: 'MADR',
      template: 'adr-madr.md',
      markers: {
        sections: ['context and problem statement', 'decision outcome', 'considered options', 'decision drivers', 'pros and cons of the options'],
        fields: ['status', 'deciders', 'decision-makers', 'consulted', 'informed'],
      },
      // MADR 3+ made the status optional.
      statusRequired: false,
    },
    { id: 'nygard', label: 'Nygard (adr-tools)', template: 'adr.md' },
  ],
};
