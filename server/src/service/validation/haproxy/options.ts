// Reads the `keyword [value]` options of bind and server lines, using the known option arities.
// The result holds word indexes, not words, so lines whose option words read the same share one parse:
// a config repeats `check inter 2s fall 3 rise 2` on thousands of server lines.
import type { Directive, HaproxyTree, Word } from '../../parser/haproxy/types';
import { previousTree } from '../../parser/haproxy/reuse';
import { baseName, type FactSet } from '../../schema/haproxy/index';

export interface ParsedOption {
  /** Index of the option's word in the line. */
  readonly at: number;
  /** Lower-case name without `(args)`. */
  readonly name: string;
  /** Index of its value word, or -1 when it takes none. */
  readonly valueAt: number;
  /** Known in the version the set was built for. */
  readonly known: boolean;
}

/** The option word and its value word of a line. */
export const optionWord = (words: readonly Word[], o: ParsedOption): Word => words[o.at];
export const optionValue = (words: readonly Word[], o: ParsedOption): Word | undefined => (o.valueAt >= 0 ? words[o.valueAt] : undefined);

/** Extra words a few options take after their value. */
const TRAILING_PAIRS: Readonly<Record<string, readonly string[]>> = {
  source: ['usesrc', 'interface'],
};

function readOptions(words: readonly Word[], from: number, set: FactSet): ParsedOption[] {
  const out: ParsedOption[] = [];
  for (let i = from; i < words.length; i++) {
    const at = i;
    const text = words[i].text;
    const name = plain(text) ? text : baseName(text);
    let synopsis = set.get(name);
    const known = synopsis !== undefined;
    if (!known && set.mask(name)) synopsis = '<value>';
    let valueAt = -1;
    const next = words[i + 1];
    if (synopsis && next && !(synopsis.charCodeAt(0) === 91 && set.has(baseName(next.text)))) valueAt = ++i;
    out.push({ at, name, valueAt, known });
    const pairs = TRAILING_PAIRS[name];
    while (pairs && words[i + 1] && pairs.includes(words[i + 1].text) && words[i + 2]) {
      out.push({ at: i + 1, name: words[i + 1].text, valueAt: i + 2, known: true });
      i += 2;
    }
  }
  return out;
}

/** No `(` and no upper-case letter: the word is its own option name. */
function plain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

const MAX_SHAPES = 8192;
/** Per option set: the words from `from` on (NUL-separated, after `from`) → their parse. Bounded. */
const shapes = new WeakMap<FactSet, Map<string, readonly ParsedOption[]>>();

/** The options of `words` from index `from` on; lines with the same words there share the result. */
export function parseOptions(words: readonly Word[], from: number, set: FactSet): readonly ParsedOption[] {
  let key = String(from);
  for (let i = from; i < words.length; i++) key += '\0' + words[i].text;
  let bySet = shapes.get(set);
  if (!bySet) shapes.set(set, (bySet = new Map()));
  let opts = bySet.get(key);
  if (!opts) {
    if (bySet.size >= MAX_SHAPES) bySet.clear();
    bySet.set(key, (opts = readOptions(words, from, set)));
  }
  return opts;
}

interface OptionCache {
  readonly set: FactSet;
  readonly byId: Array<readonly ParsedOption[] | undefined>;
  /** The previous version's cache, for directives shared with it (same option set only). */
  readonly prev?: { byId: Array<readonly ParsedOption[] | undefined>; shared(d: Directive): boolean };
}

const treeCache = new WeakMap<HaproxyTree, OptionCache>();

/** parseOptions of a directive, cached per tree (and option set) by directive id, and carried over from
 *  the previous version for unchanged lines. */
export function optionsOf(tree: HaproxyTree, d: Directive, from: number, set: FactSet): readonly ParsedOption[] {
  let c = treeCache.get(tree);
  // a new option set (another target version) starts a new cache: verdicts depend on the set
  if (!c || c.set !== set) treeCache.set(tree, (c = newCache(tree, set)));
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
  const byId = new Array<readonly ParsedOption[] | undefined>(tree.directiveCount);
  return { set, byId, prev: old && old.set === set ? { byId: old.byId, shared: prev.shared } : undefined };
}
