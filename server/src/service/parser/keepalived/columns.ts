// Where the characters of a substituted line come from: a few segments, each either text as written (its
// columns on the line) or the value put in for a `$NAME` (all of it maps to the columns of that use).
// Cheaper than a column per character on files where thousands of lines use definitions.

interface Segment {
  /** Start in the substituted text. */
  readonly at: number;
  readonly len: number;
  /** Column on the line as written where the segment starts (as written) or of the use it replaced. */
  readonly from: number;
  /** Column after the segment (as written) or after the use it replaced. */
  readonly to: number;
  readonly written: boolean;
}

export class Columns {
  private constructor(private readonly segs: readonly Segment[]) {}

  /** Text as written from column 0. */
  static identity(len: number): Columns {
    return new Columns([{ at: 0, len, from: 0, to: len, written: true }]);
  }

  /** Text that all comes from the use at columns [from, to) (a line of a multi-line value). */
  static of(len: number, from: number, to: number): Columns {
    return new Columns([{ at: 0, len, from, to, written: false }]);
  }

  private seg(i: number): Segment {
    const segs = this.segs;
    for (let k = 0; k < segs.length; k++) if (i < segs[k].at + segs[k].len) return segs[k];
    return segs[segs.length - 1];
  }

  /** Column where character `i` starts on the line as written. */
  start(i: number): number {
    const s = this.seg(i);
    return s.written ? s.from + (i - s.at) : s.from;
  }

  /** Column after character `i` on the line as written. */
  end(i: number): number {
    const s = this.seg(i);
    return s.written ? s.from + (i - s.at) + 1 : s.to;
  }

  written(i: number): boolean {
    return this.seg(i).written;
  }

  /** Every character of [a, b) is text as written. */
  allWritten(a: number, b: number): boolean {
    for (const s of this.segs) if (!s.written && s.at < b && s.at + s.len > a) return false;
    return true;
  }

  /** The characters [pos, pos + len) were replaced by `vlen` characters of a value. */
  replace(pos: number, len: number, vlen: number): Columns {
    const from = this.start(pos);
    const to = this.end(pos + len - 1);
    const out: Segment[] = [];
    for (const s of this.segs) {
      if (s.at >= pos) break;
      const l = Math.min(s.at + s.len, pos) - s.at;
      out.push(s.written ? { at: s.at, len: l, from: s.from, to: s.from + l, written: true } : { ...s, len: l });
    }
    if (vlen > 0) out.push({ at: pos, len: vlen, from, to, written: false });
    for (const s of this.segs) {
      const sEnd = s.at + s.len;
      if (sEnd <= pos + len) continue;
      const cut = Math.max(s.at, pos + len);
      out.push({ at: cut - len + vlen, len: sEnd - cut, from: s.written ? s.from + (cut - s.at) : s.from, to: s.to, written: s.written });
    }
    return new Columns(out);
  }
}
