// The parse tree of a systemd unit file (or drop-in): sections holding key=value entries, as systemd reads them.
import type { Range } from 'vscode-languageserver-types';
import type { UnitType } from '../../detect';

/** Where one physical line's share of a (possibly continued) value sits in the document. */
export interface ValuePiece {
  /** Offset of this piece inside `SdEntry.value`. */
  readonly valueOffset: number;
  readonly line: number;
  /** Column of the piece's first character on `line`. */
  readonly character: number;
  readonly length: number;
}

export interface SdEntry {
  readonly key: string;
  readonly keyRange: Range;
  /** The value as systemd sees it: continuations joined (the backslash becomes a space), ends trimmed. */
  readonly value: string;
  /** From the first to the last character of the value (may span lines); empty range after `=` when empty. */
  readonly valueRange: Range;
  /** From the key to the end of the last continued line. */
  readonly range: Range;
  readonly pieces: readonly ValuePiece[];
  /** The section the entry is in; null when it comes before any section header. */
  readonly section: SdSection | null;
}

export interface SdSection {
  readonly name: string;
  readonly nameRange: Range;
  /** The `[Name]` header line. */
  readonly headerRange: Range;
  /** From the header to the last non-blank line of the section. */
  range: Range;
  readonly entries: SdEntry[];
}

export type SdErrorKind = 'bad-section-header' | 'missing-equals' | 'outside-section' | 'include' | 'empty-key' | 'unterminated-continuation';

export interface SdParseError {
  readonly kind: SdErrorKind;
  readonly message: string;
  readonly range: Range;
}

export interface SdComment {
  readonly line: number;
  readonly range: Range;
  /** True when the comment sits inside a continued value (systemd skips it there). */
  readonly inContinuation: boolean;
}

export interface SdTree {
  readonly sections: SdSection[];
  /** Every entry in document order, including those outside any section. */
  readonly entries: SdEntry[];
  readonly comments: SdComment[];
  readonly errors: SdParseError[];
  /** The unit type from the file name; undefined for names that say nothing. */
  readonly unitType: UnitType | undefined;
  readonly dropIn: boolean;
  readonly uri: string;
  /** Number of lines in the text. */
  readonly lineCount: number;
}
