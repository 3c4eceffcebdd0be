// fast-check arbitraries: mutated real documents, random line soup in each dialect's style, and positions.
import fc from 'fast-check';
import type { LanguageId } from '../../server/src/service/types';
import type { Seed } from './seeds';

/** Characters that matter to the three parsers, weighted in alongside arbitrary unicode. */
const SYNTAX = ['{', '}', '[', ']', '=', '#', ';', '"', "'", '\\', '\n', '\r\n', '\r', '\t', ' ', '%', '$', '@', '.', '-', ':', '/', '\u0000', '\ufeff', '!', '|', ',', '*'];

const piece = (words: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...SYNTAX) },
    { weight: 3, arbitrary: words.length ? fc.constantFrom(...words) : fc.constant('x') },
    { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
    { weight: 1, arbitrary: fc.integer({ min: -5, max: 100000 }).map(String) },
  );

const snippet = (words: string[]): fc.Arbitrary<string> => fc.array(piece(words), { maxLength: 12 }).map((p) => p.join(''));

type Mutation = (text: string) => string;

function mutation(words: string[]): fc.Arbitrary<Mutation> {
  const at = fc.double({ min: 0, max: 1, noNaN: true });
  return fc.oneof(
    fc.tuple(at, snippet(words)).map(([f, s]): Mutation => (t) => {
      const i = Math.floor(f * t.length);
      return t.slice(0, i) + s + t.slice(i);
    }),
    fc.tuple(at, fc.integer({ min: 1, max: 200 })).map(([f, n]): Mutation => (t) => {
      const i = Math.floor(f * t.length);
      return t.slice(0, i) + t.slice(i + n);
    }),
    fc.tuple(at, at).map(([a, b]): Mutation => (t) => {
      const lines = t.split('\n');
      const i = Math.floor(a * lines.length);
      const j = Math.floor(b * lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }),
    fc.tuple(at, fc.integer({ min: 1, max: 5 })).map(([a, n]): Mutation => (t) => {
      const lines = t.split('\n');
      const i = Math.floor(a * lines.length);
      lines.splice(i, 0, ...Array<string>(n).fill(lines[i] ?? ''));
      return lines.join('\n');
    }),
    fc.constantFrom<Mutation>(
      (t) => t.replace(/\n/g, '\r\n'),
      (t) => `\ufeff${t}`,
      (t) => t.replace(/^ +/gm, '\t'),
      (t) => t.replace(/[{}]/, ''),
      (t) => t.slice(0, Math.floor(t.length / 2)),
      (t) => t.replace(/\s+$/, ''),
      (t) => t.replace(/ /g, '  '),
    ),
  );
}

/** Words of the seeds (keywords, values, section names): mutations reuse them so they stay plausible. */
export function wordsOf(seeds: readonly Seed[]): string[] {
  const words = new Set<string>();
  for (const s of seeds) for (const w of s.text.match(/[A-Za-z_][\w.-]*/g) ?? []) if (words.size < 2000) words.add(w);
  return [...words];
}

export interface FuzzDoc {
  language: LanguageId;
  name: string;
  text: string;
}

/** A seed with 0-6 mutations, or (one time in five) lines made of the dialect's words and syntax. */
export function documentArb(seeds: readonly Seed[]): fc.Arbitrary<FuzzDoc> {
  const words = wordsOf(seeds);
  const mutated = fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation(words), { maxLength: 6 }))
    .map(([s, ms]): FuzzDoc => ({ language: s.language, name: s.name, text: ms.reduce((t, m) => m(t), s.text) }));
  const soup = fc
    .array(snippet(words), { maxLength: 60 })
    .map((lines): FuzzDoc => ({ language: seeds[0].language, name: seeds[0].name, text: lines.join('\n') }));
  return fc.oneof({ weight: 4, arbitrary: mutated }, { weight: 1, arbitrary: soup });
}

/** Where to ask: a fraction of the line count (1 = past the last line) and a column that may pass the line end. */
export const positionArb = fc.record({ lineFraction: fc.double({ min: 0, max: 1, noNaN: true }), character: fc.nat({ max: 160 }) });
export type FuzzPosition = { lineFraction: number; character: number };
