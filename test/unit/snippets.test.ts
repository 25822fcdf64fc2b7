import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { describeDocument } from '../../server/src/core/model';
import { RULES } from '../../server/src/core/rules';
import { fillTemplate, templateVariables } from '../../server/src/core/template';
import { builtinProject, generateSnippets, SNIPPETS_FILE, snippetsJson } from '../../scripts/snippets';

const SAMPLE: Record<string, string> = { CURRENT_YEAR: '2025', CURRENT_MONTH: '06', CURRENT_DATE: '01', CURRENT_HOUR: '09', CURRENT_MINUTE: '30' };

/** A snippet body as VS Code inserts it before any typing: defaults, first choices, variables resolved. */
function expand(body: string): string {
  let out = '';
  let i = 0;
  const readUntil = (close: string): string => {
    let depth = 0;
    const start = i;
    for (; i < body.length; i++) {
      if (body[i] === '\\') i++;
      else if (body.startsWith('${', i)) depth++;
      else if (body[i] === close && depth === 0) return body.slice(start, i++);
      else if (body[i] === '}' && depth > 0) depth--;
    }
    throw new Error(`unclosed snippet element in ${JSON.stringify(body)}`);
  };
  while (i < body.length) {
    if (body[i] === '\\') {
      out += body[i + 1];
      i += 2;
    } else if (body.startsWith('${', i)) {
      const m = /^\$\{(\d+)([:|])/.exec(body.slice(i));
      if (!m) throw new Error(`bad snippet element at ${body.slice(i, i + 20)}`);
      i += m[0].length;
      if (m[2] === ':') out += expand(readUntil('}'));
      else {
        const choices = readUntil('|');
        assert.equal(body[i++], '}', 'a choice ends with |}');
        out += choices.split(/(?<!\\),/)[0].replace(/\\(.)/g, '$1');
      }
    } else if (body[i] === '$') {
      const m = /^\$([A-Z_]+|\d+)/.exec(body.slice(i))!;
      out += SAMPLE[m[1]] ?? '';
      i += m[0].length;
    } else out += body[i++];
  }
  return out;
}

describe('snippets', () => {
  const snippets = generateSnippets();
  const project = builtinProject();

  it('snippets/markdown.json is generated from the templates and the rule registry (run `npm run docs`)', () => {
    assert.equal(readFileSync(SNIPPETS_FILE, 'utf8'), snippetsJson());
  });

  it('every template has a skeleton snippet with the same sections in the same order and the same front matter', () => {
    let checked = 0;
    for (const kind of project.kinds.values()) {
      for (const variant of kind.variants) {
        const snippet = Object.values(snippets).find((s) => s.description.endsWith(`from the template ${variant.template}`));
        assert.ok(snippet, `a snippet for ${variant.template}`);
        const path = `/${kind.def.folders[0] ?? kind.def.id}/0001-x.md`;
        const fromSnippet = describeDocument(path, expand(snippet.body.join('\n')), project);
        const values = Object.fromEntries(templateVariables(variant.templateText).map((v) => [v, 'x']));
        const fromTemplate = describeDocument(path, fillTemplate(variant.templateText, values), project);
        assert.deepEqual(fromSnippet.sections.map((s) => s.key), fromTemplate.sections.map((s) => s.key), variant.template);
        assert.deepEqual([...(fromSnippet.frontMatter?.fields.keys() ?? [])], [...(fromTemplate.frontMatter?.fields.keys() ?? [])], variant.template);
        assert.equal(fromSnippet.frontMatter?.problem, undefined, `${variant.template}: the snippet's front matter is valid`);
        assert.equal(fromSnippet.kind, kind.def.id);
        if (kind.statuses.length && fromTemplate.status) assert.equal(fromSnippet.status?.value?.toLowerCase(), kind.statuses[0].toLowerCase(), `${variant.template}: status is a choice of the kind's statuses`);
        assert.match(snippet.body.join('\n'), /\$\{1[:|]/, 'it has tab stops');
        checked++;
      }
    }
    assert.ok(checked >= 2);
  });

  it('has the repeated parts, in the shapes the templates and rules use', () => {
    assert.equal(expand(snippets['Timeline entry'].body.join('\n')), '- 09:30 - What happened');
    assert.equal(expand(snippets['Action item'].body.join('\n')), '- [ ] Task (Owner, 2025-06-01)');
    assert.equal(snippets['Architecture Decision Record status'].body[0], `\${1|${project.kinds.get('adr')!.statuses.join(',')}|}`);
    assert.equal(expand(snippets['ADR superseded by'].body[0]), 'Superseded by [ADR-NNNN](NNNN-slug.md)');
    for (const [name, prefix] of [['Disable a rule', 'process-docs-disable'], ['Enable a rule', 'process-docs-enable'], ['Disable a rule in this file', 'process-docs-disable-file'], ['Disable a rule on the next line', 'process-docs-disable-next-line']]) {
      assert.equal(snippets[name].prefix, prefix);
      assert.equal(expand(snippets[name].body[0]), `<!-- ${prefix} ${RULES[0].id} -->`);
      assert.ok(RULES.every((r) => snippets[name].body[0].includes(r.id)), 'every rule id is a choice');
    }
  });

  it('has unique prefixes, and every body is well-formed snippet syntax', () => {
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    for (const s of Object.values(snippets)) assert.doesNotThrow(() => expand(s.body.join('\n')), s.prefix);
  });
});
