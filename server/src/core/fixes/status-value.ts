// Replaces a misspelled status with the one the rule suggests, in the case it was written in.
import { change } from '../edits';
import { didYouMean } from '../text';
import type { Fixer } from './types';

export const replaceStatus: Fixer = (finding, { doc }) => {
  const status = doc.status;
  const statuses = doc.kindDef?.statuses;
  if (!status || !statuses || status.range.start !== finding.range.start) return [];
  const guess = didYouMean(status.word, statuses);
  if (!guess) return [];
  const value = status.word === status.word.toLowerCase() ? guess.toLowerCase() : guess;
  const edits = [{ range: status.range, newText: value }];
  return [{ title: `Change the status to \`${value}\``, kind: 'quickfix', finding, preferred: true, safe: true, change: change([{ path: doc.path, text: doc.text, edits }]) }];
};
