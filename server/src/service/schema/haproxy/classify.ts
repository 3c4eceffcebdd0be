// Which keyword a directive line is: `option httpchk`, `timeout client`, `capture request header`, …
import type { Directive, HaproxyTree, Word } from '../../parser/haproxy/types';
import { PREFIX_WORDS } from './overrides';
import { previousTree } from '../../parser/haproxy/reuse';

export interface KeyOf {
  /** The lookup key, e.g. "option httpchk"; lower case. */
  readonly key: string;
  /** Index of the first word of the key (1 after a `no`/`default` prefix). */
  readonly first: number;
  /** Index of the first argument word after the key. */
  readonly argAt: number;
  readonly prefix?: 'no' | 'default';
}

const keyCache = new WeakMap<HaproxyTree, KeyOf[]>();

/** proxyKeyOf of every directive of a tree, by directive id; computed once per tree. */
export function keysOf(tree: HaproxyTree): KeyOf[] {
  let keys = keyCache.get(tree);
  if (!keys) {
    keys = new Array<KeyOf>(tree.directiveCount);
    const prev = previousTree(tree);
    const prevKeys = prev && keyCache.get(prev.tree);
    for (const s of tree.sections) {
      for (const d of s.directives) keys[d.id] = (prevKeys && prev.shared(d) && prevKeys[d.id]) || proxyKeyOf(d.words, d.keyword);
    }
    keyCache.set(tree, keys);
  }
  return keys;
}

/** The key of one directive (uncached; prefer keysOf(tree)[d.id] in loops). */
export function keyOf(d: Directive): KeyOf {
  return proxyKeyOf(d.words);
}

/** Interned keys: most lines share a handful of keywords, so their KeyOf objects are shared too. */
const MAX_INTERNED = 4096;
const interned = new Map<string, KeyOf>();
const interned2 = new Map<string, Map<string, KeyOf>>();

function intern(key: string, first: number, argAt: number): KeyOf {
  let k = interned.get(key);
  if (!k) {
    k = { key, first, argAt };
    if (interned.size < MAX_INTERNED) interned.set(key, k);
  }
  return k;
}

function intern2(head: string, second: string): KeyOf {
  let m = interned2.get(head);
  if (!m) interned2.set(head, (m = new Map()));
  let k = m.get(second);
  if (!k) {
    k = { key: `${head} ${second}`, first: 0, argAt: 2 };
    if (m.size < MAX_INTERNED) m.set(second, k);
  }
  return k;
}

/** `keyword`: the lower-cased first word, when the caller has it (the parser's Directive.keyword). */
export function proxyKeyOf(words: readonly Word[], keyword?: string): KeyOf {
  let first = 0;
  let prefix: KeyOf['prefix'];
  const w0 = keyword ?? lower(words[0]?.text ?? '');
  if ((w0 === 'no' || w0 === 'default') && words.length > 1) {
    prefix = w0;
    first = 1;
  }
  const head = first === 0 ? w0 : lower(words[first]?.text ?? '');
  if (!PREFIX_WORDS.has(head) || words[first + 1] === undefined) {
    return prefix ? { key: head, first, argAt: first + 1, prefix } : intern(head, 0, 1);
  }
  let second = lower(words[first + 1].text);
  const paren = second.indexOf('(');
  if (paren > 0) second = second.slice(0, paren); // `http-check set-var(check.x)`
  const c = second.charCodeAt(0);
  if (!(c >= 97 && c <= 122)) return prefix ? { key: head, first, argAt: first + 1, prefix } : intern(head, 0, 1);
  if (head === 'capture' && (second === 'request' || second === 'response') && words[first + 2]) {
    return { key: `${head} ${second} ${words[first + 2].text.toLowerCase()}`, first, argAt: first + 3, prefix };
  }
  return prefix ? { key: `${head} ${second}`, first, argAt: first + 2, prefix } : intern2(head, second);
}

/** An action or option name without its `(args)` suffix: `set-var(txn.x)` → `set-var`. */
export function baseName(text: string): string {
  const p = text.indexOf('(');
  return (p >= 0 ? text.slice(0, p) : text).toLowerCase();
}

/** The rule sets whose second (or third) word is an action. */
export const RULE_SETS: Readonly<Record<string, number>> = {
  'http-request': 1,
  'http-response': 1,
  'http-after-response': 1,
  'quic-initial': 1,
  'tcp-request connection': 2,
  'tcp-request session': 2,
  'tcp-request content': 2,
  'tcp-response content': 2,
};

/** toLowerCase without allocating for the usual already-lower-case keyword. */
function lower(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return s.toLowerCase();
  }
  return s;
}
