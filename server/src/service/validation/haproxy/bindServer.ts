// bind / server / default-server / server-template lines: addresses, ports, option names, option times,
// TLS without certificate, duplicate servers and duplicate binds.
import type { Directive, Section, Word } from '../../parser/haproxy/types';
import { didYouMean, lineRange } from '../../text';
import { checkAddress, describeMask, type FactSet, versionName } from '../../schema/haproxy/index';
import { type CheckEnv, suggestion, wordRange } from './env';
import { optionsOf, optionValue, optionWord, parseOptions, type ParsedOption } from './options';
import { checkTimeWord } from './times';
import { lineMemo, memoCheck, sectionMemo, type LineMemo } from './memo';

const SERVER_TIMES = new Set(['inter', 'fastinter', 'downinter', 'slowstart', 'agent-inter', 'pool-purge-delay', 'hash-key-time']);
const CERT_OPTIONS = ['crt', 'crt-list', 'default-crt'];
const PROXIES = new Set(['frontend', 'backend', 'listen', 'defaults']);

/** The inherited default-server state the check-port test reads: check × port. */
const PORT_SALT = ['--', '-p', 'c-', 'cp'];

interface Memos {
  readonly server: LineMemo;
  readonly port: LineMemo;
}

export function checkBindServer(env: CheckEnv): void {
  const memos: Memos = { server: lineMemo(env, 'server'), port: lineMemo(env, 'has-port') };
  const inherited = new Map<number | undefined, DefaultServer>();
  env.tree.sections.forEach((section, index) => {
    if (!PROXIES.has(section.kind) && section.kind !== 'peers' && section.kind !== 'ring' && section.kind !== 'log-forward') return;
    const defaults = inheritedDefaultServer(env, index, inherited);
    // all the section's checks read from outside it is the inherited default-server state
    sectionMemo(env, 'bind-server', section, PORT_SALT[(defaults.check ? 2 : 0) + (defaults.port ? 1 : 0)], () => checkSection(env, section, defaults, memos));
  });
  checkGlobalSocket(env);
}

function checkSection(env: CheckEnv, section: Section, defaults: DefaultServer, memos: Memos): void {
  const hasCrtDirective = section.directives.some((d) => d.keyword === 'crt' || d.keyword === 'ssl-f-use');
  const servers = new Map<string, number>();
  const binds = new Map<string, number>();
  const tcpCheckPort = section.directives.some((d) => d.keyword === 'tcp-check' && d.words[1]?.text === 'connect' && d.words.some((w) => w.text === 'port'));
  for (const d of section.directives) {
    const key = env.keys[d.id].key;
    if (key === 'bind') checkBind(env, section, d, hasCrtDirective, binds);
    else if (key === 'server' || key === 'server-template' || key === 'default-server') {
      const opts = checkServer(env, section, d, key, servers, memos.server);
      if (key === 'default-server') mergeDefaults(defaults, opts);
      else if (section.kind !== 'defaults' && !tcpCheckPort) {
        memoCheck(env, memos.port, d, PORT_SALT[(defaults.check ? 2 : 0) + (defaults.port ? 1 : 0)], () => (checkHasPort(env, d, key, opts, defaults), false));
      }
    }
  }
}

function unknownOptions(env: CheckEnv, d: Directive, opts: readonly ParsedOption[], set: FactSet, what: string): void {
  for (const o of opts) {
    const word = optionWord(d.words, o);
    if (o.known || word.env || o.name.startsWith('lua.')) continue;
    const mask = set.mask(o.name);
    if (mask) {
      if (d.condDepth === 0) env.sink.add('haproxy-version', wordRange(d.line, word), [`${what} ${o.name}`, `is not available in HAProxy ${versionName(env.k.vi)} (known in ${describeMask(mask)}).`]);
      continue;
    }
    const guesses = didYouMean(o.name, set.names());
    env.sink.add('haproxy-unknown-param', wordRange(d.line, word), [what, word.text, suggestion(guesses)], {
      data: guesses.length ? { replacements: guesses, word: word.text } : undefined,
    });
    // haproxy stops reading the line at its first unknown option (whose arity it cannot know either)
    return;
  }
}

function checkAddressWord(env: CheckEnv, d: Directive, w: Word | undefined, forServer: boolean): void {
  if (!w || w.env) return;
  if (!w.text.includes(',')) {
    const bad = checkAddress(w.text, forServer);
    if (bad) env.sink.add('haproxy-bad-address', w.quoted ? wordRange(d.line, w) : lineRange(d.line, w.start + bad.start, w.start + bad.end), [bad.message]);
    return;
  }
  let offset = 0;
  for (const part of w.text.split(',')) {
    const bad = checkAddress(part, forServer);
    if (bad && !w.quoted) env.sink.add('haproxy-bad-address', lineRange(d.line, w.start + offset + bad.start, w.start + offset + bad.end), [bad.message]);
    else if (bad) env.sink.add('haproxy-bad-address', wordRange(d.line, w), [bad.message]);
    offset += part.length + 1;
  }
}

function checkBind(env: CheckEnv, section: Section, d: Directive, hasCrtDirective: boolean, binds: Map<string, number>): void {
  const addr = d.words[1];
  checkAddressWord(env, d, addr, false);
  const opts = parseOptions(d.words, 2, env.k.bind);
  unknownOptions(env, d, opts, env.k.bind, 'bind');
  const names = new Set(opts.map((o) => o.name));
  if (names.has('ssl') && !CERT_OPTIONS.some((c) => names.has(c)) && !hasCrtDirective && section.kind !== 'defaults') {
    env.sink.add('haproxy-ssl-without-crt', wordRange(d.line, d.words[opts.find((o) => o.name === 'ssl')?.at ?? 0]), [], {
      data: { line: d.line },
    });
  }
  if (addr && !addr.env) {
    const prev = binds.get(addr.text);
    if (prev !== undefined) env.sink.add('haproxy-duplicate-bind', wordRange(d.line, addr), [addr.text, String(prev + 1)]);
    else binds.set(addr.text, d.line);
  }
}

