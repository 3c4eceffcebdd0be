// A small TextMate tokenizer for testing our grammars without vscode-textmate: match rules, begin/end rules
// (with captures, name and contentName), includes (#repo, $self), a rule stack carried across lines, and
// TextMate's choice of the earliest match (the end pattern first on a tie, then the pattern order).
// Patterns are compiled as JavaScript regexes in unicode mode, which rejects Oniguruma-only syntax.

export interface Rule {
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  name?: string;
  contentName?: string;
  include?: string;
  captures?: Captures;
  beginCaptures?: Captures;
  endCaptures?: Captures;
  patterns?: Rule[];
  applyEndPatternLast?: boolean | number;
  comment?: string;
}
export type Captures = Record<string, { name?: string; patterns?: Rule[] }>;
export interface Grammar {
  scopeName: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}
export interface Token {
  text: string;
  scopes: string[];
}

/** Compile a grammar regex the way the tests run it: `d` for capture offsets, `g` to search from a position. */
export function compile(source: string): RegExp {
  return new RegExp(source, 'dgmu');
}

interface Frame {
  rule: Rule;
  end: RegExp;
  scopes: string[];
  inner: string[];
}

export class Tokenizer {
  private readonly cache = new Map<string, RegExp>();
  private stack: Frame[] = [];

  constructor(private readonly grammar: Grammar) {}

  /** Tokenize a document line by line, keeping begin/end state across lines. */
  tokenizeLines(text: string): Token[][] {
    this.stack = [];
    return text.split('\n').map((line) => this.tokenizeLine(line));
  }

  private regex(source: string): RegExp {
    let r = this.cache.get(source);
    if (!r) this.cache.set(source, (r = compile(source)));
    return r;
  }

  /** The match/begin rules reachable from `rules`, with includes expanded, in order. */
  private flatten(rules: Rule[] | undefined, seen = new Set<Rule>()): Rule[] {
    const out: Rule[] = [];
    for (const rule of rules ?? []) {
      if (seen.has(rule)) continue;
      if (rule.include) {
        const target = rule.include === '$self' || rule.include === '$base'
          ? { patterns: this.grammar.patterns }
          : this.grammar.repository[rule.include.slice(1)];
        if (!target) throw new Error(`unknown include ${rule.include}`);
        seen.add(rule);
        out.push(...(target.match || target.begin ? [target] : this.flatten(target.patterns, seen)));
      } else if (rule.match || rule.begin) out.push(rule);
      else out.push(...this.flatten(rule.patterns, seen));
    }
    return out;
  }

  private tokenizeLine(lineText: string): Token[] {
    const line = `${lineText}\n`;
    const scopes: string[][] = Array.from({ length: line.length }, () => []);
    const base = [this.grammar.scopeName];
    const paint = (from: number, to: number, names: string[]): void => {
      for (let i = from; i < to; i++) scopes[i] = [...names];
    };
    const paintCaptures = (m: RegExpExecArray, caps: Captures | undefined, outer: string[]): void => {
      if (!caps || !m.indices) return;
      for (let g = 0; g < m.indices.length; g++) {
        const at = m.indices[g];
        const name = caps[String(g)]?.name;
        if (!at || !name) continue;
        for (let i = at[0]; i < at[1]; i++) scopes[i] = [...(scopes[i].length ? scopes[i] : outer), name];
      }
    };
    let pos = 0;
    let guard = 0;
    while (pos < line.length && guard++ < 10 * line.length + 100) {
      const top = this.stack[this.stack.length - 1];
      const outer = top ? top.inner : base;
      const candidates = this.flatten(top ? top.rule.patterns : this.grammar.patterns);
      let best: { m: RegExpExecArray; rule?: Rule } | undefined;
      if (top) {
        top.end.lastIndex = pos;
        const m = top.end.exec(line);
        if (m) best = { m };
      }
      for (const rule of candidates) {
        const r = this.regex((rule.match ?? rule.begin) as string);
        r.lastIndex = pos;
        const m = r.exec(line);
        if (m && (!best || m.index < best.m.index || (top?.rule.applyEndPatternLast && !best.rule && m.index === best.m.index))) {
          best = { m, rule };
        }
      }
      if (!best) {
        paint(pos, line.length, outer);
        break;
      }
      const { m, rule } = best;
      paint(pos, m.index, outer);
      const end = m.index + m[0].length;
      if (!rule) {
        // The end of the current begin/end rule.
        const frame = this.stack.pop() as Frame;
        paint(m.index, end, frame.scopes);
        paintCaptures(m, frame.rule.endCaptures ?? frame.rule.captures, frame.scopes);
      } else if (rule.match) {
        const names = rule.name ? [...outer, rule.name] : outer;
        paint(m.index, end, names);
        paintCaptures(m, rule.captures, names);
      } else {
        const names = rule.name ? [...outer, rule.name] : outer;
        paint(m.index, end, names);
        paintCaptures(m, rule.beginCaptures ?? rule.captures, names);
        const inner = rule.contentName ? [...names, rule.contentName] : names;
        this.stack.push({ rule, end: this.regex(rule.end as string), scopes: names, inner });
      }
      if (end === pos && !rule) pos++;
      pos = Math.max(end, pos);
    }
    return merge(lineText, scopes);
  }
}

function merge(lineText: string, scopes: string[][]): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < lineText.length; i++) {
    const last = tokens[tokens.length - 1];
    if (last && last.scopes.join(' ') === scopes[i].join(' ')) last.text += lineText[i];
    else tokens.push({ text: lineText[i], scopes: scopes[i] });
  }
  return tokens;
}

/** Every regex source in a grammar, with where it sits (for error messages). */
export function regexSources(grammar: Grammar): { where: string; source: string }[] {
  const out: { where: string; source: string }[] = [];
  const visit = (rule: Rule, where: string): void => {
    for (const key of ['match', 'begin', 'end', 'while'] as const) {
      const source = rule[key];
      if (source !== undefined) out.push({ where: `${where}.${key}`, source });
    }
    rule.patterns?.forEach((r, i) => visit(r, `${where}.patterns[${i}]`));
    for (const key of ['captures', 'beginCaptures', 'endCaptures'] as const) {
      for (const [g, cap] of Object.entries(rule[key] ?? {})) cap.patterns?.forEach((r, i) => visit(r, `${where}.${key}.${g}[${i}]`));
    }
  };
  grammar.patterns.forEach((r, i) => visit(r, `patterns[${i}]`));
  for (const [name, rule] of Object.entries(grammar.repository)) visit(rule, `repository.${name}`);
  return out;
}
