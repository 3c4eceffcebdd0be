// `.if`/`.elif`/`.else` blocks: which lines haproxy will read. Conditions haconf can decide (literals,
// version_atleast/version_before against the target version, streq/strneq of constants) are evaluated;
// the others (environment, build features) stay unknown.
import type { HaproxyTree } from '../../parser/haproxy/types';
import { HAPROXY_VERSIONS } from '../../schema/haproxy/versions';

export const enum LineState {
  Active = 0,
  /** Inside a block whose condition haconf cannot evaluate. */
  Unknown = 1,
  /** Inside a block haproxy skips. */
  Inactive = 2,
}

type Tri = boolean | undefined;

/** State of every line, indexed by line number. */
export function lineStates(tree: HaproxyTree, vi: number): Uint8Array {
  const states = new Uint8Array(tree.lineCount);
  if (!tree.conditionals.length) return states;
  /** taken: whether an earlier branch of the block is (or may be) the one haproxy reads. */
  const stack: Array<{ parent: LineState; taken: Tri; state: LineState }> = [];
  let current = LineState.Active;
  let next = 0;
  for (const c of tree.conditionals) {
    states.fill(current, next, c.line);
    next = c.line + 1;
    const expr = c.words.slice(1).map((w) => w.text).join(' ');
    if (c.kind === '.if') {
      const v = evaluate(expr, vi);
      stack.push({ parent: current, taken: v, state: branch(current, v, false) });
    } else if ((c.kind === '.elif' || c.kind === '.else') && stack.length) {
      const top = stack[stack.length - 1];
      const v: Tri = c.kind === '.else' ? true : evaluate(expr, vi);
      top.state = top.taken === true ? LineState.Inactive : branch(top.parent, v, top.taken === undefined);
      top.taken = top.taken === true || v === true ? true : top.taken === false && v === false ? false : undefined;
    } else if (c.kind === '.endif' && stack.length) {
      stack.pop();
    }
    current = stack.length ? stack[stack.length - 1].state : LineState.Active;
    states[c.line] = stack.length ? stack[stack.length - 1].parent : current;
  }
  states.fill(current, next);
  return states;
}

function branch(parent: LineState, v: Tri, earlierUnknown: boolean): LineState {
  if (parent === LineState.Inactive || v === false) return LineState.Inactive;
  if (parent === LineState.Unknown || v === undefined || earlierUnknown) return LineState.Unknown;
  return LineState.Active;
}

/** Three-valued evaluation of a condition expression. */
export function evaluate(expr: string, vi: number): Tri {
  const p = new ExprParser(expr.trim(), vi);
  const v = p.or();
  return p.done() ? v : undefined;
}

class ExprParser {
  private i = 0;
  constructor(private readonly s: string, private readonly vi: number) {}
  done(): boolean {
    this.skip();
    return this.i >= this.s.length;
  }
  private skip(): void {
    while (this.s[this.i] === ' ') this.i++;
  }
  private eat(tok: string): boolean {
    this.skip();
    if (this.s.startsWith(tok, this.i)) {
      this.i += tok.length;
      return true;
    }
    return false;
  }
  or(): Tri {
    let v = this.and();
    while (this.eat('||')) {
      const r = this.and();
      v = v === true || r === true ? true : v === undefined || r === undefined ? undefined : false;
    }
    return v;
  }
  private and(): Tri {
    let v = this.unary();
    while (this.eat('&&')) {
      const r = this.unary();
      v = v === false || r === false ? false : v === undefined || r === undefined ? undefined : true;
    }
    return v;
  }
  private unary(): Tri {
    if (this.eat('!')) {
      const v = this.unary();
      return v === undefined ? undefined : !v;
    }
    if (this.eat('(')) {
      const v = this.or();
      return this.eat(')') ? v : undefined;
    }
    return this.term();
  }
  private term(): Tri {
    this.skip();
    const m = /^([A-Za-z_][\w]*)\(([^)]*)\)|^([^\s()&|!]+)/.exec(this.s.slice(this.i));
    if (!m) {
      this.i = this.s.length + 1;
      return undefined;
    }
    this.i += m[0].length;
    if (m[3] !== undefined) return /^\d+$/.test(m[3]) ? Number(m[3]) !== 0 : undefined;
    return this.call(m[1], m[2].split(',').map((a) => a.trim()));
  }
  private call(name: string, args: string[]): Tri {
    if (args.some((a) => a.includes('$'))) return undefined;
    if (name === 'streq') return args[0] === args[1];
    if (name === 'strneq') return args[0] !== args[1];
    if (name === 'version_atleast' || name === 'version_before') {
      const cmp = compareVersion(HAPROXY_VERSIONS[this.vi], args[0] ?? '');
      if (cmp === undefined) return undefined;
      return name === 'version_atleast' ? cmp >= 0 : cmp < 0;
    }
    return undefined;
  }
}

/** Compare the target branch (major.minor) with a version; undefined when the branch alone cannot tell. */
function compareVersion(branch: string, v: string): number | undefined {
  const m = /^(\d+)\.(\d+)(.*)$/.exec(v);
  const b = /^(\d+)\.(\d+)$/.exec(branch);
  if (!m || !b) return undefined;
  const diff = (Number(b[1]) - Number(m[1])) * 1000 + (Number(b[2]) - Number(m[2]));
  if (diff !== 0) return diff;
  return m[3] === '' || m[3] === '.0' ? 0 : undefined;
}
