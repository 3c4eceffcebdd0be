// Reads the `keyword [value]` options of bind and server lines, using the known option arities.
import type { Directive, HaproxyTree, Word } from '../../parser/haproxy/types';
import { baseName, type FactSet } from '../../schema/haproxy/index';
import { previousTree } from '../../parser/haproxy/reuse';

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
    const name = plain(word.text) ? word.text : baseName(word.text);
    let synopsis = set.get(name);
    const known = synopsis !== undefined;
    if (!known && set.mask(name)) synopsis = '<value>';
    let value: Word | undefined;
    const next = words[i + 1];
    if (synopsis && next && !(synopsis.charCodeAt(0) === 91 && set.has(baseName(next.text)))) {
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

interface OptionCache {
  readonly set: FactSet;
  readonly byId: Array<ParsedOption[] | undefined>;
  /** The previous version's cache, for directives shared with it (same option set only). */
  readonly prev?: { byId: Array<ParsedOption[] | undefined>; shared(d: Directive): boolean };
}

/** No `(` and no upper-case letter: the word is its own option name. */
function plain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

const treeCache = new WeakMap<HaproxyTree, OptionCache>();

/** parseOptions of a directive, cached per tree by directive id (the first option set used wins). */
export function optionsOf(tree: HaproxyTree, d: Directive, from: number, set: FactSet): ParsedOption[] {
  let c = treeCache.get(tree);
  if (!c) treeCache.set(tree, (c = newCache(tree, set)));
  let opts = c.byId[d.id];
  if (!opts) {
    opts = c.prev && c.prev.shared(d) ? c.prev.byId[d.id] : undefined;
    c.byId[d.id] = opts ??= parseOptions(d.words, from, set);
  }
  return opts;
}

function newCache(tree: HaproxyTree, set: FactSet): OptionCache {
  const prev = previousTree(tree);
  const old = prev && treeCache.get(prev.tree);
  const byId = new Array<ParsedOption[] | undefined>(tree.directiveCount);
  return { set, byId, prev: old && old.set === set ? { byId: old.byId, shared: prev.shared } : undefined };
}
