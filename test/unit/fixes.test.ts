// Every quick fix round-trips: applied to the files on disk, the finding it
// fixes is gone on a fresh check, and the text is exactly what was there plus the fix.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/core/edits';
import { codeActions, fixAll, type Fix } from '../../server/src/core/fixes';
import { toMadr, toNygard } from '../../server/src/core/fixes/adr-style';
import { readDocument } from '../../server/src/node/files';
import { fromPosix, toPosix } from '../../server/src/node/paths';
import { checkFolder, nygard, openIn, tempWorkspace } from '../helpers';

interface Setup {
  files: Record<string, string>;
  /** The document the fix is asked for. */
  open: string;
  rule: string;
}

/** The fixes offered for the first `rule` finding of `open`, and a way to apply one and re-check. */
async function fixesFor({ files, open, rule }: Setup) {
  const ws = tempWorkspace(files);
  const file = toPosix(path.join(ws.root, open));
  const checker = await checkFolder(ws.root);
  const finding = checker.findings(file).find((f) => f.rule === rule);
  assert.ok(finding, `${rule} fires in ${open} before the fix`);
  const readText = async (p: string) => {
    const read = await readDocument(fromPosix(p));
    return read.ok ? read.text : null;
  };
  const ctx = { ...openIn(checker, file, files[open]), readText };
  const fixes = await codeActions(ctx, checker.findings(file), finding.range, ['quickfix']);
  /** Applies a fix to the files, re-checks the workspace and returns the texts (by relative path) and the findings of `rule` left. */
  async function apply(fix: Fix) {
    for (const f of fix.change.files) writeFileSync(fromPosix(f.path), applyEdits(f.text, f.edits));
    for (const r of fix.change.renames) {
      assert.equal(existsSync(fromPosix(r.to)), false, 'never overwrites a file');
      renameSync(fromPosix(r.from), fromPosix(r.to));
    }
    const after = await checkFolder(ws.root);
    const left = after.paths().flatMap((p) => after.findings(p).filter((f) => f.rule === rule && (p === file || fix.change.renames.some((r) => r.to === p))));
    const texts = Object.fromEntries(after.paths().map((p) => [toPosix(path.relative(ws.root, p)), readFileSync(p, 'utf8')]));
    return { left, texts };
  }
  return { fixes, finding, apply, cleanup: ws.cleanup, ctx, checker, file };
}

const titled = (fixes: Fix[], pattern: RegExp) => {
  const fix = fixes.find((f) => pattern.test(f.title));
  assert.ok(fix, `a fix titled ${pattern} among ${fixes.map((f) => f.title).join(' | ')}`);
  return fix;
};

