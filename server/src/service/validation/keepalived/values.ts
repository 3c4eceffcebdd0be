// Values keepalived checks when it reads a keyword: numbers and their ranges, fixed word sets, addresses,
// the 8-character auth_pass, and the items of address lists and track_script lists.
import type { KStatement, KWord } from '../../parser/keepalived';
import type { Deprecation } from '../../schema/keepalived/deprecations';
import { argsOf, ArgSpec, availableIn, KeywordArgs, KeywordNode, reportedDeprecation, SCOPES } from '../../schema/keepalived';
import { DiagnosticSink } from '../rules';
import type { Resolution } from './resolve';
import { checkRouteOrRule } from './routes';
import { isDynamic, isIP, isIPv4, wordRange } from './util';

const INT = /^[-+]?\d+$/;
const DEC = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/** Passes on `add` and counts the calls (whether or not the settings keep the diagnostic). */
class CountingSink extends DiagnosticSink {
  calls = 0;
  constructor(private readonly inner: DiagnosticSink) {
    super(inner.ctx);
  }
  override add(...a: Parameters<DiagnosticSink['add']>): void {
    this.calls++;
    this.inner.add(...a);
  }
}

// The checks of one statement depend only on its words, its keyword (or list) node and the target
// version. After an edit, the statements outside the reparsed blocks are the same objects with the same
// nodes (parser/keepalived/incremental.ts, resolveSplice.ts), so those that raised nothing in the previous
// version's checks are skipped. Kept per resolution as one byte per stream item (no per-statement maps).
const quietByRes = new WeakMap<Resolution, { version: string; quiet: Uint8Array }>();

export function checkValues(res: Resolution, version: string, outer: DiagnosticSink): void {
  const quiet = new Uint8Array(res.byId.length);
  const prev = res.previous;
  const before = prev && quietByRes.get(prev.res);
  const reuse = before && before.version === version ? before.quiet : undefined;
  const a = prev ? prev.a : 0;
  const b = prev && prev.b >= 0 ? prev.b : quiet.length;
  const sink = new CountingSink(outer);
  for (const stmt of res.resolved) {
    const node = res.node(stmt);
    if (!node) continue;
    const id = stmt.id;
    if (reuse && (id < a || id >= b) && reuse[id]) { quiet[id] = 1; continue; }
    const calls = sink.calls;
    checkStatement(stmt, node, version, sink);
    if (sink.calls === calls) quiet[id] = 1;
  }
  const seen = new Set<string>();
  for (const stmt of res.items) {
    const list = res.list(stmt);
    if (!list) continue;
    const id = stmt.id;
    if (reuse && (id < a || id >= b) && reuse[id]) quiet[id] = 1;
    else {
      const calls = sink.calls;
      checkListItem(stmt, list, sink);
      if (sink.calls === calls) quiet[id] = 1;
    }
    checkDuplicateTrack(stmt, list, res, seen, sink);
  }
  quietByRes.set(res, { version, quiet });
}

function checkStatement(stmt: KStatement, node: KeywordNode, version: string, sink: DiagnosticSink): void {
  if (node.since && !available(node, version)) {
    sink.add('keepalived-keyword-version', wordRange(stmt.words[0]), [node.name, node.since ?? '', version]);
    return;
  }
  checkArgs(stmt, node, sink);
  const dep = deprecationOf(node);
  if (dep) sink.add('keepalived-deprecated', wordRange(stmt.words[0]), [`'${node.name}' here`, dep.replacement], dep.rename ? { data: { replacements: [dep.rename] } } : {});
}

const TRACK_LISTS = new Set(['track_script', 'track_interface', 'track_process', 'track_file', 'track_bfd']);

/** keepalived ignores a second entry for the same tracked object in one instance or group. */
function checkDuplicateTrack(stmt: KStatement, list: KeywordNode, res: Resolution, seen: Set<string>, sink: DiagnosticSink): void {
  const first = stmt.words[0];
  const holder = res.holder(stmt);
  if (!TRACK_LISTS.has(list.name) || !first || !holder || isDynamic(first) || stmt.cond) return;
  const key = `${holder.line}:${holder.words[0]?.start}|${list.name}|${first.text}`;
  if (seen.has(key)) sink.add('keepalived-duplicate-track', wordRange(first), [list.name, first.text, holder.words[1]?.text ?? holder.words[0]?.text ?? '']);
  else seen.add(key);
}

const depCache = new Map<KeywordNode, Deprecation | null>();
function deprecationOf(node: KeywordNode): Deprecation | null {
  let d = depCache.get(node);
  if (d === undefined) {
    d = reportedDeprecation(node.parent?.name ?? '', node.name) ?? null;
    depCache.set(node, d);
  }
  return d;
}

const availability = new Map<KeywordNode, { version: string; ok: boolean }>();
/** availableIn for a node, memoized for the last version asked (it compares version strings otherwise). */
function available(node: KeywordNode, version: string): boolean {
  let a = availability.get(node);
  if (!a || a.version !== version) availability.set(node, (a = { version, ok: availableIn(node.since, version) }));
  return a.ok;
}

const factCache = new Map<KeywordNode, KeywordArgs | null>();
/** argsOf, memoized per node (it builds a key string otherwise). */
function factsOf(node: KeywordNode): KeywordArgs | null {
  let f = factCache.get(node);
  if (f === undefined) {
    f = argsOf(node.parent?.name ?? '', node.name) ?? null;
    factCache.set(node, f);
  }
  return f;
}

