import { strict as assert } from 'node:assert';
import { after, describe, it } from 'node:test';
import { Checker } from '../../server/src/core/checker';
import { describeDocument } from '../../server/src/core/model';
import { planNewDocument, type NewDocumentRequest, type NewDocumentResult } from '../../server/src/core/scaffold';
import { loadWorkspace, tempWorkspace } from '../helpers';

const nygard = (n: number, title: string) => `# ${n}. ${title}\n\nDate: 2025-01-10\n\n## Status\n\nAccepted\n\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n`;
const madr = (title: string) => `---\nstatus: accepted\ndate: 2025-01-10\n---\n\n# ${title}\n\n## Context and Problem Statement\n\nC.\n\n## Decision Outcome\n\nD.\n`;

const cleanups: (() => void)[] = [];
after(() => cleanups.forEach((c) => c()));

async function plan(files: Record<string, string>, request: Partial<NewDocumentRequest> & { title: string }): Promise<{ result: NewDocumentResult; ws: Awaited<ReturnType<typeof loadWorkspace>> }> {
  const temp = tempWorkspace(files);
  cleanups.push(temp.cleanup);
  const ws = await loadWorkspace(temp.root);
  return { result: planNewDocument({ kind: 'adr', values: { author: 'Orders team' }, ...request }, ws.project, ws.index), ws };
}

function created(result: NewDocumentResult): { path: string; text: string; focus: string } {
  assert.equal(result.type, 'plan', JSON.stringify(result));
  if (result.type !== 'plan') throw new Error('unreachable');
  const change = result.plan.changes[0];
  assert.equal(result.plan.changes.length, 1);
  assert.equal(change.type, 'create');
  if (change.type !== 'create') throw new Error('unreachable');
  const focus = result.plan.focus!;
  assert.equal(focus.path, change.path);
  return { path: change.path, text: change.text, focus: change.text.slice(focus.range.start, focus.range.end) };
}

