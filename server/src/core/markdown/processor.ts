// The one remark processor: CommonMark, YAML front matter, and the two GFM
// constructs process documents use — tables (timelines) and task lists (action
// items). remark-gfm's other constructs (autolink literals, footnotes,
// strikethrough) change nothing a rule reads and cost half the parse time.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root } from 'mdast';

function remarkTablesAndTasks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

export const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkTablesAndTasks).freeze();

export function parseWhole(text: string): Root {
  return processor.parse(text);
}
