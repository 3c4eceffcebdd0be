// The haproxy.cfg tree: sections of directive lines, each a list of words with exact columns.
import type { Range } from 'vscode-languageserver-types';

/** One word of a line after quote/escape processing; `start`/`end` are columns of its raw text. */
export interface Word {
  /** The value haproxy sees (quotes removed, escapes applied; environment variables left as written). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Holds a quoted part (absent on plain words: most words are plain, and the tree holds ~5 per line). */
  readonly quoted?: boolean;
  /** Holds an unquoted or double-quoted `$VAR` / `${VAR}` reference, so its final value is unknown (absent on plain words). */
  readonly env?: boolean;
}

/** A configuration line with at least one word. */
export interface Directive {
  /** Position among all lines with words of the document (0, 1, 2, …): an index for per-line caches. */
  readonly id: number;
  readonly line: number;
  readonly words: readonly Word[];
  /** Lower-cased first word. */
  readonly keyword: string;
  /** Column of a trailing `#` comment, if any. */
  readonly commentAt?: number;
  /** Depth of `.if` blocks around the line (0 outside any). */
  readonly condDepth: number;
}

export const SECTION_KINDS = [
  'global', 'defaults', 'frontend', 'backend', 'listen', 'resolvers', 'peers', 'userlist', 'mailers', 'program',
  'http-errors', 'ring', 'log-forward', 'cache', 'fcgi-app', 'crt-store', 'acme', 'traces', 'healthcheck', 'log-profile',
  'namespace_list',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];
export const PROXY_KINDS: readonly SectionKind[] = ['defaults', 'frontend', 'backend', 'listen'];

export interface Section {
  readonly kind: SectionKind;
  /** The header line (`backend app`). */
  readonly header: Directive;
  /** The section's name word, when it has one. */
  readonly name?: Word;
  /** Body lines, headers excluded, in order. */
  readonly directives: Directive[];
  /** Last line that belongs to the section (its last non-blank line). */
  endLine: number;
}

/** A `.if`/`.elif`/`.else`/`.endif`/`.diag`/`.notice`/`.warning`/`.alert` line. */
export interface Conditional {
  readonly line: number;
  readonly words: readonly Word[];
  readonly kind: string;
}

export interface ParseError {
  readonly range: Range;
  readonly code: 'haproxy-syntax';
  readonly message: string;
}

export interface HaproxyTree {
  readonly sections: Section[];
  /** Lines before the first section header. */
  readonly orphans: Directive[];
  readonly conditionals: Conditional[];
  /** Pairs of [startLine, endLine] of `.if` … `.endif` blocks. */
  readonly condBlocks: Array<[number, number]>;
  readonly errors: ParseError[];
  readonly lineCount: number;
  /** Number of directives (headers included): ids run from 0 to directiveCount - 1. */
  readonly directiveCount: number;
}
