// Sample fetch names in ACL declarations and anonymous `{ … }` conditions: unknown ones are haproxy alerts
// ("unknown fetch method"). Names from Lua (`lua.*`) are open-ended.
import type { Directive } from '../../parser/haproxy/types';
import { didYouMean } from '../../text';
import { aclCriterion, baseName, describeMask, versionName } from '../../schema/haproxy/index';
import { type CheckEnv, suggestion, wordRange } from './env';
import { lineMemo, memoCheck } from './memo';

const PROXIES = new Set(['defaults', 'frontend', 'backend', 'listen']);

export function checkSamples(env: CheckEnv): void {
  const memo = lineMemo(env, 'samples');
  for (const section of env.tree.sections) {
    if (!PROXIES.has(section.kind)) continue;
    for (const d of section.directives) {
      const bad = memoCheck(env, memo, d, '', () => {
        const refused = d.keyword === 'acl' && !checkCriterion(env, d, 2);
        const w = d.words;
        for (let i = 1; i < w.length - 1; i++) if (w[i].text === '{' && !w[i].quoted) checkCriterion(env, d, i + 1);
        return refused;
      });
      if (bad) env.badAclLines.add(d.line);
    }
  }
}

/** False when haproxy would refuse the fetch (the criterion is word `at` of the line). */
function checkCriterion(env: CheckEnv, d: Directive, at: number): boolean {
  const w = d.words[at];
  if (!w || w.env || w.quoted) return true;
  const name = baseName(w.text.split(',')[0]);
  if (!/^[a-z_][\w.\-+]*$/.test(name) || name.startsWith('lua.')) return true;
  const k = env.k;
  if (k.acls.has(name)) checkDroppedMatch(env, d, at, name);
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

/** Match methods an ACL shorthand implies that a converter after it silently replaces (exact match for strings). */
const DROPPED = new Set(['beg', 'end', 'sub', 'reg', 'dir', 'dom', 'len']);

/** `hdr_beg(host),lower` matches exactly, not by prefix: haproxy drops a shorthand's match after a converter
 *  (unless the line names one with -m). Checked live with haproxy 2.6; see docs/rules/haproxy-converter-drops-match.md. */
function checkDroppedMatch(env: CheckEnv, d: Directive, at: number, name: string): void {
  const w = d.words[at];
  const comma = topLevelComma(w.text);
  if (comma < 0) return;
  const crit = aclCriterion(name, env.k.acls.get(name));
  if (!crit || !DROPPED.has(crit.match)) return;
  for (let i = at + 1; i < d.words.length && d.words[i].text.startsWith('-'); i++) if (d.words[i].text === '-m') return;
  const paren = w.text.indexOf('(');
  const args = paren >= 0 && paren < comma ? w.text.slice(paren, comma) : '';
  const explicit = `${crit.fetch}${args}${w.text.slice(comma)} -m ${crit.match}`;
  env.sink.add('haproxy-converter-drops-match', wordRange(d.line, w), [name, crit.match, explicit], { data: { replacement: explicit } });
}

/** Index of the first `,` outside parentheses (where converters start), or -1. */
function topLevelComma(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth = Math.max(0, depth - 1);
    else if (c === 44 && depth === 0) return i;
  }
  return -1;
}
