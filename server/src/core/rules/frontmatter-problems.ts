import type { FrontMatterProblem } from '../frontmatter';
import type { Rule } from './types';

function frontMatterRule(id: FrontMatterProblem['rule'], description: string): Rule {
  return {
    id,
    scope: 'document',
    kinds: '*',
    severity: 'error',
    description,
    check({ doc, report }) {
      const problem = doc.frontMatter?.problem;
      if (problem?.rule === id) report(problem.range, problem.message);
    },
  };
}

export const invalidYaml = frontMatterRule(
  'frontmatter.invalid-yaml',
  'Front matter is a closed, valid YAML mapping: no tags, no alias bombs, under 64 KB.',
);

export const unsupportedLanguage = frontMatterRule(
  'frontmatter.unsupported-language',
  'Front matter is YAML; `---js`, `---coffee` and other engines are never evaluated.',
);
