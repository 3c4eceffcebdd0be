// Security hint `haproxy -c` does not give: the admin level of the runtime API or of the stats page
// reachable without a credential. (a) a global `stats socket` on a TCP address with `level admin` (the
// default level, when none is written, is operator); (b) `stats admin` in a proxy that asks for no
// password (`stats auth`, `http-request auth`) and whose condition does not test the client address.
import type { Directive, Section } from '../../parser/haproxy/types';
import { type CheckEnv, wordRange, wordsRange } from './env';

const NET_PREFIX = /^(ipv4|ipv6|tcp|tcp4|tcp6)@/;
const OTHER_PREFIX = /^[a-z0-9]+@/;

/** Is this stats socket address a network one (not a unix path, abns@, fd@, sockpair@ …)? */
export function isNetworkAddress(addr: string): boolean {
  if (NET_PREFIX.test(addr)) return true;
  if (OTHER_PREFIX.test(addr) || addr.startsWith('/') || addr.startsWith('.')) return false;
  return /:(\d+|\$\{?\w+\}?)(-\d+)?$/.test(addr);
}

export function checkSecurityHints(env: CheckEnv): void {
  let defaultsAuth = false;
  for (const sec of env.tree.sections) {
    if (sec.kind === 'global') checkSockets(env, sec);
    else if (sec.kind === 'defaults') defaultsAuth ||= sec.directives.some(asksPassword);
    else checkStatsAdmin(env, sec, defaultsAuth);
  }
}

function checkSockets(env: CheckEnv, sec: Section): void {
  for (const d of sec.directives) {
    if (d.keyword !== 'stats' || d.words[1]?.text !== 'socket' || !d.words[2]) continue;
    const li = d.words.findIndex((w, i) => i > 2 && w.text === 'level');
    const level = li > 0 ? d.words[li + 1] : undefined;
    if (level?.text !== 'admin' || !isNetworkAddress(d.words[2].text)) continue;
    env.sink.add('haproxy-stats-admin-exposed', wordsRange(d.line, [d.words[li], level]), [
      `The stats socket on the network address '${d.words[2].text}' gives the admin level to anyone who can connect: prefer a unix socket with 'mode 600', or a lower level.`,
    ]);
  }
}

/** `stats auth u:p`, `stats http-request auth`, `http-request auth`: the page asks for a password. */
function asksPassword(d: Directive): boolean {
  const w = d.words;
  if (d.keyword === 'stats') return w[1]?.text === 'auth' || (w[1]?.text === 'http-request' && w[2]?.text === 'auth');
  return d.keyword === 'http-request' && w[1]?.text === 'auth';
}

function checkStatsAdmin(env: CheckEnv, sec: Section, defaultsAuth: boolean): void {
  let admin: Directive | undefined;
  for (const d of sec.directives) if (d.keyword === 'stats' && d.words[1]?.text === 'admin') admin = d;
  if (!admin || defaultsAuth || sec.directives.some(asksPassword)) return;
  const srcAcls = new Set<string>();
  for (const d of sec.directives) {
    if (d.keyword === 'acl' && d.words[1] && d.words.slice(2).some((w) => isSourceFetch(w.text))) srcAcls.add(d.words[1].text);
  }
  const cond = admin.words.slice(3);
  if (cond.some((w) => isSourceFetch(w.text) || w.text === 'LOCALHOST' || srcAcls.has(w.text))) return;
  env.sink.add('haproxy-stats-admin-exposed', wordRange(admin.line, admin.words[1]), [
    `'stats admin' lets anyone who reaches this stats page disable servers, and nothing here asks for a password ('stats auth') or checks the client address.`,
  ]);
}

/** `src`, `src(…)`, `src_…`, and the braces form `{ src 10.0.0.0/8 }`. */
function isSourceFetch(t: string): boolean {
  return t === 'src' || t.startsWith('src(') || t.startsWith('src,') || /^src_/.test(t);
}
