// Which keyword a directive line is: `option httpchk`, `timeout client`, `capture request header`, …
import type { Word } from '../../parser/haproxy/types';
import { PREFIX_WORDS } from './overrides';

export interface KeyOf {
  /** The lookup key, e.g. "option httpchk"; lower case. */
  readonly key: string;
  /** Index of the first word of the key (1 after a `no`/`default` prefix). */
  readonly first: number;
  /** Index of the first argument word after the key. */
  readonly argAt: number;
  readonly prefix?: 'no' | 'default';
}

export function proxyKeyOf(words: readonly Word[]): KeyOf {
  let first = 0;
  let prefix: KeyOf['prefix'];
  const w0 = words[0]?.text.toLowerCase() ?? '';
  if ((w0 === 'no' || w0 === 'default') && words.length > 1) {
    prefix = w0;
    first = 1;
  }
  const head = words[first]?.text.toLowerCase() ?? '';
  const second = words[first + 1]?.text.toLowerCase();
  if (!PREFIX_WORDS.has(head) || second === undefined || !/^[a-z]/.test(second)) {
    return { key: head, first, argAt: first + 1, prefix };
  }
  if (head === 'capture' && (second === 'request' || second === 'response') && words[first + 2]) {
    return { key: `${head} ${second} ${words[first + 2].text.toLowerCase()}`, first, argAt: first + 3, prefix };
  }
  return { key: `${head} ${second}`, first, argAt: first + 2, prefix };
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
