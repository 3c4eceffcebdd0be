// Rule actions of http-request/http-response/http-after-response/tcp-request/tcp-response/quic-initial.
import type { Directive } from '../../parser/haproxy/types';
import { didYouMean } from '../../text';
import { baseName, describeMask, RULE_SETS, versionName } from '../../schema/haproxy/index';
import { OPEN_PREFIXES } from '../../schema/haproxy/overrides';
import { type CheckEnv, suggestion, wordRange } from './env';

export function checkRuleAction(env: CheckEnv, d: Directive, key: string): void {
  const at = RULE_SETS[key];
  if (at === undefined) return;
  const w = d.words[at];
  if (!w || w.env) return;
  const name = baseName(w.text);
  if (name === 'if' || name === 'unless') return;
  if (OPEN_PREFIXES.some((p) => name.startsWith(p))) return;
  const set = env.k.actions.get(key);
  if (!set || set.has(name)) return;
  const mask = set.mask(name);
  if (mask) {
    // Every version's table holds the action registrations of its sources (action_kw_list) plus the
    // built-in tcp actions (accept, reject, close, capture, track-sc*, expect-*), so absence is a fact.
    if (d.condDepth > 0) return;
    env.sink.add('haproxy-version', wordRange(d.line, w), [`${key} ${name}`, `is not available in HAProxy ${versionName(env.k.vi)} (known in ${describeMask(mask)}).`]);
    return;
  }
  const guesses = didYouMean(name, set.anyVersion.keys());
  env.sink.add('haproxy-unknown-action', wordRange(d.line, w), [name, key, suggestion(guesses)], {
    data: guesses.length ? { replacements: guesses, wordIndex: at } : undefined,
  });
}