function checkArgs(stmt: KStatement, node: KeywordNode, sink: DiagnosticSink): void {
  const facts = factsOf(node);
  if (!facts) return;
  const words = stmt.words; // the arguments are words[1…]
  if (facts.min && words.length - 1 < facts.min) {
    sink.add('keepalived-missing-argument', wordRange(words[0]), [node.name, facts.signature ?? 'a value']);
    return;
  }
  const specs = facts.args;
  for (let i = 0; i < specs.length; i++) {
    const w = words[i + 1];
    if (w && !isDynamic(w)) checkWord(w, specs[i], node.name, sink);
  }
  const pass = words[1];
  if (node.name === 'auth_pass' && pass && !isDynamic(pass) && pass.text.length > 8) {
    sink.add('keepalived-auth-pass-length', wordRange(pass), [String(pass.text.length), pass.text.slice(0, 8)], {
      data: { truncated: pass.text.slice(0, 8) },
    });
  }
}

/** Check one word against its spec; true when it is fine. */
export function checkWord(w: KWord, spec: ArgSpec, keyword: string, sink: DiagnosticSink, label = 'Value'): boolean {
  if (spec.kind === 'int' || spec.kind === 'decimal') {
    const ok = spec.kind === 'int' ? INT.test(w.text) : DEC.test(w.text);
    if (!ok) {
      sink.add('keepalived-invalid-number', wordRange(w), [w.text, keyword, `${spec.min}-${spec.max}`]);
      return false;
    }
    const n = Number(w.text);
    if (n < spec.min || n > spec.max) {
      const fix = Math.min(spec.max, Math.max(spec.min, n));
      sink.add('keepalived-out-of-range', wordRange(w), [label, w.text, keyword, String(spec.min), String(spec.max)], {
        data: { min: spec.min, max: spec.max, replacement: String(fix) },
      });
      return false;
    }
    return true;
  }
  if (spec.kind === 'enum') {
    const ok = spec.ignoreCase ? spec.values.some((v) => v.toLowerCase() === w.text.toLowerCase()) : spec.values.includes(w.text);
    if (!ok) {
      const exact = spec.values.find((v) => v.toLowerCase() === w.text.toLowerCase());
      sink.add('keepalived-invalid-value', wordRange(w), [w.text, keyword, spec.values.join(', ')], {
        data: { replacements: exact ? [exact] : [...spec.values] },
      });
      return false;
    }
    return true;
  }
  if (!isIP(w.text)) {
    sink.add('keepalived-bad-address', wordRange(w), [`'${w.text}' is not a valid IPv4 or IPv6 address.`]);
    return false;
  }
  return true;
}

const ADDRESS_LISTS = new Set(['virtual_ipaddress', 'virtual_ipaddress_excluded', 'static_ipaddress']);

function checkListItem(stmt: KStatement, list: KeywordNode, sink: DiagnosticSink): void {
  const first = stmt.words[0];
  if (!first || isDynamic(first)) return;
  if (ADDRESS_LISTS.has(list.name)) return checkAddressLine(stmt, sink);
  if (list.name.endsWith('_routes') || list.name.endsWith('_rules')) return checkRouteOrRule(stmt, list, sink);
  if (list.name === 'unicast_peer') {
    if (!isIP(first.text)) sink.add('keepalived-bad-address', wordRange(first), [`'${first.text}' is not a valid unicast peer address.`]);
    return;
  }
  if (list.name === 'track_script' || list.name === 'track_interface') {
    const wi = stmt.words.findIndex((w) => w.text === 'weight');
    const w = wi > 0 ? stmt.words[wi + 1] : undefined;
    if (w && !isDynamic(w)) checkWord(w, { kind: 'int', min: -253, max: 253 }, `${list.name} weight`, sink, 'Weight');
  }
}

/** `ADDR[/LEN] [dev IF] [brd ADDR] [label L] [scope S] …` */
function checkAddressLine(stmt: KStatement, sink: DiagnosticSink): void {
  const first = stmt.words[0];
  const [addr, len] = first.text.split('/', 2);
  if (!isIP(addr)) {
    sink.add('keepalived-bad-address', wordRange(first), [`'${addr}' is not a valid IPv4 or IPv6 address; keepalived skips this line.`]);
    return;
  }
  if (len !== undefined) {
    const max = isIPv4(addr) ? 32 : 128;
    if (!/^\d+$/.test(len) || Number(len) > max) {
      sink.add('keepalived-bad-address', wordRange(first), [`Prefix length '${len}' of ${addr} must be between 0 and ${max}.`]);
    }
  }
  for (let i = 1; i < stmt.words.length - 1; i++) {
    const w = stmt.words[i];
    const v = stmt.words[i + 1];
    if (isDynamic(v)) continue;
    if ((w.text === 'brd' || w.text === 'broadcast') && v.text !== '+' && v.text !== '-' && !isIP(v.text)) {
      sink.add('keepalived-bad-address', wordRange(v), [`'${v.text}' is not a valid broadcast address.`]);
    }
    if (w.text === 'scope' && !SCOPES.includes(v.text) && !/^\d+$/.test(v.text)) {
      sink.add('keepalived-invalid-value', wordRange(v), [v.text, 'scope', SCOPES.join(', ')], {
        severity: 'warning',
        message: `'${v.text}' is not a standard scope (${SCOPES.join(', ')}); keepalived only accepts it if /etc/iproute2/rt_scopes defines it.`,
      });
    }
  }
}
