// Items of virtual_routes/static_routes and virtual_rules/static_rules, checked the way keepalived parses
// them: deprecated `gw`/`or`, untrackable routes without `dev`, rule addresses, rules without preference.
import type { KStatement } from '../../parser/keepalived';
import type { KeywordNode } from '../../schema/keepalived';
import type { DiagnosticSink } from '../rules';
import { isDynamic, isIP, wordRange } from './util';

const ROUTE_LISTS = new Set(['virtual_routes', 'static_routes']);
const RULE_LISTS = new Set(['virtual_rules', 'static_rules']);

/** ADDR[/LEN] with a valid address and prefix (`all`/`default` also allowed). */
function validPrefix(s: string): boolean {
  if (s === 'all' || s === 'default' || s === 'any') return true;
  const [addr, len] = s.split('/', 2);
  if (!isIP(addr)) return false;
  if (len === undefined) return true;
  return /^\d+$/.test(len) && Number(len) <= (addr.includes(':') ? 128 : 32);
}

export function checkRouteOrRule(stmt: KStatement, list: KeywordNode, sink: DiagnosticSink): void {
  if (stmt.words.some(isDynamic)) return;
  if (ROUTE_LISTS.has(list.name)) checkRoute(stmt, list.name === 'virtual_routes', sink);
  else if (RULE_LISTS.has(list.name)) checkRule(stmt, sink);
}

function checkRoute(stmt: KStatement, tracked: boolean, sink: DiagnosticSink): void {
  const words = stmt.words;
  for (const w of words) {
    if (w.text === 'gw') sink.add('keepalived-deprecated', wordRange(w), ['"gw" in a route', 'via'], { data: { replacements: ['via'] } });
    if (w.text === 'or') sink.add('keepalived-deprecated', wordRange(w), ['"or" in a route', 'nexthop'], { data: { replacements: ['nexthop'] } });
  }
  if (!tracked || words.some((w) => w.text === 'dev' || w.text === 'oif' || w.text === 'no_track')) return;
  sink.add('keepalived-ignored-setting', wordRange(words[0]), [
    'keepalived cannot track a route without an interface: add `dev IFNAME` (or `no_track` to say so).',
  ]);
}

function checkRule(stmt: KStatement, sink: DiagnosticSink): void {
  const words = stmt.words;
  for (let i = 0; i < words.length - 1; i++) {
    const k = words[i].text;
    const v = words[i + 1];
    if ((k === 'from' || k === 'to') && !validPrefix(v.text)) {
      sink.add('keepalived-bad-address', wordRange(v), [`'${v.text}' is not a valid address for the rule's '${k}'; keepalived skips this rule.`]);
      return;
    }
  }
  if (!words.some((w) => w.text === 'preference' || w.text === 'priority' || w.text === 'pref' || w.text === 'prio')) {
    sink.add('keepalived-ignored-setting', wordRange(words[0]), [
      'This rule has no preference: keepalived picks one (16384 downwards), which is rarely what you want. Add `preference N`.',
    ]);
  }
}
