// Small text helpers shared by rules: suggestions, ISO dates, HTML comments.

/**
 * `s` without its HTML comments (`mask`: each replaced by as many spaces, so
 * offsets hold). Linear, where `/<!--[\s\S]*?-->/g` rescans the rest of the text
 * from every unclosed `<!--`: once one has no `-->` after it, none after it has.
 */
/** `s` without trailing spaces and tabs; a `/[ \t]+$/` regex rescans a long gap from each of its positions. */
export function trimEndBlanks(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** An ATX heading's text without its closing sequence (`## Title ##`) and the spaces before it. */
export function withoutClosingHashes(s: string): string {
  const t = trimEndBlanks(s);
  let hashes = t.length;
  while (hashes > 0 && t.charCodeAt(hashes - 1) === 35) hashes--;
  const closing = hashes < t.length && (hashes === 0 || t[hashes - 1] === ' ' || t[hashes - 1] === '\t');
  return closing ? trimEndBlanks(t.slice(0, hashes)) : t;
}

export function stripComments(s: string, mask = false): string {
  let out = '';
  let from = 0;
  for (let open = s.indexOf('<!--'); open !== -1; open = s.indexOf('<!--', from)) {
    const close = s.indexOf('-->', open + 4);
    if (close === -1) break;
    out += s.slice(from, open) + (mask ? ' '.repeat(close + 3 - open) : '');
    from = close + 3;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** The closest candidate within a small edit distance, for "did you mean". */
export function didYouMean(word: string, candidates: string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(w.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 4) return Math.abs(a.length - b.length);
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** Days since the epoch of a valid `YYYY-MM-DD`, or null. */
export function isoDay(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / 86_400_000;
}

/** The ISO date `days` after a valid `YYYY-MM-DD`, or null. */
export function addDays(iso: string, days: number): string | null {
  const day = isoDay(iso);
  return day === null ? null : new Date((day + days) * 86_400_000).toISOString().slice(0, 10);
}

/** `a, b or c` */
export function listOf(values: string[], last = 'or'): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} ${last} ${values[values.length - 1]}`;
}
