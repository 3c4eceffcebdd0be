// Hover for haproxy.cfg: sections, keywords, options, timeouts, bind/server options, balance, modes,
// actions, fetches and converters.
import type { Hover, Position } from 'vscode-languageserver-types';
import type { HaproxyTree } from '../../parser/haproxy/index';
import { baseName, knowledgeFor, proxyKeyOf, resolveVersion, RULE_SETS, type HaproxyKnowledge } from '../../schema/haproxy/index';
import type { ParsedDocument, ServiceContext } from '../../types';
import { lineRange } from '../../text';
import { cursorAt, type Cursor } from './cursor';
import { docFor } from './docs';
import { parseOptions } from '../../validation/haproxy/options';
import { nameHover } from './navigation';

const PROXIES = new Set(['defaults', 'frontend', 'backend', 'listen']);

export function haproxyHover(doc: ParsedDocument<HaproxyTree>, pos: Position, ctx: ServiceContext): Hover | null {
  const c = cursorAt(doc, pos);
  const w = c.words[c.index];
  if (!w || c.inComment || pos.character < w.start) return null;
  const named = nameHover(doc, pos, ctx);
  if (named && !(c.index === 0)) return { contents: { kind: 'markdown', value: named.value }, range: named.range };
  const k = knowledgeFor(resolveVersion(ctx.settings.haproxy.version, ctx.hostVersions));
  const value = describe(c, k);
  return value ? { contents: { kind: 'markdown', value }, range: lineRange(c.line, w.start, w.end) } : null;
}

function describe(c: Cursor, k: HaproxyKnowledge): string | undefined {
  const words = c.words;
  const i = c.index;
  const w = words[i];
  if (!c.section) return i === 0 ? docFor('section', w.text.toLowerCase()) : undefined;
  const kind = c.section.kind;
  if (kind === 'global') return i === 0 ? docFor('global', c.words[0].text, k.global) : optionDoc(c, k);
  if (!PROXIES.has(kind)) return i === 0 ? docFor(kind, w.text, k.sections.get(kind)) : undefined;
  const key = proxyKeyOf(words);
  if (i < key.argAt && i >= key.first) return docFor('proxy', k.proxy.has(key.key) ? key.key : key.key.split(' ')[0], k.proxy);
  const head = key.key;
  if (head === 'balance' && i === key.argAt) return docFor('balance', baseName(w.text), k.balance);
  if (head === 'mode' && i === key.argAt) return docFor('mode', w.text, k.modes);
  const at = RULE_SETS[head];
  if (at !== undefined && i === at) return docFor('action', baseName(w.text), k.actions.get(head));
  return optionDoc(c, k) ?? logVarDoc(c, k) ?? sampleDoc(c, k);
}

/** A `%xx` log-format alias under the cursor. */
function logVarDoc(c: Cursor, k: HaproxyKnowledge): string | undefined {
  const w = c.words[c.index];
  const col = c.prefix.length;
  const raw = c.text.slice(w.start, w.end);
  for (const m of raw.matchAll(/%(?:\{[^}]*\})?([A-Za-z]+)/g)) {
    const start = m.index ?? 0;
    if (col < start || col > start + m[0].length) continue;
    const name = `%${m[1]}`;
    return k.logVars.has(name) ? docFor('logvar', name, k.logVars) : undefined;
  }
  return undefined;
}

function optionDoc(c: Cursor, k: HaproxyKnowledge): string | undefined {
  const head = c.words[0].text;
  const isStatsSocket = head === 'stats' && c.words[1]?.text === 'socket';
  const from = head === 'bind' ? 2 : head === 'server' ? 3 : head === 'server-template' ? 4 : head === 'default-server' ? 1 : isStatsSocket ? 3 : -1;
  if (from < 0 || c.index < from) return undefined;
  const bindLike = head === 'bind' || isStatsSocket;
  const set = bindLike ? k.bind : k.server;
  const opt = parseOptions(c.words, from, set).find((o) => o.at === c.index);
  return opt ? docFor(bindLike ? 'bind' : 'server', opt.name, set) : undefined;
}

/**
 * The fetch or converter under the cursor inside a word such as `req.hdr(host),lower,map(x)` or
 * `%[src,ipmask(24)]`: a name right after `,` is a converter, otherwise a fetch (or an ACL criterion).
 */
function sampleDoc(c: Cursor, k: HaproxyKnowledge): string | undefined {
  const w = c.words[c.index];
  const raw = c.text.slice(w.start, w.end);
  const col = c.prefix.length;
  for (const m of raw.matchAll(/[A-Za-z_][\w.\-+]*/g)) {
    const start = m.index ?? 0;
    if (col < start || col > start + m[0].length) continue;
    const name = m[0].toLowerCase();
    const before = raw.slice(0, start).replace(/\s+$/, '');
    if (before.endsWith(',') && k.converters.has(name)) return docFor('conv', name, k.converters);
    // haproxy looks a criterion up among the ACL keywords before the fetches (`req_ssl_sni` is both)
    if (start === 0 && isCriterion(c) && k.acls.has(name)) return docFor('acl', name, k.acls);
    if (k.fetches.has(name)) return docFor('fetch', name, k.fetches);
    if (k.acls.has(name)) return docFor('acl', name, k.acls);
    if (k.converters.has(name)) return docFor('conv', name, k.converters);
    return undefined;
  }
  return undefined;
}

/** The word under the cursor is the criterion of an `acl` line or of an anonymous `{ … }` condition. */
function isCriterion(c: Cursor): boolean {
  const prev = c.words[c.index - 1];
  return (c.index === 2 && c.words[0].text === 'acl') || (prev !== undefined && prev.text === '{');
}
