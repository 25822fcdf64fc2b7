import { actionItems, type ActionItem } from '../extract/actions';
import { sectionFor } from '../extract/sections';
import { listOf } from '../text';
import type { Rule } from './types';

export const postmortemActionItemFormat: Rule = {
  scope: 'document',
  id: 'postmortem.action-item-format',
  kinds: ['postmortem'],
  severity: 'warning',
  lenientInDraft: true,
  description: 'Every action item is a task with an owner and a due date — `- [ ] Task (Owner, YYYY-MM-DD)` — or links the issue that tracks it.',
  check({ doc, variant, report }) {
    const section = sectionFor(doc, variant, 'action items');
    if (!section) return;
    const findings = actionItems(doc.text, section.body).map((item) => ({ item, missing: missingParts(item) }));
    const wanting = findings.filter((f) => f.missing.length > 0);
    if (wanting.length === 0) return;
    // A list written wholly another way gets one finding, not one per bullet.
    if (wanting.length === findings.length && findings.length > 2) {
      report(section.heading, `None of the ${findings.length} action items is a task with an owner and a due date: \`- [ ] Task (Owner, YYYY-MM-DD)\`, or a link to the issue that tracks it`);
      return;
    }
    for (const { item, missing } of wanting) report(item.line, `Action item needs ${listOf(missing, 'and')}: \`- [ ] Task (Owner, YYYY-MM-DD)\``);
  },
};

/** What an item lacks; an item linked to the issue that tracks it lacks nothing. */
function missingParts(item: ActionItem): string[] {
  if (item.tracked) return [];
  const missing = item.done === null ? ['a checkbox (`- [ ]`)'] : [];
  if (!item.owner) missing.push('an owner');
  if (!item.due) missing.push('a due date');
  return missing;
}
