import type { KindDefinition } from './types';

/** Documentation of an integration with an outside system. */
export const integration: KindDefinition = {
  id: 'integration',
  label: 'Integration Doc',
  folders: ['integrations', 'integration-docs'],
  aliases: [
    ['api analysis', 'api overview', 'api', 'endpoints'],
    ['configuration guide', 'configuration', 'setup', 'set up'],
    ['action documentation', 'actions', 'operations', 'supported actions'],
    ['error handling', 'errors', 'failure modes', 'retries and errors'],
    ['testing guide', 'testing', 'tests', 'how to test'],
  ],
  statuses: { values: ['Draft', 'Published', 'Deprecated'], draft: ['Draft'], required: false },
  fields: [
    { name: 'title', type: 'string', description: 'The system this integrates with.' },
    { name: 'owner', type: 'string', description: 'The team that owns the integration.' },
    { name: 'status', type: 'string', values: ['Draft', 'Published', 'Deprecated'], description: 'Where the document stands.' },
  ],
  variants: [{ id: 'integration', label: 'integration doc', template: 'integration.md' }],
};
