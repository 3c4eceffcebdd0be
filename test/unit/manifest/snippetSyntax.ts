// VS Code snippet syntax: parse a body into tab stops, placeholders, choices, variables and text, and expand
// it the way VS Code inserts it when the user accepts every default (first choice, mirrors copy the value).

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children: SnippetNode[] };

export class SnippetSyntaxError extends Error {}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(stopAt = ''): SnippetNode[] {
    const out: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text) out.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (stopAt.includes(c)) break;
      if (c === '\\' && '$}\\'.includes(this.src[this.pos + 1] ?? '')) {
        text += this.src[this.pos + 1];
        this.pos += 2;
      } else if (c === '$') {
        const node = this.dollar();
        if (node) {
          flush();
          out.push(node);
        } else text += c;
      } else {
        text += c;
        this.pos++;
      }
    }
    flush();
    return out;
  }

  private dollar(): SnippetNode | undefined {
    const rest = this.src.slice(this.pos);
    const simple = /^\$(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
    if (simple) {
      this.pos += simple[0].length;
      return /^\d/.test(simple[1])
        ? { kind: 'tabstop', index: Number(simple[1]), children: [] }
        : { kind: 'variable', name: simple[1], children: [] };
    }
    const open = /^\$\{(\d+|[A-Za-z_][A-Za-z0-9_]*)([:|}/]?)/.exec(rest);
    if (!open) {
      this.pos++;
      return undefined;
    }
    this.pos += open[0].length;
    const [, id, sep] = open;
    const isTab = /^\d/.test(id);
    if (sep === '}') return isTab ? { kind: 'tabstop', index: Number(id), children: [] } : { kind: 'variable', name: id, children: [] };
    if (sep === '|') {
      if (!isTab) throw new SnippetSyntaxError(`choice on variable ${id}`);
      return { kind: 'choice', index: Number(id), options: this.choices() };
    }
    if (sep !== ':') throw new SnippetSyntaxError(`unsupported \${${id}${sep}... at ${this.pos}`);
    const children = this.parse('}');
    if (this.src[this.pos] !== '}') throw new SnippetSyntaxError(`unclosed \${${id}: in ${this.src}`);
    this.pos++;
    return isTab ? { kind: 'tabstop', index: Number(id), children } : { kind: 'variable', name: id, children };
  }

  private choices(): string[] {
    const options: string[] = [];
    let cur = '';
    while (this.pos < this.src.length) {
      const c = this.src[this.pos++];
      if (c === '\\' && ',|\\'.includes(this.src[this.pos] ?? '')) cur += this.src[this.pos++];
      else if (c === ',') {
        options.push(cur);
        cur = '';
      } else if (c === '|' && this.src[this.pos] === '}') {
        this.pos++;
        options.push(cur);
        return options;
      } else cur += c;
    }
    throw new SnippetSyntaxError('unclosed choice');
  }
}

export function parseSnippet(body: string): SnippetNode[] {
  const parser = new Parser(body);
  const nodes = parser.parse();
  return nodes;
}

/** Every tab stop / choice node, depth first. */
export function placeholders(nodes: SnippetNode[]): Exclude<SnippetNode, { kind: 'text' } | { kind: 'variable' }>[] {
  return nodes.flatMap((n) =>
    n.kind === 'tabstop' ? [n, ...placeholders(n.children)] : n.kind === 'variable' ? placeholders(n.children) : n.kind === 'choice' ? [n] : [],
  );
}

/**
 * The inserted text with defaults. `pick` chooses the option of a choice (default: the first); a tab stop
 * without a value of its own takes the value of another occurrence of the same index, as VS Code mirrors it.
 */
export function expand(nodes: SnippetNode[], pick: (index: number, options: string[]) => string = (_, o) => o[0]): string {
  const values = new Map<number, string>();
  for (const p of placeholders(nodes)) {
    if (values.has(p.index)) continue;
    if (p.kind === 'choice') values.set(p.index, pick(p.index, p.options));
    else if (p.children.length) values.set(p.index, render(p.children));
  }
  function render(list: SnippetNode[]): string {
    return list
      .map((n) => {
        if (n.kind === 'text') return n.value;
        if (n.kind === 'variable') return render(n.children);
        return values.get(n.index) ?? (n.kind === 'tabstop' ? render(n.children) : '');
      })
      .join('');
  }
  return render(nodes);
}

export interface SnippetDefinition {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

export function bodyText(s: SnippetDefinition): string {
  return Array.isArray(s.body) ? s.body.join('\n') : s.body;
}

/** The snippet with its defaults, then with each other option of each choice (everything else at default). */
export function variants(body: string): { label: string; text: string }[] {
  const nodes = parseSnippet(body);
  const out = [{ label: 'defaults', text: expand(nodes) }];
  const seen = new Set<number>();
  for (const p of placeholders(nodes)) {
    if (p.kind !== 'choice' || seen.has(p.index)) continue;
    seen.add(p.index);
    for (const option of p.options.slice(1)) {
      out.push({ label: `$${p.index}=${option}`, text: expand(nodes, (i, o) => (i === p.index ? option : o[0])) });
    }
  }
  return out;
}
