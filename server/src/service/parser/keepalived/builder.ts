// The keepalived tree under construction: statements, blocks and the flat stream, as the parser feeds
// it words and braces line by line.
import type { DefEnv } from './substitute';
import type { KBlock, KDefinition, KParseError, KStatement, KStreamItem, KVarUse, KWord } from './types';

export class TreeBuilder {
  readonly root: KStatement[] = [];
  readonly stream: KStreamItem[] = [];
  readonly errors: KParseError[] = [];
  readonly definitions: KDefinition[] = [];
  readonly variableUses: KVarUse[] = [];
  readonly includes: KStatement[] = [];
  readonly inactive: number[] = [];
  readonly closed: KBlock[] = [];
  private readonly stack: KBlock[] = [];
  /** The statement a following `{` would open (reset by any brace). */
  private pending: KStatement | null = null;
  /** A `$NAME=value \` definition still taking continuation lines. */
  defCont: { def: KDefinition; parts: string[] } | null = null;
  /** The definitions in effect at the line being read (substitution uses them). */
  readonly env: DefEnv;

  /**
   * `idBase`: the stream id of this builder's first item (a reparse of the middle of a file starts there);
   * `env`: the definitions in effect where it starts.
   */
  constructor(private readonly idBase = 0, env?: DefEnv) {
    this.env = env ?? new Map();
  }

  /** Record a definition; from now on its name is replaced by its value. */
  define(def: KDefinition): void {
    this.definitions.push(def);
    this.env.set(def.name, def);
  }

  /** The multi-line definition being read is complete. */
  endDefinition(): void {
    const c = this.defCont;
    if (!c) return;
    this.defCont = null;
    const value = c.parts.join('\n');
    this.define({ ...c.def, value, multiline: value.length > 0 });
  }

  /** At top level with nothing pending: the next line starts the file afresh (a reparse checkpoint). */
  get clean(): boolean {
    return this.stack.length === 0 && this.pending === null && this.defCont === null;
  }

  private get container(): KStatement[] {
    return this.stack.length ? this.stack[this.stack.length - 1].children : this.root;
  }

  statement(words: KWord[], cond?: KWord, seq?: KWord): void {
    const depth = this.stack.length;
    const parent = depth ? this.stack[depth - 1] : null;
    // the same fields in the same order (one hidden class for the hot paths); the rare @name / ~SEQ
    // prefixes make a second one, which spares the 48k-line file two empty fields per statement
    const id = this.idBase + this.stream.length;
    const stmt: KStatement = cond || seq
      ? { kind: 'stmt', words, line: words[0].line, parent, id, block: undefined, cond, seq }
      : { kind: 'stmt', words, line: words[0].line, parent, id, block: undefined };
    (parent ? parent.children : this.root).push(stmt);
    this.stream.push(stmt);
    if (words[0].text === 'include') this.includes.push(stmt);
    this.pending = stmt;
  }

  open(t: KWord): void {
    let owner = this.pending;
    if (!owner) {
      // a `{` with nothing before it: keep the structure with an empty owner statement
      owner = { kind: 'stmt', words: [], line: t.line, parent: this.stack[this.stack.length - 1] ?? null, id: -1, block: undefined };
      this.container.push(owner);
    }
    const block: KBlock = { owner, openLine: t.line, openChar: t.start, closeLine: undefined, closeChar: undefined, children: [] };
    owner.block = block;
    this.stack.push(block);
    this.stream.push({ kind: 'open', line: t.line, char: t.start, block });
    this.pending = null;
  }

  close(t: KWord): void {
    const block = this.stack.pop();
    this.pending = null;
    if (!block) {
      this.stream.push({ kind: 'close', line: t.line, char: t.start, block: undefined });
      this.errors.push({ kind: 'extra-brace', line: t.line, start: t.start, end: t.end, message: "This '}' closes no block." });
      return;
    }
    block.closeLine = t.line;
    block.closeChar = t.start;
    // a closed block takes no more children: keep an exactly sized copy (a pushed-to array keeps spare
    // slots, about 2 MB over the 14k blocks of a 48k-line file)
    (block as { children: KStatement[] }).children = block.children.slice();
    this.closed.push(block);
    this.stream.push({ kind: 'close', line: t.line, char: t.start, block });
  }

  finish(): KBlock[] {
    return this.stack.splice(0);
  }
}
