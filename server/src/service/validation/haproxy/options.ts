// Reads the `keyword [value]` options of bind and server lines, using the known option arities.
import type { Word } from '../../parser/haproxy/types';
import { baseName, type FactSet } from '../../schema/haproxy/index';

export interface ParsedOption {
  readonly word: Word;
  /** Lower-case name without `(args)`. */
  readonly name: string;
  readonly value?: Word;
  /** Known in the version the set was built for. */
  readonly known: boolean;
}

/** Extra words a few options take after their value. */
const TRAILING_PAIRS: Readonly<Record<string, readonly string[]>> = {
  source: ['usesrc', 'interface'],
};

export function parseOptions(words: readonly Word[], from: number, set: FactSet): ParsedOption[] {
  const out: ParsedOption[] = [];
  for (let i = from; i < words.length; i++) {
    const word = words[i];
    const name = baseName(word.text);
    const synopsis = set.get(name) ?? (set.mask(name) ? '<value>' : undefined);
    const known = set.has(name);
    let value: Word | undefined;
    const next = words[i + 1];
    if (synopsis && next && !(synopsis.startsWith('[') && set.has(baseName(next.text)))) {
      value = next;
      i++;
    }
    out.push({ word, name, value, known });
    const pairs = TRAILING_PAIRS[name];
    while (pairs && words[i + 1] && pairs.includes(words[i + 1].text) && words[i + 2]) {
      out.push({ word: words[i + 1], name: words[i + 1].text, value: words[i + 2], known: true });
      i += 2;
    }
  }
  return out;
}
