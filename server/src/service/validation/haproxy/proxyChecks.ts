// Whole-proxy checks haproxy itself warns about: missing timeouts, http-check rules without httpchk.
import { type CheckEnv, wordRange, wordsRange } from './env';
import { summariesOf, type ProxySummary } from './summary';
import { sharedDefaults } from './splitDefaults';

const HTTP_CHECK_RULES = new Set(['expect', 'send', 'connect', 'comment', 'set-var', 'set-var-fmt', 'unset-var']);

export function checkProxies(env: CheckEnv): void {
  for (const [index, s] of summariesOf(env.tree, env.k.server)) {
    const kind = s.section.kind;
    if (kind === 'defaults') continue;
    const header = s.section.header;
    const range = wordRange(header.line, s.section.name ?? header.words[0]);
    const fe = kind === 'frontend' || kind === 'listen';
    const be = kind === 'backend' || kind === 'listen';
    if (s.mode === 'tcp' || s.mode === 'http') {
      let missing: string[] = [];
      if (fe && !s.timeouts.has('client')) missing.push("'timeout client'");
      // like haproxy: a backend is only checked when it has servers; in tcp mode `timeout tunnel` covers the server side
      const checkBe = be && s.servers.length > 0;
      if (checkBe && !s.timeouts.has('connect')) missing.push("'timeout connect'");
      if (checkBe && !s.timeouts.has('server') && (s.mode === 'http' || !s.timeouts.has('tunnel'))) missing.push("'timeout server'");
      // no defaults before it in this file: a split config's defaults from another file may apply
      if (missing.length && s.info.defaults === undefined) missing = missing.filter((m) => !setElsewhere(env, s, m.slice(9, -1)));
      if (missing.length) {
        env.sink.add('haproxy-missing-timeouts', range, [kind, s.section.name?.text ?? '', missing.join(', ')], {
          data: { index, missing: missing.map((m) => m.slice(9, -1)) },
        });
      }
    }
    if (be && !s.httpchk) {
      const rule = s.section.directives.find((d) => d.keyword === 'http-check' && HTTP_CHECK_RULES.has(d.words[1]?.text ?? ''));
      if (rule) env.sink.add('haproxy-http-check-without-httpchk', wordsRange(rule.line, rule.words.slice(0, 2)));
    }
  }
}

/** Whether a defaults section of another file of the folder (or a parent) sets this timeout kind. */
function setElsewhere(env: CheckEnv, s: ProxySummary, kind: string): boolean {
  for (const d of sharedDefaults(env.ctx.workspace, env.uri, env.k.server)) {
    if (d.timeouts.has(kind)) return true;
    // lenient on the mode (the proxy's own mode may be unset here): in tcp mode `timeout tunnel` covers it
    if (kind === 'server' && s.mode !== 'http' && d.timeouts.has('tunnel')) return true;
  }
  return false;
}
