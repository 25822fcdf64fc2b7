// Action items: `- [ ] Task (Owner, YYYY-MM-DD)`, and what real documents write
// instead — plain bullets, bullets linked to an issue tracker.
import type { Range } from '../types';
import { proseLines } from './lines';

export interface ActionItem {
  line: Range;
  /** Where the item's text starts (after the bullet and checkbox). */
  textStart: number;
  /** null when the item is not a task-list item. */
  done: boolean | null;
  owner: string | null;
  due: string | null;
  dueRange: Range | null;
  /** Linked to an issue (`#123`, an issue or ticket URL): its owner and date live there. */
  tracked: boolean;
  text: string;
}

const ITEM = /^(\s{0,1})([-*+]|\d{1,9}[.)])\s+(?:\[([ xX])\]\s+)?/;
// The owner starts and ends on a non-space: where it could take the spaces around
// it, a long gap of spaces is rescanned from each of its positions.
const OWNER_DUE = /\(\s*(@?[^(),\s](?:[^(),]*[^(),\s])?)\s*,\s*(?:due\s+)?(\d{4}-\d{2}-\d{2})\s*\)/i;
const TRACKED = /(?:^|\s|\()#\d+\b|\/(?:issues|pull|browse|tickets?|work_?items?)\/[\w-]+|\b[A-Z][A-Z0-9]+-\d+\b/;

/** The top-level list items of an action-items section's body. */
export function actionItems(text: string, body: Range): ActionItem[] {
  const out: ActionItem[] = [];
  for (const line of proseLines(text, body)) {
    const m = ITEM.exec(line.text);
    if (!m) continue;
    const rest = line.text.slice(m[0].length);
    const od = OWNER_DUE.exec(rest);
    const dueAt = od ? line.start + m[0].length + od.index + od[0].indexOf(od[2], od[0].indexOf(',')) : -1;
    out.push({
      line: { start: line.start, end: line.end },
      textStart: line.start + m[0].length,
      done: m[3] === undefined ? null : m[3] !== ' ',
      owner: od ? od[1] : null,
      due: od ? od[2] : null,
      dueRange: od ? { start: dueAt, end: dueAt + od[2].length } : null,
      tracked: TRACKED.test(rest),
      text: rest.trim(),
    });
  }
  return out;
}
