import { actionItems } from '../extract/actions';
import { sectionFor } from '../extract/sections';
import { isoDay } from '../text';
import type { Rule } from './types';

export const postmortemActionItemOverdue: Rule = {
  scope: 'document',
  id: 'postmortem.action-item-overdue',
  kinds: ['postmortem'],
  severity: 'warning',
  description: 'No open action item is past its due date.',
  check({ doc, variant, project, report }) {
    const section = sectionFor(doc, variant, 'action items');
    if (!section) return;
    const today = isoDay(project.today)!;
    for (const item of actionItems(doc.text, section.body)) {
      const due = item.due ? isoDay(item.due) : null;
      if (item.done === false && due !== null && due < today) report(item.dueRange!, `Open action item was due ${item.due} (${today - due} days ago)${item.owner ? `; ask ${item.owner}` : ''}`);
    }
  },
};
