// Keywords and common values repeat thousands of times in a large config: a small direct-mapped table of
// word strings (keyed by a hash the lexer computes while scanning) hands back the same string instead of a
// new slice, so a parse tree holds far fewer strings and the GC copies less. Bounded: one slot per bucket.

/** The hash step the lexers apply per character code: `hash = nextHash(hash, c)`. */
export const nextHash = (hash: number, c: number): number => (Math.imul(hash, 31) + c) | 0;

export class StringTable {
  private readonly slots: string[];

  constructor(
    private readonly size = 4096,
    /** Longer words are sliced as they are: they rarely repeat. */
    private readonly maxLength = 40,
  ) {
    this.slots = new Array<string>(size).fill('');
  }

  /** `s.slice(start, end)`, or an equal string handed out before; `hash` from nextHash over its codes. */
  text(s: string, start: number, end: number, hash: number): string {
    const len = end - start;
    if (len > this.maxLength) return s.slice(start, end);
    const slot = (hash ^ len) & (this.size - 1);
    const known = this.slots[slot];
    if (known.length === len && s.startsWith(known, start)) return known;
    const text = s.slice(start, end);
    this.slots[slot] = text;
    return text;
  }
}