describe('quick fixes', () => {
  it('inserts a missing section at its template position, with the template text', async () => {
    const doc = '# 1. One\n\nDate: 2025-01-10\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n\n## Consequences\n\nSo.\n';
    const t = await fixesFor({ files: { 'docs/adr/0001-one.md': doc }, open: 'docs/adr/0001-one.md', rule: 'section.missing' });
    const fix = titled(t.fixes, /Insert the "Decision" section/);
    assert.equal(fix.preferred, true);
    const { left, texts } = await t.apply(fix);
    assert.deepEqual(left, []);
    assert.equal(texts['docs/adr/0001-one.md'], doc.replace('## Consequences', '## Decision\n\nDescribe our response to these forces: "We will …".\n\n## Consequences'));
    t.cleanup();
  });

  it('appends a missing last section, keeping CRLF line endings', async () => {
    const doc = '# 1. One\r\n\r\nDate: 2025-01-10\r\n\r\n## Status\r\n\r\nAccepted\r\n\r\n## Context\r\n\r\nWhy.\r\n\r\n## Decision\r\n\r\nWe will.';
    const t = await fixesFor({ files: { 'docs/adr/0001-one.md': doc }, open: 'docs/adr/0001-one.md', rule: 'section.missing' });
    const { left, texts } = await t.apply(titled(t.fixes, /Consequences/));
    assert.deepEqual(left, []);
    assert.equal(texts['docs/adr/0001-one.md'], `${doc}\r\n\r\n## Consequences\r\n\r\nDescribe the resulting context once the decision is applied: what becomes easier, what becomes harder, and the risks to mitigate.\r\n`);
    t.cleanup();
  });

  it('replaces a misspelled status with the suggestion, in the case it was written in', async () => {
    const section = await fixesFor({ files: { 'docs/adr/0001-one.md': nygard(1, 'One', 'Acepted') }, open: 'docs/adr/0001-one.md', rule: 'adr.status-value' });
    const fix = titled(section.fixes, /Change the status to `Accepted`/);
    assert.equal(fix.safe, true);
    const { left, texts } = await section.apply(fix);
    assert.deepEqual(left, []);
    assert.equal(texts['docs/adr/0001-one.md'], nygard(1, 'One', 'Accepted'));
    section.cleanup();
    const madr = '---\nstatus: acepted\n---\n\n# Two\n\n## Context and Problem Statement\n\nWhy.\n\n## Decision Outcome\n\nThis.\n';
    const fm = await fixesFor({ files: { 'docs/adr/0002-two.md': madr }, open: 'docs/adr/0002-two.md', rule: 'adr.status-value' });
    const applied = await fm.apply(titled(fm.fixes, /`accepted`/));
    assert.equal(applied.texts['docs/adr/0002-two.md'], madr.replace('acepted', 'accepted'));
    fm.cleanup();
  });

  it('writes "Supersedes" into the superseded ADR\'s successor, after its status', async () => {
    const files = {
      'docs/adr/0001-old.md': nygard(1, 'Old', 'Superseded by [ADR-0002](0002-new.md)'),
      'docs/adr/0002-new.md': nygard(2, 'New', 'Accepted'),
    };
    const t = await fixesFor({ files, open: 'docs/adr/0001-old.md', rule: 'adr.supersede-reciprocal' });
    const fix = titled(t.fixes, /Add "Supersedes ADR-0001" to ADR-0002/);
    assert.deepEqual(fix.change.files.map((f) => path.basename(f.path)), ['0002-new.md'], 'edits the other ADR only');
    const { left, texts } = await t.apply(fix);
    assert.deepEqual(left, []);
    assert.equal(texts['docs/adr/0002-new.md'], nygard(2, 'New', 'Accepted\n\nSupersedes [ADR-0001](0001-old.md)'));
    assert.equal(texts['docs/adr/0001-old.md'], files['docs/adr/0001-old.md']);
    t.cleanup();
  });

  it('makes the superseded ADR say "Superseded by", in a section or in front matter', async () => {
    const madr = '---\nstatus: accepted\n---\n\n# Old\n\n## Context and Problem Statement\n\nWhy.\n\n## Decision Outcome\n\nThis.\n';
    const files = {
      'docs/adr/0001-old.md': nygard(1, 'Old', 'Accepted'),
      'docs/adr/0002-older.md': madr,
      'docs/adr/0003-new.md': nygard(3, 'New', 'Accepted\n\nSupersedes [ADR-0001](0001-old.md)\n\nSupersedes ADR-2'),
    };
    const t = await fixesFor({ files, open: 'docs/adr/0003-new.md', rule: 'adr.supersede-reciprocal' });
    assert.equal(t.fixes.filter((f) => f.title.startsWith('Add')).length, 1, 'the fixes of the finding under the cursor');
    const first = await t.apply(titled(t.fixes, /Add "Superseded by ADR-0003" to ADR-0001/));
    assert.equal(first.texts['docs/adr/0001-old.md'], nygard(1, 'Old', 'Superseded by [ADR-0003](0003-new.md)'));
    assert.deepEqual(first.left.map((f) => f.message), ['ADR-0002 does not say "Superseded by" this ADR; write the relation on both sides']);
    t.cleanup();
    const second = await fixesFor({ files, open: 'docs/adr/0003-new.md', rule: 'adr.supersede-reciprocal' });
    const other = second.checker.findings(second.file).filter((f) => f.rule === 'adr.supersede-reciprocal')[1];
    const fixes = await codeActions(second.ctx, [other], other.range, ['quickfix']);
    const { texts, left } = await second.apply(titled(fixes, /to ADR-0002/));
    assert.deepEqual(left.map((f) => f.range), [second.finding.range], 'only the finding about ADR-0001 is left');
    assert.equal(texts['docs/adr/0002-older.md'], madr.replace('status: accepted', 'status: superseded by ADR-0003'));
    second.cleanup();
  });

  it('aligns the title number with the file name', async () => {
    const t = await fixesFor({ files: { 'docs/adr/0003-three.md': nygard(4, 'Three', 'Accepted') }, open: 'docs/adr/0003-three.md', rule: 'adr.number-mismatch' });
    const { left, texts } = await t.apply(titled(t.fixes, /Change the title's number to 3/));
    assert.deepEqual(left, []);
    assert.equal(texts['docs/adr/0003-three.md'], nygard(4, 'Three', 'Accepted').replace('# 4.', '# 3.'));
    t.cleanup();
  });

  it('renames the file after the title and updates the links to it', async () => {
    const files = {
      'docs/adr/0003-three.md': nygard(4, 'Three', 'Accepted'),
      'docs/adr/0001-one.md': nygard(1, 'One', 'Accepted', 'We will see [the queue ADR](0003-three.md#decision) and ADR-4.'),
    };
    const t = await fixesFor({ files, open: 'docs/adr/0003-three.md', rule: 'adr.number-mismatch' });
    const fix = titled(t.fixes, /Rename the file to 0004-three\.md/);
    const { left, texts } = await t.apply(fix);
    assert.deepEqual(left, []);
    assert.equal(texts['docs/adr/0004-three.md'], files['docs/adr/0003-three.md']);
    assert.equal(texts['docs/adr/0001-one.md'], files['docs/adr/0001-one.md'].replace('0003-three.md#decision', '0004-three.md#decision'));
    assert.equal('docs/adr/0003-three.md' in texts, false);
    t.cleanup();
  });

  it('offers no rename onto a file that exists', async () => {
    const files = { 'docs/adr/0003-three.md': nygard(4, 'Three', 'Accepted'), 'docs/adr/0004-four.md': nygard(4, 'Four', 'Accepted') };
    const taken = { ...files, 'docs/adr/0004-three.md': '# Notes\n' };
    const t = await fixesFor({ files: taken, open: 'docs/adr/0003-three.md', rule: 'adr.number-mismatch' });
    assert.equal(t.fixes.some((f) => f.change.renames.length > 0), false);
    t.cleanup();
  });

  it('disables a rule for the line or for the file (after the front matter), and the engine honours it', async () => {
    const doc = '---\nkind: adr\n---\n\n# 1. One\n\nDate: 2025-01-10\n\n## Status\n\n> Acepted\n\n## Context\n\nWhy.\n\n## Decision\n\nThis.\n\n## Consequences\n\nSo.\n';
    for (const [scope, expected] of [
      ['line', doc.replace('> Acepted', '<!-- process-docs-disable-next-line adr.status-value -->\n> Acepted')],
      ['file', doc.replace('---\n\n# 1.', '---\n<!-- process-docs-disable-file adr.status-value -->\n\n# 1.')],
    ]) {
      const t = await fixesFor({ files: { 'docs/adr/0001-one.md': doc }, open: 'docs/adr/0001-one.md', rule: 'adr.status-value' });
      const { left, texts } = await t.apply(titled(t.fixes, new RegExp(`Disable adr\\.status-value for this ${scope}`)));
      assert.deepEqual(left, []);
      assert.equal(texts['docs/adr/0001-one.md'], expected);
      const after = await checkFolder(path.dirname(path.dirname(path.dirname(t.file))));
      const model = openIn(after, t.file, expected).doc;
      assert.equal(model.status?.word, 'Acepted', 'the status is still read');
      t.cleanup();
    }
  });

  it('source.fixAll applies every safe fix of the document at once, and nothing else', async () => {
    const doc = nygard(1, 'One', 'acepted').replace('## Consequences\n\nIt is done.\n', '');
    const t = await fixesFor({ files: { 'docs/adr/0001-one.md': doc }, open: 'docs/adr/0001-one.md', rule: 'adr.status-value' });
    const all = await fixAll(t.ctx, t.checker.findings(t.file));
    assert.ok(all);
    assert.equal(all.kind, 'source.fixAll');
    assert.equal(applyEdits(doc, all.change.files[0].edits), doc.replace('acepted', 'accepted'), 'the missing section needs an author, not a fix-all');
    t.cleanup();
  });
});

describe('ADR style conversion', () => {
  const plain = nygard(12, 'Use a queue', 'Accepted\n\nSupersedes [ADR-0002](0002-x.md)');

  it('turns a Nygard ADR into MADR and back to the very same text', async () => {
    const ws = tempWorkspace({ 'docs/adr/0012-use-a-queue.md': plain });
    const checker = await checkFolder(ws.root);
    const file = path.join(ws.root, 'docs/adr/0012-use-a-queue.md');
    const madr = applyEdits(plain, toMadr(openIn(checker, file, plain).doc));
    assert.equal(
      madr,
      '---\nstatus: "Accepted; Supersedes [ADR-0002](0002-x.md)"\ndate: 2025-01-22\n---\n\n# Use a queue\n\n## Context and Problem Statement\n\nWe need it.\n\n## Decision Outcome\n\nWe will do it.\n\n### Consequences\n\nIt is done.\n',
    );
    const model = openIn(checker, file, madr).doc;
    assert.equal(model.variant?.id, 'madr');
    assert.equal(model.status?.value, 'Accepted');
    assert.deepEqual(model.relations.map((r) => [r.type, r.targets.map((t) => t.number)]), [['supersedes', [2]]]);
    assert.deepEqual(toMadr(model), [], 'nothing left to convert');
    assert.equal(applyEdits(madr, toNygard(model)), plain);
    ws.cleanup();
  });

  it('turns a MADR ADR into Nygard without losing a line', async () => {
    const madr = readFileSync(path.join(__dirname, '..', '..', 'examples', 'docs', 'adr', '0003-publish-order-events.md'), 'utf8');
    const ws = tempWorkspace({ 'docs/adr/0003-publish-order-events.md': madr });
    const checker = await checkFolder(ws.root);
    const file = path.join(ws.root, 'docs/adr/0003-publish-order-events.md');
    const ctx = { ...openIn(checker, file, madr), readText: async () => null };
    const title = ctx.doc.title!.range;
    const actions = await codeActions(ctx, [], { start: title.start, end: title.start }, ['refactor']);
    assert.deepEqual(actions.map((a) => a.title), ['Convert to Nygard style (numbered title, Date line, Status section)']);
    const nygardText = applyEdits(madr, actions[0].change.files[0].edits);
    assert.equal(
      nygardText,
      madr
        .replace('status: acepted\ndate: 2025-02-03\n', '')
        .replace('# Publish', '# 3. Publish')
        .replace('## Context and Problem Statement', 'Date: 2025-02-03\n\n## Status\n\nacepted\n\n## Context')
        .replace('## Decision Outcome', '## Decision')
        .replace('### Consequences', '## Consequences'),
    );
    ws.cleanup();
  });
});
