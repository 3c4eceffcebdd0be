// Single-fault mutations of haproxy configs for the parity test against `haproxy -c`.
import { lexLine, parseHaproxy } from '../../server/src/service/parser/haproxy/index';

export interface Mutant {
  readonly kind: string;
  readonly text: string;
  /** 0-based line the fault was put on (where haconf should report when haproxy names no line). */
  readonly line: number;
}

type Mutator = (lines: string[]) => Mutant[];

const setLine = (lines: string[], i: number, value: string): string => lines.map((l, k) => (k === i ? value : l)).join('\n');
const insertAfter = (lines: string[], i: number, value: string): string => [...lines.slice(0, i + 1), value, ...lines.slice(i + 1)].join('\n');

/** Directive lines as [line, words] with the section kind they are in. */
function directives(lines: string[]): Array<{ line: number; kind: string; first: string; words: string[] }> {
  const tree = parseHaproxy(lines.join('\n'));
  return tree.sections.flatMap((s) => s.directives.map((d) => ({ line: d.line, kind: s.kind, first: d.words[0].text, words: d.words.map((w) => w.text) })));
}

/** Swap two inner letters of the first word: `option` → `opiton`. */
const misspell: Mutator = (lines) =>
  directives(lines)
    .filter((d) => d.first.length >= 5 && /^[a-z]/.test(d.first))
    .map((d) => {
      const w = d.first;
      const bad = w.slice(0, 2) + w[3] + w[2] + w.slice(4);
      const col = lexLine(lines[d.line]).words[0].start;
      return { kind: 'misspelled keyword', line: d.line, text: setLine(lines, d.line, lines[d.line].slice(0, col) + bad + lines[d.line].slice(col + w.length)) };
    });

const wrongSection: Mutator = (lines) => {
  const tree = parseHaproxy(lines.join('\n'));
  const out: Mutant[] = [];
  for (const s of tree.sections) {
    const at = s.header.line;
    if (s.kind === 'global') out.push({ kind: 'keyword in wrong section', line: at + 1, text: insertAfter(lines, at, '    default_backend app') });
    if (s.kind === 'defaults') out.push({ kind: 'keyword in wrong section', line: at + 1, text: insertAfter(lines, at, '    bind :65000') });
    if (s.kind === 'frontend') out.push({ kind: 'keyword in wrong section', line: at + 1, text: insertAfter(lines, at, '    server extra 127.0.0.1:80') });
  }
  return out;
};

const badTimeout: Mutator = (lines) =>
  directives(lines)
    .filter((d) => d.first === 'timeout' && d.words.length >= 3)
    .map((d) => ({ kind: 'bad timeout', line: d.line, text: setLine(lines, d.line, lines[d.line].replace(d.words[2], '10x')) }));

const badPort: Mutator = (lines) =>
  directives(lines)
    .filter((d) => (d.first === 'server' && /:\d+$/.test(d.words[2] ?? '')) || (d.first === 'bind' && /:\d+$/.test(d.words[1] ?? '')))
    .map((d) => {
      const addr = d.first === 'server' ? d.words[2] : d.words[1];
      return { kind: 'bad port', line: d.line, text: setLine(lines, d.line, lines[d.line].replace(addr, addr.replace(/\d+$/, '99999'))) };
    });

const missingBackend: Mutator = (lines) =>
  directives(lines)
    .filter((d) => (d.first === 'default_backend' || d.first === 'use_backend') && d.words[1])
    .map((d) => ({ kind: 'missing backend', line: d.line, text: setLine(lines, d.line, lines[d.line].replace(d.words[1], `${d.words[1]}-nope`)) }));

const bogusBalance: Mutator = (lines) => {
  const tree = parseHaproxy(lines.join('\n'));
  return tree.sections
    .filter((s) => s.kind === 'backend' || s.kind === 'listen')
    .map((s) => {
      const existing = s.directives.find((d) => d.keyword === 'balance');
      return existing
        ? { kind: 'bogus balance', line: existing.line, text: setLine(lines, existing.line, '    balance roundrobbin') }
        : { kind: 'bogus balance', line: s.header.line + 1, text: insertAfter(lines, s.header.line, '    balance roundrobbin') };
    });
};

const swap = (w: string) => w.slice(0, 2) + w[3] + w[2] + w.slice(4);

