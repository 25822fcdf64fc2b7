// Messages between the decision index webview and the extension. The webview is
// untrusted: whatever it sends is checked before use, and it can only ask to
// open an ADR the index is showing.
import type { IndexEntry } from '../../../server/src/protocol';

/** Extension → webview. */
export interface IndexMessage {
  type: 'index';
  folders: { name: string; entries: IndexEntry[] }[];
}

/** Webview → extension. */
export type WebviewMessage = { type: 'ready' } | { type: 'open'; uri: string };

/**
 * The message, if it is one the webview may send: `ready`, or `open` naming a
 * URI among `shown` (the ADRs it was given). Anything else is null.
 */
export function validateMessage(raw: unknown, shown: ReadonlySet<string>): WebviewMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const msg = raw as Record<string, unknown>;
  if (msg.type === 'ready' && Object.keys(msg).length === 1) return { type: 'ready' };
  if (msg.type === 'open' && typeof msg.uri === 'string' && Object.keys(msg).length === 2 && shown.has(msg.uri)) return { type: 'open', uri: msg.uri };
  return null;
}
