// Offsets ↔ zero-based line/character (UTF-16 code units, as LSP counts them).

export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  private readonly starts: Uint32Array;

  constructor(text: string) {
    const starts = [0];
    // A lone CR ends a line too (rare: only then is the slow path taken).
    if (text.includes('\r') && /\r(?!\n)/.test(text)) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
    } else {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    this.starts = Uint32Array.from(starts);
    this.length = text.length;
  }

  readonly length: number;

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.length;
    const start = this.starts[Math.max(0, position.line)];
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.length;
    return Math.min(start + Math.max(0, position.character), next);
  }
}
