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
    })
    .filter((m, _, all) => all.length > 0);

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

export const MUTATORS: readonly Mutator[] = [misspell, wrongSection, badTimeout, badPort, missingBackend, bogusBalance];

export function mutantsOf(text: string): Mutant[] {
  const lines = text.split('\n');
  return MUTATORS.flatMap((m) => m(lines));
}
