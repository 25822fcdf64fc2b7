import type { KindDefinition } from './types';

export const SEVERITY_MEANINGS = [
  'critical: outage for all customers',
  'high: degradation for a subset of customers',
  'medium: no customer impact',
];

/** Incident postmortems. */
export const postmortem: KindDefinition = {
  id: 'postmortem',
  label: 'Postmortem',
  folders: ['postmortems', 'post-mortems', 'postmortem', 'post-mortem', 'incidents', 'incident-reports'],
  aliases: [
    ['incident summary', 'summary', 'overview', 'what happened', 'incident', 'description'],
    ['timeline', 'key events', 'chronology', 'timeline of events', 'detailed timeline'],
    ['root cause', 'root causes', 'root cause analysis', 'contributing factors', 'causes', 'why did it happen', 'trigger'],
    ['resolution', 'recovery', 'mitigation', 'resolution and recovery', 'remediation', 'how we fixed it'],
    ['action items', 'follow up', 'follow ups', 'follow up actions', 'next steps', 'corrective actions', 'how are we preventing it from happening again'],
    ['lessons learned', 'lessons', 'learnings', 'what we learned', 'what went well', 'what went wrong'],
  ],
  statuses: { values: ['Draft', 'In Review', 'Final'], draft: ['Draft', 'In Review'], required: false },
  fields: [
    { name: 'severity', type: 'number', required: true, values: ['1', '2', '3'], meanings: SEVERITY_MEANINGS, description: 'How bad it was: 1 critical, 2 high, 3 medium.' },
    { name: 'incident-date', type: 'date', required: true, description: 'When the incident started (YYYY-MM-DD).' },
    { name: 'date', type: 'date', description: 'When this postmortem was written (YYYY-MM-DD).' },
    { name: 'authors', type: 'list', description: 'Who wrote it.' },
    { name: 'status', type: 'string', values: ['Draft', 'In Review', 'Final'], description: 'Where the write-up stands.' },
  ],
  variants: [{ id: 'postmortem', label: 'postmortem', template: 'postmortem.md' }],
  options: { writeUpHours: 48 },
};