/** Misspell the second word of option/timeout lines, the action of rules and the options of bind/server lines. */
const misspellArgs: Mutator = (lines) => {
  const out: Mutant[] = [];
  for (const d of directives(lines)) {
    const words = lexLine(lines[d.line]).words;
    const at = (i: number, kind: string) => {
      const w = words[i];
      if (!w || w.end - w.start < 5 || !/^[a-z]/.test(d.words[i])) return;
      out.push({ kind, line: d.line, text: setLine(lines, d.line, lines[d.line].slice(0, w.start) + swap(d.words[i]) + lines[d.line].slice(w.end)) });
    };
    if (d.first === 'option' || d.first === 'timeout') at(1, `misspelled ${d.first} name`);
    if (['http-request', 'http-response'].includes(d.first)) at(1, 'misspelled action');
    if (d.first === 'bind' && d.words.length > 2) at(2, 'misspelled bind option');
    if (d.first === 'server' && d.words.length > 3) at(3, 'misspelled server option');
    if (d.first === 'acl' && d.words.length > 2) at(2, 'misspelled fetch');
  }
  return out;
};

/** Name faults: a duplicate server, an undefined ACL in a condition. */
const nameFaults: Mutator = (lines) => {
  const out: Mutant[] = [];
  for (const d of directives(lines)) {
    if (d.first === 'server' && d.words[2]) out.push({ kind: 'duplicate server', line: d.line + 1, text: insertAfter(lines, d.line, lines[d.line]) });
    const cond = d.words.findIndex((w) => w === 'if' || w === 'unless');
    if (cond > 0 && d.words[cond + 1] && /^!?[A-Za-z_]\w*$/.test(d.words[cond + 1])) {
      const name = d.words[cond + 1].replace(/^!/, '');
      out.push({ kind: 'undefined acl', line: d.line, text: setLine(lines, d.line, lines[d.line].replace(new RegExp(`(if|unless)(\\s+!?)${name}\\b`), `$1$2${name}_nope`)) });
    }
  }
  return out;
};

/** Variations, mostly valid: haconf must not report errors where haproxy accepts them (port-less checked servers are not). */
const benign: Mutator = (lines) => {
  const out: Mutant[] = [];
  for (const d of directives(lines)) {
    const put = (value: string) => out.push({ kind: 'variation', line: d.line, text: setLine(lines, d.line, value) });
    if (d.first === 'server' && /:\d+$/.test(d.words[2] ?? '')) {
      put(lines[d.line].replace(d.words[2], d.words[2].replace(/\d+$/, '0')));
      put(lines[d.line].replace(d.words[2], d.words[2].replace(/:\d+$/, '')));
      put(`${lines[d.line]} inter 3s fastinter 1s downinter 5s rise 2 fall 3 weight 10 maxconn 100`);
    }
    if (d.first === 'bind' && /:\d+$/.test(d.words[1] ?? '')) put(lines[d.line].replace(d.words[1], `${d.words[1]}-${Number(/\d+$/.exec(d.words[1])?.[0]) + 2}`));
    if (d.first === 'timeout' && d.words[2]) for (const v of ['1d', '100ms', '250us', '5000', '2m']) put(lines[d.line].replace(d.words[2], v));
    if (d.first === 'balance') {
      for (const b of ['random', 'first', 'leastconn', 'source', 'uri', 'static-rr', 'hdr(host)', 'url_param userid', 'rdp-cookie', 'hash req.hdr(host)']) put(`    balance ${b}`);
    }
  }
  const tree = parseHaproxy(lines.join('\n'));
  for (const s of tree.sections.filter((x) => x.kind === 'backend' || x.kind === 'listen')) {
    const at = s.header.line;
    for (const extra of ['    no option redispatch', '    option forwardfor except 127.0.0.0/8', '    http-reuse safe', '    retry-on conn-failure empty-response', '    option splice-auto', '    default-server check inter 2s']) {
      out.push({ kind: 'variation', line: at + 1, text: insertAfter(lines, at, extra) });
    }
  }
  return out;
};

export const MUTATORS: readonly Mutator[] = [misspell, wrongSection, badTimeout, badPort, missingBackend, bogusBalance, misspellArgs, nameFaults, benign];

export function mutantsOf(text: string): Mutant[] {
  const lines = text.split('\n');
  return MUTATORS.flatMap((m) => m(lines));
}
