import type { KindDefinition } from './types';

/** Pull-request descriptions and their templates. */
export const pr: KindDefinition = {
  id: 'pr',
  label: 'PR Description',
  folders: ['pull-requests', 'prs'],
  paths: ['.github/pull_request_template.md', '.github/PULL_REQUEST_TEMPLATE/*.md', 'docs/pull_request_template.md', 'pull_request_template.md'],
  aliases: [
    ['what', 'summary', 'description', 'what does this pr do', 'changes', 'what changed'],
    ['why', 'motivation', 'context', 'why is this needed', 'background'],
    ['how', 'implementation', 'approach', 'how does it work'],
    ['testing', 'tests', 'how to test', 'test plan', 'how has this been tested', 'verification'],
    ['deployment', 'rollout', 'deploy notes', 'release notes', 'deployment notes'],
    ['screenshots', 'screenshots or recordings', 'recordings', 'demo'],
  ],
  statuses: { values: [], draft: [], required: false },
  fields: [],
  variants: [{ id: 'pr', label: 'PR description', template: 'pr.md' }],
};
