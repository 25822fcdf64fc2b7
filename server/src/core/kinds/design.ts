import type { KindDefinition } from './types';

/** Technical design documents and RFCs. */
export const design: KindDefinition = {
  id: 'design',
  label: 'Design Doc',
  folders: ['design', 'design-docs', 'designs', 'rfcs', 'rfc'],
  aliases: [
    ['problem statement', 'problem', 'motivation', 'background', 'context', 'summary', 'overview'],
    ['proposed solution', 'proposal', 'solution', 'design', 'detailed design', 'technical design'],
    ['alternative approaches', 'alternatives', 'alternatives considered', 'considered alternatives', 'rationale and alternatives', 'options considered'],
    ['implementation plan', 'implementation', 'rollout plan', 'rollout', 'plan', 'milestones'],
    ['success metrics', 'metrics', 'success criteria', 'measuring success', 'how we measure success'],
  ],
  statuses: {
    values: ['Draft', 'In Review', 'Approved', 'Rejected', 'Implemented', 'Superseded'],
    draft: ['Draft', 'In Review'],
    needsSuccessor: ['Superseded'],
    required: true,
  },
  fields: [
    { name: 'title', type: 'string', description: 'What the design is about.' },
    { name: 'author', type: 'list', required: true, description: 'Who wrote it.' },
    { name: 'reviewers', type: 'list', description: 'Who must review it.' },
    { name: 'status', type: 'string', required: true, values: ['Draft', 'In Review', 'Approved', 'Rejected', 'Implemented', 'Superseded'], description: 'Where the design stands.' },
    { name: 'date', type: 'date', description: 'When the review opened (YYYY-MM-DD).' },
    { name: 'review-deadline', type: 'date', description: 'When reviews are due (YYYY-MM-DD); the team norm is 72 hours after the review opens.' },
  ],
  variants: [{ id: 'design', label: 'design doc', template: 'design.md' }],
  options: { reviewWindowHours: 72 },
};
