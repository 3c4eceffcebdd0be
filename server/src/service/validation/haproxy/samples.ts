// Sample fetch names in ACL declarations and anonymous `{ … }` conditions: unknown ones are haproxy alerts
// ("unknown fetch method"). Names from Lua (`lua.*`) are open-ended.
import type { Directive, Word } from '../../parser/haproxy/types';
import { didYouMean } from '../../text';
import { baseName, describeMask, versionName } from '../../schema/haproxy/index';
import { type CheckEnv, suggestion, wordRange } from './env';
import { lineMemo, memoCheck } from './memo';

const PROXIES = new Set(['defaults', 'frontend', 'backend', 'listen']);

export function checkSamples(env: CheckEnv): void {
  const memo = lineMemo(env, 'samples');
  for (const section of env.tree.sections) {
    if (!PROXIES.has(section.kind)) continue;
    for (const d of section.directives) {
      const bad = memoCheck(env, memo, d, '', () => {
        const refused = d.keyword === 'acl' && !checkCriterion(env, d, d.words[2]);
        const w = d.words;
        for (let i = 1; i < w.length - 1; i++) if (w[i].text === '{' && !w[i].quoted) checkCriterion(env, d, w[i + 1]);
        return refused;
      });
      if (bad) env.badAclLines.add(d.line);
    }
  }
}

/** False when haproxy would refuse the fetch. */
function checkCriterion(env: CheckEnv, d: Directive, w: Word | undefined): boolean {
  if (!w || w.env || w.quoted) return true;
  const name = baseName(w.text.split(',')[0]);
  if (!/^[a-z_][\w.\-+]*$/.test(name) || name.startsWith('lua.')) return true;
  const k = env.k;
  if (k.fetches.has(name) || k.acls.has(name)) return true;
  const mask = k.fetches.mask(name) | k.acls.mask(name);
  const range = wordRange(d.line, w);
  if (mask) {
    if (d.condDepth === 0) env.sink.add('haproxy-version', range, [name, `is not available in HAProxy ${versionName(k.vi)} (known in ${describeMask(mask)}).`]);
    return d.condDepth > 0;
  }
  // `req.cook_beg` is not a name, but the ACL shorthand `cook_beg` (req.cook with -m beg) is: offer it first
  const shorthand = name.replace(/^(req|res)\./, '');
  const first = shorthand !== name && k.acls.has(shorthand) ? [shorthand] : [];
  const guesses = [...first, ...didYouMean(name, [...k.fetches.names(), ...k.acls.names()]).filter((g) => g !== shorthand)];
  env.sink.add('haproxy-unknown-fetch', range, [name, suggestion(guesses)], { data: guesses.length ? { replacements: guesses, word: name } : undefined });
  return false;
}
