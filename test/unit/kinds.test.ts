// Kinds as data: workspace templates, custom kinds, aliases, stage severities
// and inline switches, through the real loader and checker.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { checkFolder, tempWorkspace } from '../helpers';

const ADR = '# 1. Use a queue\n\nDate: 2025-01-10\n\n## Status\n\nAccepted\n\n## Context\n\nX.\n\n## Decision\n\nY.\n\n## Consequences\n\nZ.\n';

async function findingsIn(files: Record<string, string>, rel: string) {
  const ws = tempWorkspace(files);
  try {
    const checker = await checkFolder(ws.root);
    return checker.findings(`${checker.project.root}/${rel}`).map((f) => `${f.rule} ${f.severity} ${f.message}`);
  } finally {
    ws.cleanup();
  }
}

describe('kinds as data', () => {
  it('a workspace template with an extra required section makes that section required', async () => {
    const template = '# {{number}}. {{title}}\n\nDate: {{date}}\n\n## Status\n\nProposed\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nSo what.\n\n## Security Review\n\nWho signed off.\n';
    const found = await findingsIn({ '.processdocs/templates/adr.md': template, 'docs/adr/0001-use-a-queue.md': ADR }, 'docs/adr/0001-use-a-queue.md');
    assert.deepEqual(found, ['section.missing error Missing section "Security Review" (required by the Nygard (adr-tools) template)']);
  });

  it('a custom kind from the config: match, sections, statuses and fields', async () => {
    const config = {
      kinds: {
        runbook: {
          label: 'Runbook',
          match: ['ops/runbooks/*.md'],
          sections: ['Purpose', 'Steps', { name: 'Rollback', required: false }],
          statuses: ['Draft', 'Live'],
          fields: [{ name: 'service', required: true }, { name: 'status', values: ['Draft', 'Live'] }],
        },
      },
    };
    const files = {
      '.processdocs.json': JSON.stringify(config),
      'ops/runbooks/restart.md': '---\nstatus: Lve\n---\n\n# Restart the queue\n\n## Purpose\n\nBring the queue back.\n',
    };
    assert.deepEqual(await findingsIn(files, 'ops/runbooks/restart.md'), [
      'frontmatter.missing-field warning Front matter is missing `service`',
      "frontmatter.field-value error `Lve` is not an allowed `status`: Draft, Live (did you mean `Live`?)",
      'section.missing error Missing section "Steps" (required by the Runbook template)',
    ]);
  });

  it('section aliases from the config count (teams writing in other languages)', async () => {
    const files = {
      '.processdocs.json': JSON.stringify({ kinds: { adr: { aliases: { Context: ['Kontext'], Decision: ['Entscheidung'], Consequences: ['Konsequenzen'] } } } }),
      'docs/adr/0001-x.md': ADR.replace('## Context', '## Kontext').replace('## Decision', '## Entscheidung').replace('## Consequences', '## Konsequenzen'),
    };
    assert.deepEqual(await findingsIn(files, 'docs/adr/0001-x.md'), []);
  });

  it('severity by stage: forgiving for drafts, strict once accepted, configurable', async () => {
    const empty = (status: string) => ADR.replace('Accepted', status).replace('\nY.\n', '\n');
    assert.deepEqual(await findingsIn({ 'docs/adr/0001-x.md': empty('Accepted') }, 'docs/adr/0001-x.md'), ['section.empty warning Section "Decision" is empty']);
    assert.deepEqual(await findingsIn({ 'docs/adr/0001-x.md': empty('Proposed').replace('2025-01-10', '2025-05-30') }, 'docs/adr/0001-x.md'), ['section.empty info Section "Decision" is empty']);
    const strict = JSON.stringify({ rules: { 'section.empty': { severity: 'error', draft: 'warning' } } });
    assert.deepEqual(await findingsIn({ '.processdocs.json': strict, 'docs/adr/0001-x.md': empty('Accepted') }, 'docs/adr/0001-x.md'), ['section.empty error Section "Decision" is empty']);
    const drafts = JSON.stringify({ kinds: { adr: { draftStatuses: ['Accepted'] } } });
    assert.deepEqual(await findingsIn({ '.processdocs.json': drafts, 'docs/adr/0001-x.md': empty('Accepted').replace('2025-01-10', '2025-05-30') }, 'docs/adr/0001-x.md'), ['section.empty info Section "Decision" is empty']);
  });

  it('disable comments switch rules off for a region, a line, the next line or the file', async () => {
    const doc = (body: string) => ADR.replace('\nX.\n', `\n${body}\n`);
    const check = (body: string) => findingsIn({ 'docs/adr/0001-x.md': doc(body) }, 'docs/adr/0001-x.md');
    assert.equal((await check('TODO one.\n\nTODO two.')).length, 2);
    assert.deepEqual(await check('<!-- process-docs-disable template.placeholder -->\nTODO one.\n<!-- process-docs-enable template.placeholder -->\n\nTODO two.'), ['template.placeholder warning Template placeholder `TODO` is left in the text']);
    assert.equal((await check('<!-- process-docs-disable-next-line template.placeholder -->\nTODO one.\n\nTODO two.')).length, 1);
    assert.equal((await check('TODO one. <!-- process-docs-disable-line -->\n\nTODO two.')).length, 1);
    assert.equal((await check('<!-- process-docs-disable-file template.placeholder -->\n\nTODO one.\n\nTODO two. See ADR-9.')).length, 1, 'other rules still run');
    assert.deepEqual(await check('<!-- process-docs-disable -->\nTODO one. ADR-9.\n<!-- process-docs-enable adr.broken-reference -->\nTODO two. ADR-9.'), ['adr.broken-reference error No ADR numbered 9 in the workspace']);
  });

  it('detects every built-in kind by folder and the PR templates by path', async () => {
    const ws = tempWorkspace({
      'docs/design/billing.md': '# Billing\n',
      'rfcs/0001-x.md': '# X\n',
      'docs/postmortems/2025-05-10-checkout.md': '# Checkout\n',
      'incidents/db.md': '# DB\n',
      '.github/pull_request_template.md': '## What\n',
      '.github/PULL_REQUEST_TEMPLATE/bugfix.md': '## What\n',
      'docs/integrations/carrier.md': '# Carrier\n',
      'docs/design/README.md': '# Designs\n',
    });
    try {
      const checker = await checkFolder(ws.root);
      const kinds = Object.fromEntries(checker.paths().map((p) => [p.slice(checker.project.root.length + 1), checker.kindOf(p)]));
      assert.deepEqual(kinds, {
        '.github/PULL_REQUEST_TEMPLATE/bugfix.md': 'pr',
        '.github/pull_request_template.md': 'pr',
        'docs/design/README.md': null,
        'docs/design/billing.md': 'design',
        'docs/integrations/carrier.md': 'integration',
        'docs/postmortems/2025-05-10-checkout.md': 'postmortem',
        'incidents/db.md': 'postmortem',
        'rfcs/0001-x.md': 'design',
      });
    } finally {
      ws.cleanup();
    }
  });

  it('reads bold list items as sections where teams use them instead of headings', async () => {
    const pm = '---\nseverity: 2\nincident-date: 2025-05-10\ndate: 2025-05-11\n---\n\n# Outage\n\n- **Incident Summary**\n  - Checkout failed.\n- **Timeline**\n  - 14:25 - Rolled back\n  - 14:02 - Alert fired\n';
    const found = await findingsIn({ 'docs/postmortems/x.md': pm }, 'docs/postmortems/x.md');
    assert.ok(found.some((f) => f.startsWith('postmortem.timeline-order')), found.join('\n'));
    assert.ok(!found.some((f) => f.includes('"Timeline"')), 'the bold Timeline counts as the section');
  });
});
