// Asking the writer what a plan needs: the server's questions (dates, choices
// with their meanings, text) and a folder when none is configured or found.
import { Uri, window, type QuickPickItem } from 'vscode';
import type { Question } from '../../../server/src/protocol';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function askTitle(label: string): Promise<string | undefined> {
  const title = await window.showInputBox({ title: `New ${label}`, prompt: 'Title', ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : 'A title is needed') });
  return title?.trim() || undefined;
}

export async function ask(q: Question, title: string): Promise<string | undefined> {
  if (q.choices) {
    const items: (QuickPickItem & { value: string })[] = q.choices.map((c) => ({ label: c.value, description: c.meaning, value: c.value }));
    return (await window.showQuickPick(items, { title, placeHolder: q.prompt, ignoreFocusOut: true }))?.value;
  }
  if (q.type === 'date') {
    const today = new Date().toISOString().slice(0, 10);
    return window.showInputBox({ title, prompt: q.prompt, value: today, ignoreFocusOut: true, validateInput: (v) => (ISO_DATE.test(v.trim()) && !Number.isNaN(Date.parse(v)) ? undefined : 'Write the date as YYYY-MM-DD') });
  }
  return window.showInputBox({ title, prompt: q.prompt, ignoreFocusOut: true });
}

/** One of the suggested folders (relative to `root`), or one the writer picks. */
export async function askFolder(root: string, suggestions: string[], title: string): Promise<Uri | undefined> {
  const other = 'Choose another folder…';
  const picked = await window.showQuickPick([...suggestions, other], { title, placeHolder: 'No folder is configured for this kind of document yet: where should it go?', ignoreFocusOut: true });
  if (!picked) return undefined;
  if (picked !== other) return Uri.joinPath(Uri.parse(root), picked);
  const chosen = await window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, defaultUri: Uri.parse(root), openLabel: 'Create here' });
  return chosen?.[0];
}
