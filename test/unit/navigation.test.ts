import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { applyEdits } from '../../server/src/core/edits';
import { definition, documentLinks, prepareRename, references, renameTitle } from '../../server/src/core/navigation';
import { codeLenses, documentSymbols, workspaceSymbols } from '../../server/src/core/symbols';
import { toPosix } from '../../server/src/node/paths';
import { atCursor, checkFolder, nygard, openIn, tempWorkspace } from '../helpers';

describe('navigation and symbols', () => {
  const files = {
    'docs/adr/0006-split-checkout.md': nygard(6, 'Split checkout', 'Superseded by [ADR-0012](0012-merge-checkout.md)'),
    'docs/adr/0012-merge-checkout.md': nygard(12, 'Merge checkout', 'Accepted\n\nSupersedes [ADR-0006](0006-split-checkout.md)'),
    'docs/design/checkout.md': '---\nrelated: ADR-6\n---\n\n# Checkout\n\nWe [split checkout](../adr/0006-split-checkout.md) once; see also ADR-12 and [Split Checkout, the ADR](../adr/0006-split-checkout.md#decision).\n\n[missing](../adr/0099-none.md)\n',
    'docs/adr/README.md': '# Decisions\n\n- [ADR-0006: Split checkout](0006-split-checkout.md)\n',
    'docs/adr/0013-madr.md': '---\nstatus: proposed\n---\n\n# Choose a queue\n\n## Context and Problem Statement\n\nWhy.\n\n## Decision Outcome\n\nThis.\n\n### Consequences\n\nSo.\n\n## More Information\n\nMore.\n',
  };
  const ws = tempWorkspace(files);
  after(() => ws.cleanup());
  const file = (rel: string) => toPosix(path.join(ws.root, rel));

  async function open(rel: string, marked = files[rel as keyof typeof files]) {
    const { text, offset } = marked.includes('‸') ? atCursor(marked) : { text: marked, offset: 0 };
    const ctx = openIn(await checkFolder(ws.root), file(rel), text);
    return { ctx, text, offset };
  }
  const cursorIn = (rel: keyof typeof files, before: string) => files[rel].replace(before, `${before}‸`);

  it('goes from a link or a mention to the title of the document it names', async () => {
    const link = await open('docs/design/checkout.md', cursorIn('docs/design/checkout.md', 'We [split'));
    const target = definition(link.ctx, link.offset);
    assert.equal(target?.path, file('docs/adr/0006-split-checkout.md'));
    assert.equal(files['docs/adr/0006-split-checkout.md'].slice(target!.range.start, target!.range.end), 'Split checkout');
    const mention = await open('docs/design/checkout.md', cursorIn('docs/design/checkout.md', 'see also ADR-1'));
    assert.equal(definition(mention.ctx, mention.offset)?.path, file('docs/adr/0012-merge-checkout.md'));
    const nowhere = await open('docs/design/checkout.md', cursorIn('docs/design/checkout.md', '[miss'));
    assert.equal(definition(nowhere.ctx, nowhere.offset), null);
  });

  it('makes every reference form a link: link destinations, mentions in text and in front matter', async () => {
    const { ctx, text } = await open('docs/design/checkout.md');
    const links = documentLinks(ctx).map((l) => [text.slice(l.range.start, l.range.end), path.basename(l.target.path)]);
    assert.deepEqual(links, [
      ['ADR-6', '0006-split-checkout.md'],
      ['../adr/0006-split-checkout.md', '0006-split-checkout.md'],
      ['ADR-12', '0012-merge-checkout.md'],
      ['../adr/0006-split-checkout.md#decision', '0006-split-checkout.md'],
    ]);
  });

  it('finds every reference to an ADR across the workspace, from a reference or from its own title', async () => {
    const fromTitle = await open('docs/adr/0006-split-checkout.md', cursorIn('docs/adr/0006-split-checkout.md', '# 6. Split'));
    const found = references(fromTitle.ctx, fromTitle.offset, false).map((l) => [path.basename(l.path), readFileSync(l.path, 'utf8').slice(l.range.start, l.range.end)]);
    assert.deepEqual(found, [
      ['0012-merge-checkout.md', '[ADR-0006](0006-split-checkout.md)'],
      ['README.md', '[ADR-0006: Split checkout](0006-split-checkout.md)'],
      ['checkout.md', 'ADR-6'],
      ['checkout.md', '[split checkout](../adr/0006-split-checkout.md)'],
      ['checkout.md', '[Split Checkout, the ADR](../adr/0006-split-checkout.md#decision)'],
    ]);
    const fromMention = await open('docs/design/checkout.md', cursorIn('docs/design/checkout.md', 'related: ADR'));
    const withDeclaration = references(fromMention.ctx, fromMention.offset, true);
    assert.equal(withDeclaration.length, 6);
    assert.equal(withDeclaration[0].path, file('docs/adr/0006-split-checkout.md'));
  });

  it('renames a title and the link texts that repeat it, whatever their case', async () => {
    const { ctx, text, offset } = await open('docs/adr/0006-split-checkout.md', cursorIn('docs/adr/0006-split-checkout.md', '# 6. Split'));
    const prepared = prepareRename(ctx, offset);
    assert.deepEqual(prepared && [text.slice(prepared.range.start, prepared.range.end), prepared.placeholder], ['Split checkout', 'Split checkout']);
    assert.equal(prepareRename(ctx, text.indexOf('We need it.')), null);
    const readText = async (p: string) => readFileSync(p, 'utf8');
    const change = await renameTitle(ctx, readText, offset, 'Split the checkout service');
    assert.ok(change);
    const after = Object.fromEntries(change.files.map((f) => [path.basename(f.path), applyEdits(f.text, f.edits)]));
    assert.deepEqual(Object.keys(after).sort(), ['0006-split-checkout.md', 'README.md', 'checkout.md']);
    assert.equal(after['README.md'], '# Decisions\n\n- [ADR-0006: Split the checkout service](0006-split-checkout.md)\n', 'a file of no kind too');
    assert.equal(after['0006-split-checkout.md'], files['docs/adr/0006-split-checkout.md'].replace('# 6. Split checkout', '# 6. Split the checkout service'));
    assert.equal(
      after['checkout.md'],
      files['docs/design/checkout.md'].replace('[split checkout]', '[Split the checkout service]').replace('[Split Checkout, the ADR]', '[Split the checkout service, the ADR]'),
    );
    assert.equal(await renameTitle(ctx, readText, offset, ' \n '), null);
  });

  it('outlines a document: the title holds the sections, a section its subsections', async () => {
    const { ctx } = await open('docs/adr/0013-madr.md');
    const outline = (symbols: ReturnType<typeof documentSymbols>): unknown[] => symbols.map((s) => (s.children.length ? [s.name, outline(s.children)] : s.name));
    assert.deepEqual(outline(documentSymbols(ctx.doc)), [['Choose a queue', ['Context and Problem Statement', ['Decision Outcome', ['Consequences']], 'More Information']]]);
    assert.equal(documentSymbols(ctx.doc)[0].detail, 'Proposed');
  });

  it('lists every document by number and title for a query', async () => {
    const { ctx } = await open('docs/adr/0013-madr.md');
    assert.deepEqual(workspaceSymbols(ctx.index, ctx.project, 'ADR-0012').map((s) => s.name), ['ADR-0012: Merge checkout']);
    assert.deepEqual(workspaceSymbols(ctx.index, ctx.project, 'checkout').map((s) => s.name), ['ADR-0006: Split checkout', 'ADR-0012: Merge checkout', 'Checkout']);
    assert.equal(workspaceSymbols(ctx.index, ctx.project, '').length, 4, 'three ADRs and the design doc');
    assert.match(workspaceSymbols(ctx.index, ctx.project, 'queue')[0].container, /^Architecture Decision Record · docs\/adr\/0013-madr\.md$/);
  });

  it('puts a lens on the title: successor, predecessor, and how many documents refer to it', async () => {
    const six = await open('docs/adr/0006-split-checkout.md');
    assert.deepEqual(codeLenses(six.ctx).map((l) => l.title), ['superseded by ADR-0012 · referenced by 3 docs']);
    const twelve = await open('docs/adr/0012-merge-checkout.md');
    assert.deepEqual(codeLenses(twelve.ctx).map((l) => l.title), ['supersedes ADR-0006 · referenced by 2 docs']);
    const alone = await open('docs/adr/0013-madr.md');
    assert.deepEqual(codeLenses(alone.ctx).map((l) => [l.title, alone.text.slice(l.range.start, l.range.end)]), [['not referenced by other documents', 'Choose a queue']]);
  });
});