describe('new document plans', () => {
  it('numbers a new ADR after the highest number in the whole workspace, in the folder style', async () => {
    const { result, ws } = await plan(
      { 'docs/adr/0001-a.md': nygard(1, 'A'), 'docs/adr/0002-b.md': nygard(2, 'B'), 'services/billing/docs/adr/0012-c.md': nygard(12, 'C') },
      { title: 'Use Temporal for scheduling' },
    );
    const doc = created(result);
    assert.equal(doc.path, ws.abs('docs/adr/0013-use-temporal-for-scheduling.md'));
    assert.match(doc.text, /^# 13\. Use Temporal for scheduling\n\nDate: 2025-06-01\n\n## Status\n\nProposed\n/);
    assert.equal(doc.focus, 'Describe the forces at play — technical, political, social and project-local — that call for a decision.', 'the cursor lands on the first section to write');
  });

  it('follows the folder naming style (adr-NNN-…) and template (MADR)', async () => {
    const { result, ws } = await plan({ 'decisions/adr-001-a.md': madr('A'), 'decisions/adr-002-b.md': madr('B') }, { title: 'Café crème' });
    const doc = created(result);
    assert.equal(doc.path, ws.abs('decisions/adr-003-cafe-creme.md'));
    const d = describeDocument(doc.path, doc.text, ws.project);
    assert.equal(d.variant?.id, 'madr');
    assert.equal(d.status?.word, 'proposed');
    assert.equal(d.frontMatter?.data['decision-makers'], 'Orders team');
    assert.equal(d.title?.value, 'Café crème');
  });

  it('uses the first template of the kind when no document shows the team’s style', async () => {
    const { result, ws } = await plan({ '.processdocs.json': '{"kinds":{"adr":{"folder":"handbook/choices"}}}' }, { title: 'First decision' });
    const doc = created(result);
    assert.equal(doc.path, ws.abs('handbook/choices/0001-first-decision.md'));
    assert.equal(describeDocument(doc.path, doc.text, ws.project).variant?.id, ws.project.kinds.get('adr')!.variants[0].id);
  });

  it('picks the folder from the config, then .adr-dir, then log4brains, then where ADRs are, then a conventional folder', async () => {
    const folderOf = async (files: Record<string, string>) => {
      const { result, ws } = await plan(files, { title: 'X' });
      return result.type === 'plan' ? result.path.slice(ws.abs('').length + 1).replace(/\/[^/]+$/, '') : result;
    };
    assert.equal(await folderOf({ '.processdocs.json': '{"kinds":{"adr":{"folder":"./arch/"}}}', '.adr-dir': 'doc/adr\n' }), 'arch');
    assert.equal(await folderOf({ '.adr-dir': 'doc/architecture/decisions\n', 'docs/adr/0001-a.md': nygard(1, 'A') }), 'doc/architecture/decisions');
    assert.equal(await folderOf({ '.log4brains.yml': 'project:\n  adrFolder: ./docs/l4b\n' }), 'docs/l4b');
    assert.equal(await folderOf({ 'architecture/0001-a.md': nygard(1, 'A'), 'architecture/0002-b.md': nygard(2, 'B'), 'other/0003-c.md': nygard(3, 'C') }), 'architecture');
    assert.equal(await folderOf({ 'docs/decisions/README.md': '# Decisions\n' }), 'docs/decisions');
    assert.deepEqual(await folderOf({ 'README.md': '# Project\n' }), { type: 'folder', suggestions: ['docs/adr', 'docs/adrs', 'docs/decisions', 'adr'] });
  });

  it('goes where the writer chose, but never outside the workspace', async () => {
    const { result, ws } = await plan({}, { title: 'X', folder: 'team/choices' });
    assert.equal(created(result).path, ws.abs('team/choices/0001-x.md'));
    const outside = await plan({}, { title: 'X', folder: '../../etc' });
    assert.deepEqual(outside.result, { type: 'error', message: '../../etc is outside the workspace' });
  });

  it('turns a hostile title into a safe file name inside the folder', async () => {
    const { result, ws } = await plan({ 'docs/adr/0001-a.md': nygard(1, 'A') }, { title: '../../etc/passwd' });
    const doc = created(result);
    assert.equal(doc.path, ws.abs('docs/adr/0002-etc-passwd.md'));
    assert.match(doc.text, /^# 2\. \.\.\/\.\.\/etc\/passwd$/m, 'the title itself is kept as written');
  });

  it('never plans over an existing file', async () => {
    const { result, ws } = await plan({ 'docs/adr/0001-a.md': nygard(1, 'A'), 'docs/adr/0002-x.md': '---\nkind: none\n---\n# Notes\n' }, { title: 'X' });
    // 0002-x.md opted out of being an ADR (so 2 is the next number), but it exists.
    assert.equal(created(result).path, ws.abs('docs/adr/0002-x-2.md'));
  });

  it('starts a new ADR as Proposed even when the team’s template says otherwise', async () => {
    const { result, ws } = await plan(
      { '.processdocs/templates/adr.md': '# {{number}}. {{title}}\n\n## Status\n\nAccepted\n\n## Context\n\n{{owner}} writes here.\n', 'docs/adr/0001-a.md': nygard(1, 'A') },
      { title: 'X', values: { author: 'A', owner: 'The Orders team' } },
    );
    const doc = created(result);
    assert.equal(describeDocument(doc.path, doc.text, ws.project).status?.value, 'Proposed');
    assert.match(doc.text, /The Orders team writes here\./);
  });

  it('asks for what the template needs and nobody has given', async () => {
    const { result } = await plan({ '.processdocs/templates/adr.md': '# {{number}}. {{title}}\n\nOwner: {{owner}}\nBy {{author}}\n' }, { title: 'X', folder: 'adr', variant: 'nygard', values: {} });
    assert.deepEqual(result, {
      type: 'questions',
      questions: [
        { name: 'owner', prompt: 'Value for {{owner}}.', type: 'text' },
        { name: 'author', prompt: 'Who writes it (name or team).', type: 'text' },
      ],
    });
  });

  it('postmortems: asks for the incident date and the severity with its meanings, and names the file by the incident date', async () => {
    const { result } = await plan({}, { kind: 'postmortem', title: 'Checkout outage', folder: 'docs/postmortems' });
    assert.equal(result.type, 'questions');
    if (result.type !== 'questions') return;
    const severity = result.questions.find((q) => q.name === 'severity');
    assert.equal(severity?.type, 'choice');
    assert.deepEqual(severity?.choices?.map((c) => c.value), ['1', '2', '3']);
    assert.match(severity?.choices?.[0].meaning ?? '', /critical/);
    assert.equal(result.questions.find((q) => q.name === 'incident-date')?.type, 'date');
    const answered = await plan({}, { kind: 'postmortem', title: 'Checkout outage', folder: 'docs/postmortems', values: { author: 'Orders team', severity: '1', 'incident-date': '2025-05-30' } });
    const doc = created(answered.result);
    assert.equal(doc.path, answered.ws.abs('docs/postmortems/2025-05-30-checkout-outage.md'));
    const d = describeDocument(doc.path, doc.text, answered.ws.project);
    assert.deepEqual([d.frontMatter?.data.severity, d.frontMatter?.data['incident-date'], d.frontMatter?.data.authors], [1, '2025-05-30', ['Orders team']]);
  });

  it('design docs: the review deadline defaults to the kind’s review window after today', async () => {
    const { result, ws } = await plan({}, { kind: 'design', title: 'Café ordering', folder: 'docs/design' });
    const doc = created(result);
    assert.equal(doc.path, ws.abs('docs/design/cafe-ordering.md'));
    const fm = describeDocument(doc.path, doc.text, ws.project).frontMatter!.data;
    assert.deepEqual([fm.title, fm.date, fm['review-deadline'], fm.status], ['Café ordering', '2025-06-01', '2025-06-04', 'Draft']);
  });

  it('refuses an empty title and an unknown kind', async () => {
    assert.deepEqual((await plan({}, { title: '  \n ' })).result, { type: 'error', message: 'The title is empty' });
    const unknown = await plan({}, { title: 'X', kind: 'runbook' });
    assert.equal(unknown.result.type, 'error');
  });

  it('makes a document of every kind that is detected as that kind and has every required section', async () => {
    const temp = tempWorkspace({ 'README.md': '# Project\n' });
    cleanups.push(temp.cleanup);
    const ws = await loadWorkspace(temp.root);
    for (const [id, kind] of ws.project.kinds) {
      const folder = `docs/${kind.def.folders[0] ?? id}`;
      let result = planNewDocument({ kind: id, title: `A new ${kind.def.label}`, folder, values: { author: 'Orders team' } }, ws.project, ws.index);
      if (result.type === 'questions') {
        const values: Record<string, string> = { author: 'Orders team' };
        for (const q of result.questions) values[q.name] = q.type === 'date' ? '2025-05-30' : q.choices?.[0].value ?? 'Something';
        result = planNewDocument({ kind: id, title: `A new ${kind.def.label}`, folder, values }, ws.project, ws.index);
      }
      const doc = created(result);
      const checker = new Checker(ws.project);
      const model = checker.update(doc.path, doc.text).model;
      assert.equal(model.kind, id, `${id}: detected as its kind`);
      assert.deepEqual(checker.findings(doc.path).filter((f) => f.rule === 'section.missing' || f.rule.startsWith('frontmatter.')), [], `${id}: complete and valid`);
      if (kind.draftStatuses.length) assert.equal(model.status?.value, kind.draftStatuses[0], `${id}: starts as a draft`);
    }
  });

  it('puts a document where its kind is recognised, never beside documents recognised only by front matter or a well-known path', async () => {
    const temp = tempWorkspace({
      // A PR template is a PR description by its path; a file in .github would not be.
      '.github/pull_request_template.md': '## What\n\n## Why\n',
      'notes/adr.md': '---\nkind: adr\n---\n\n# Notes\n',
      'notes/design.md': '---\nkind: design\n---\n\n# Notes\n',
      'notes/postmortem.md': '---\nkind: postmortem\n---\n\n# Notes\n',
      'notes/integration.md': '---\nkind: integration\n---\n\n# Notes\n',
    });
    cleanups.push(temp.cleanup);
    const ws = await loadWorkspace(temp.root);
    const values = { author: 'Orders team', severity: '2', 'incident-date': '2025-05-30' };
    const placed: string[] = [];
    for (const id of ['adr', 'design', 'postmortem', 'pr', 'integration']) {
      const request = { kind: id, title: 'Add retries', values };
      let result = planNewDocument(request, ws.project, ws.index);
      // No folder recognises the kind yet: the shells take (CLI) or offer (editor) the first suggestion.
      if (result.type === 'folder') result = planNewDocument({ ...request, folder: result.suggestions[0] }, ws.project, ws.index);
      const doc = created(result);
      assert.equal(describeDocument(doc.path, doc.text, ws.project).kind, id, `${id}: ${doc.path}`);
      placed.push(doc.path.slice(ws.project.root.length + 1));
    }
    // An ADR is an ADR by its numbered name and title anywhere, so it may join the others in notes/.
    assert.deepEqual(placed, ['notes/0001-add-retries.md', 'docs/design/add-retries.md', 'docs/postmortems/2025-05-30-add-retries.md', 'docs/pull-requests/add-retries.md', 'docs/integrations/add-retries.md']);
  });

  it('says so when the writer puts a document where its kind is not recognised', async () => {
    const { result } = await plan({}, { kind: 'pr', title: 'Add retries', folder: '.github' });
    assert.equal(result.type, 'plan');
    if (result.type !== 'plan') return;
    assert.deepEqual(result.plan.notes, [
      '.github/add-retries.md is not recognised as a PR Description there, so it will not be checked: keep such documents in a folder named pull-requests or prs, a folder set as `kinds.pr.folder` in .processdocs.json, or give them `kind: pr` in front matter',
    ]);
    const recognised = await plan({}, { kind: 'pr', title: 'Add retries', folder: 'docs/prs' });
    assert.deepEqual(recognised.result.type === 'plan' && recognised.result.plan.notes, []);
  });
});