interface DefaultServer {
  check: boolean;
  port: boolean;
}

function mergeDefaults(into: DefaultServer, opts: readonly ParsedOption[]): void {
  for (const o of opts) {
    if (o.name === 'check') into.check = true;
    else if (o.name === 'no-check') into.check = false;
    else if (o.name === 'port') into.port = true;
  }
}

/** The default-server settings a proxy starts with (a copy: the caller merges its own lines into it). */
function inheritedDefaultServer(env: CheckEnv, index: number, seen: Map<number | undefined, DefaultServer>): DefaultServer {
  const parent = env.model.byIndex.get(index)?.defaults;
  let base = seen.get(parent);
  if (!base) seen.set(parent, (base = inheritedFrom(env, parent)));
  return { ...base };
}

/** Those of the defaults section `start` and the defaults sections it inherits from. */
function inheritedFrom(env: CheckEnv, start: number | undefined): DefaultServer {
  const out: DefaultServer = { check: false, port: false };
  const chain: number[] = [];
  for (let at = start, n = 0; at !== undefined && n < 64; n++, at = env.model.byIndex.get(at)?.defaults) chain.unshift(at);
  for (const at of chain) {
    for (const d of env.tree.sections[at].directives) {
      if (d.keyword === 'default-server') mergeDefaults(out, parseOptions(d.words, 1, env.k.server));
    }
  }
  return out;
}

/** haproxy refuses a checked server with no port to check: no service port (or 0, or an offset) and no `port`. */
function checkHasPort(env: CheckEnv, d: Directive, key: string, opts: readonly ParsedOption[], defaults: DefaultServer): void {
  const addr = d.words[key === 'server' ? 2 : 3];
  if (!addr || addr.env) return;
  let checked = defaults.check;
  let port = defaults.port;
  for (const o of opts) {
    if (o.name === 'check') checked = true;
    else if (o.name === 'no-check') checked = false;
    else if (o.name === 'port') port = true;
  }
  if (!checked || port || hasServicePort(addr.text)) return;
  const m = /:([+-]?\d*)$/.exec(addr.text);
  const servicePort = m && !addr.text.startsWith('[') ? m[1] : /\]:([+-]?\d*)$/.exec(addr.text)?.[1];
  if (addr.text.startsWith('/') || /^(unix|abns|abnsz|fd|sockpair|uxst)@/.test(addr.text)) return;
  if (/^(0\.0\.0\.0|\*|::)(:|$)/.test(addr.text)) return; // "any" address: haproxy does not check it
  if (servicePort && /^\d+$/.test(servicePort) && Number(servicePort) > 0) return;
  if (servicePort === undefined && /::/.test(addr.text) && !addr.text.startsWith('[')) return; // bare IPv6: ambiguous, leave it
  env.sink.add('haproxy-check-without-port', wordRange(d.line, addr), [d.words[1]?.text ?? '']);
}

/** Fast path of the port test: the address ends with `:N`, N a positive decimal (`[v6]:N` too). */
function hasServicePort(t: string): boolean {
  const i = t.lastIndexOf(':');
  if (i < 0 || i === t.length - 1) return false;
  if (t.charCodeAt(0) === 91 && t.charCodeAt(i - 1) !== 93) return false; // `[` … must close right before the port
  let v = 0;
  for (let j = i + 1; j < t.length; j++) {
    const c = t.charCodeAt(j);
    if (c < 48 || c > 57) return false;
    v = v * 10 + (c - 48);
  }
  return v > 0;
}

function checkServer(env: CheckEnv, section: Section, d: Directive, key: string, servers: Map<string, number>, memo: LineMemo): readonly ParsedOption[] {
  const from = key === 'default-server' ? 1 : key === 'server' ? 3 : 4;
  const opts = optionsOf(env.tree, d, from, env.k.server);
  // the line alone: address, option names and times
  memoCheck(env, memo, d, key, () => {
    if (key !== 'default-server') checkAddressWord(env, d, d.words[from - 1], true);
    unknownOptions(env, d, opts, env.k.server, 'server');
    for (const o of opts) if (SERVER_TIMES.has(o.name)) checkTimeWord(env, d, optionValue(d.words, o), o.name, false);
    return false;
  });
  const name = d.words[1];
  if (key === 'server' && name && section.kind !== 'defaults') {
    const prev = servers.get(name.text);
    if (prev !== undefined) env.sink.add('haproxy-duplicate-server', wordRange(d.line, name), [name.text, String(prev + 1)]);
    else servers.set(name.text, d.line);
  }
  return opts;
}

function checkGlobalSocket(env: CheckEnv): void {
  for (const section of env.tree.sections) {
    if (section.kind !== 'global') continue;
    for (const d of section.directives) {
      if (d.keyword !== 'stats' || d.words[1]?.text !== 'socket') continue;
      checkAddressWord(env, d, d.words[2], false);
      const opts = parseOptions(d.words, 3, env.k.bind);
      const names = new Set(opts.map((o) => o.name));
      if (!names.has('level') && !names.has('mode')) {
        env.sink.add('haproxy-stats-socket-no-level', lineRange(d.line, d.words[0].start, d.words[d.words.length - 1].end));
      }
    }
  }
}
