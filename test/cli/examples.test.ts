// `examples/` is the user's first look: the checker must find exactly the
// mistakes planted there, and nothing in the correct documents.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { REPO } from '../helpers';

describe('examples/', () => {
  it('holds exactly the planted mistakes', () => {
    const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'check', 'examples', '--today', '2025-09-15', '--format', 'json'], { cwd: REPO, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout) as { file: string; kind: string | null; diagnostics: { rule: string; line: number; column: number }[] }[];
    const found = report.flatMap((f) => f.diagnostics.map((d) => `${f.file.slice('examples/'.length)} ${d.line}:${d.column} ${d.rule}`));
    assert.deepEqual(found, [
      'docs/adr/0003-publish-order-events.md 2:9 adr.status-value',
      'docs/adr/0004-cache-product-prices.md 1:3 adr.duplicate-number',
      'docs/adr/0004-cache-product-prices.md 1:6 section.missing',
      'docs/adr/0004-cache-product-prices.md 12:52 adr.outdated-reference',
      'docs/adr/0004-rate-limit-the-public-api.md 1:3 adr.duplicate-number',
      'docs/adr/0006-split-the-checkout-service.md 7:1 adr.stale-proposal',
      'docs/adr/0006-split-the-checkout-service.md 13:12 adr.broken-reference',
      'docs/adr/0006-split-the-checkout-service.md 17:1 template.placeholder',
      'docs/design/billing-events.md 7:18 design.review-overdue',
      'docs/design/billing-events.md 7:18 design.review-window',
      'docs/design/billing-events.md 22:1 design.alternatives-rejected',
      'docs/design/billing-events.md 32:1 design.measurable-metrics',
      'docs/integrations/shipping-carrier.md 22:1 section.empty',
      'docs/postmortems/2025-05-10-checkout-outage.md 4:7 postmortem.late-writeup',
      'docs/postmortems/2025-05-10-checkout-outage.md 21:3 postmortem.timeline-order',
      'docs/postmortems/2025-05-10-checkout-outage.md 34:76 postmortem.action-item-overdue',
      'docs/postmortems/2025-05-10-checkout-outage.md 35:1 postmortem.action-item-format',
      'docs/pull-requests/add-payment-retries.md 1:3 section.missing',
    ]);
    const kinds = new Set(report.map((f) => f.kind));
    for (const kind of ['adr', 'design', 'postmortem', 'pr', 'integration']) assert.ok(kinds.has(kind), `examples/ has a ${kind}`);
  });
});
