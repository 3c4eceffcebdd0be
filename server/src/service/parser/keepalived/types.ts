// The keepalived.conf parse tree. Braces always stand alone, as keepalived itself splits a line at each
// `{`/`}`: a statement is the words of one line between braces, and a `{` opens the block of the statement
// just before it (on the same line or an earlier one).

/** A word with its exact place (words never span lines). `text` is unquoted; `quoted` marks "…". */
export interface KWord {
  readonly text: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly quoted?: boolean;
  /** Made (in part) by substituting a `$NAME`: the range is that of the use, the text what keepalived reads. */
  readonly expanded?: true;
  /** Holds a defined `$NAME` that keepalived leaves as written (see KVarUse.blocked): checked as it is. */
  readonly literal?: true;
  /** Holds a `$NAME` this file does not define before it, with no include before it either: keepalived
   *  reads it as written unless another file that includes this one defines it. */
  readonly undef?: true;
}

export interface KStatement {
  readonly kind: 'stmt';
  readonly words: KWord[];
  readonly line: number;
  /** The `{ … }` that belongs to this statement, if any. */
  block?: KBlock;
  /** `@name` / `@^name` prefix: the line only counts on (or off) the host whose config id is `name`. */
  readonly cond?: KWord;
  /** `~SEQ(…)` / `~LST(…)` prefix: the line is repeated by keepalived. */
  readonly seq?: KWord;
  /** The block holding this statement; null at top level. */
  readonly parent: KBlock | null;
  /** Position in the stream (a dense index for per-statement tables); -1 for a `{` with no keyword. */
  readonly id: number;
}

export interface KBlock {
  readonly owner: KStatement | null;
  readonly openLine: number;
  readonly openChar: number;
  closeLine?: number;
  closeChar?: number;
  readonly children: KStatement[];
}

/** A lone brace in the stream. */
export interface KBrace {
  readonly kind: 'open' | 'close';
  readonly line: number;
  readonly char: number;
  readonly block?: KBlock;
}

/** The flat order keepalived reads: statements and lone braces. */
export type KStreamItem = KStatement | KBrace;

/** `$NAME=value` (value may continue over lines ending in `\`). */
export interface KDefinition {
  readonly name: string;
  /** Where the name is defined (line -1 for keepalived's built-in definitions). */
  readonly nameWord: KWord;
  /** The value as written (not yet substituted); the lines of a multi-line value are joined with '\n'. */
  readonly value: string;
  /** Written with trailing `\`: keepalived only replaces it where nothing follows the use on its line. */
  readonly multiline?: boolean;
  /** The `@name` of a conditional definition line. */
  readonly cond?: string;
}

/** A `$NAME` / `${NAME}` in the file (the range covers the `$`, the name and any braces). */
export interface KVarUse extends KWord {
  /** The definition keepalived replaces it with here; undefined when not replaced (see `blocked`). */
  readonly def?: KDefinition;
  /** Defined, but keepalived leaves it as written: the character after the name stops it ('follow'), or a
   *  multi-line definition is used with text after it ('multiline'). */
  readonly blocked?: 'follow' | 'multiline';
  /** Inside a definition's value: replaced later, where the defined name is used. */
  readonly inDefinition?: true;
}

export type KParseErrorKind = 'unclosed-brace' | 'extra-brace' | 'unterminated-quote' | 'bad-seq' | 'endless-expansion';

export interface KParseError {
  readonly kind: KParseErrorKind;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

export interface KTree {
  readonly root: KStatement[];
  readonly stream: KStreamItem[];
  readonly errors: KParseError[];
  readonly definitions: KDefinition[];
  /** `@name` lines with braces, left out of the structure (see the parser). */
  readonly inactiveLines: number[];
  /** `include` statements, at any depth. */
  readonly includes: KStatement[];
  /** Every `$NAME` use, for hover/definition, in file order. */
  readonly variableUses: KVarUse[];
  readonly lineCount: number;
}

/** The keyword of a statement (its first word), '' for none. */
export function keywordOf(s: KStatement): string {
  return s.words[0]?.text ?? '';
}
