// Pins keyword facts corrected against the haproxy sources (src/*.c, addons/*) at the release tags, and the
// diagnostics that follow from them. See scripts/data/haproxy-errata.mjs and haproxy-src-parse.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { HAPROXY_VERSIONS, knowledgeFor, type HaproxyKnowledge, type FactSet } from '../../../server/src/service/schema/haproxy/index';
import { caret, doc, newService } from '../helpers';

type Kind = 'conv' | 'fetch' | 'acl' | 'bind' | 'server' | 'global' | 'proxy' | `action:${string}`;

function setOf(k: HaproxyKnowledge, kind: Kind): FactSet {
  if (kind.startsWith('action:')) {
    const set = k.actions.get(kind.slice(7));
    assert.ok(set, `no rule set ${kind}`);
    return set;
  }
  const sets: Record<string, FactSet> = { conv: k.converters, fetch: k.fetches, acl: k.acls, bind: k.bind, server: k.server, global: k.global, proxy: k.proxy };
  return sets[kind];
}

/** The versions in which haconf believes `name` of `kind` exists. */
const versionsOf = (kind: Kind, name: string): string[] => HAPROXY_VERSIONS.filter((_, vi) => setOf(knowledgeFor(vi), kind).has(name));

const ALL = [...HAPROXY_VERSIONS];
const MATCHES = ['str', 'beg', 'sub', 'dir', 'dom', 'end', 'reg', 'int', 'ip'];

/** [kind, name, versions that accept it] — each checked in the sources of every release tag. */
const FACTS: Array<[Kind, string, string[]]> = [
  // src/map.c registers every map converter in every release; the manual only shows a map_<match> template
  ...MATCHES.flatMap((m): Array<[Kind, string, string[]]> => [['conv', `map_${m}`, ALL], ['conv', `map_${m}_int`, ALL], ['conv', `map_${m}_ip`, ALL]]),
  ['conv', 'map_regm', ALL],
  ...MATCHES.map((m): [Kind, string, string[]] => ['conv', `map_${m}_key`, ['3.0', '3.2', '3.4']]),
  // ACL keywords of src/http_acl.c and src/payload.c that only the 2.6 binary used to vouch for
  ...['cook', 'cook_beg', 'scook_sub', 'shdr', 'shdr_beg', 'req_ver', 'resp_ver', 'http_auth_group', 'payload', 'payload_lv', 'req_rdp_cookie', 'req_ssl_sni', 'req_ssl_ver']
    .map((n): [Kind, string, string[]] => ['acl', n, ALL]),
  ['fetch', 'fcgi.docroot', ALL],
  ['fetch', 'sc1_clr_gpc', ALL],
  // 3.0 and 3.2 register it without the s that their manuals (and 3.4's source) use
  ['fetch', 'bc_setting_streams_limit', ['3.0', '3.2']],
  ['fetch', 'bc_settings_streams_limit', ['3.4']],
  ['server', 'no-check-send-proxy', ALL],
  ['server', 'hash-key', ['3.0', '3.2', '3.4']],
  // registered in later releases only to refuse the keyword with an error: not made known there
  ['bind', 'process', ['2.6']],
  ['server', 'usesrc', ['2.6']],
  ['global', 'nbproc', []],
  ['action:http-request', 'track-sc', ALL],
  ['action:http-request', 'ot-group', ALL],
  ['action:tcp-request content', 'set-mark', ALL],
  ['action:http-after-response', 'del-acl', ['2.8', '3.0', '3.2', '3.4']],
  // `using` is a word of the 3.0+ actions reference's prose, no action
  ...['tcp-request connection', 'tcp-request session', 'tcp-request content', 'tcp-response content', 'quic-initial']
    .map((rs): [Kind, string, string[]] => [`action:${rs}`, 'using', []]),
  // `crt` was a frontend keyword only in 3.2-dev8/dev9 (renamed ssl-f-use before 3.2.0)
  ['proxy', 'crt', []],
  ['proxy', 'ssl-f-use', ['3.2', '3.4']],
  // the 3.0 keyword matrix lists the server option hash-key as a proxy keyword
  ['proxy', 'hash-key', []],
  // addons/deviceatlas/da.c and addons/wurfl/wurfl.c
  ['global', 'deviceatlas-separator', []],
  ['global', 'deviceatlas-property-separator', ALL],
  ['global', 'deviceatlas-cache-size', ['3.0', '3.2', '3.4']],
  ['global', 'wurfl-engine-mode', ALL],
  ['global', 'wurfl-useragent-priority', ALL],
  // listed by every manual, registered by no release (nor 3.5-dev); haproxy -c 2.6 refuses both
  ['fetch', 'set-cookie', []],
  ['fetch', 'res.cook', ALL],
  ['server', 'no-verifyhost', []],
  ['server', 'verifyhost', ALL],
  // v2.8.0 registers ocsp-update only in ssl_crtlist_kws (a crt-list option, as its manual says)
  ['bind', 'ocsp-update', []],
  // ACL keywords are exactly src/http_acl.c, src/payload.c and src/ssl_sample.c's acl_kw_list; the manuals'
  // derivatives of req.cook, res.hdr, res.cook and res.ver are neither ACL keywords nor fetches
  ...['req.cook_beg', 'req.cook_len', 'res.hdr_beg', 'res.hdr_sub', 'res.scook', 'resp.ver'].map((n): [Kind, string, string[]] => ['acl', n, []]),
  ...['hdr_beg', 'path_reg', 'url_dom', 'ssl_fc_sni_end', 'req.ssl_ver', 'method'].map((n): [Kind, string, string[]] => ['acl', n, ALL]),
];

for (const [kind, name, versions] of FACTS) {
  test(`${kind} ${name}: known in ${versions.join(', ') || 'no version'}`, () => {
    assert.deepEqual(versionsOf(kind, name), versions);
  });
}

test('a name known in no version is not kept as a fact at all', () => {
  for (const [kind, name, versions] of FACTS) {
    if (versions.length === 0) assert.equal(setOf(knowledgeFor(0), kind).mask(name), 0, `${kind} ${name}`);
  }
});

let cases = 0;
/**
 * Diagnostics (code) that start at the caret of `marked`, checked with `version`. Each call uses its own uri:
 * the same text under the same uri may share cached per-line results across services.
 */
function codesAtCaret(marked: string, version: string): string[] {
  const { text, position } = caret(marked);
  return newService({ haproxy: { version } })
    .diagnostics(doc(`file:///t/fact-${++cases}/haproxy.cfg`, text))
    .filter((d) => d.range.start.line === position.line && d.range.start.character === position.character)
    .map((d) => String(d.code));
}

const FE = 'frontend f\n  mode http\n  bind :80\n  timeout client 5s\n';
const BE = 'backend b\n  timeout connect 5s\n  timeout server 5s\n';

/** [config with a caret before the word in question, version, codes expected exactly there ([] = clean)] */
const FLAGS: Array<[string, string, string[]]> = [
  [`${FE}  tcp-request content |using x\n`, '3.4', ['haproxy-unknown-action']],
  [`${FE}  tcp-request content |using x\n`, '2.6', ['haproxy-unknown-action']],
  [`${FE}  |crt /etc/haproxy/site.pem\n`, '3.2', ['haproxy-unknown-keyword']],
  [`${FE}  |crt /etc/haproxy/site.pem\n`, '3.4', ['haproxy-unknown-keyword']],
  [`${FE}  |ssl-f-use crt /etc/haproxy/site.pem\n`, '3.4', []],
  [`${BE}  |hash-key id\n`, '3.0', ['haproxy-unknown-keyword']],
  [`${BE}  server s 10.0.0.1:80 |hash-key addr\n`, '3.0', []],
  [`${BE}  server s 10.0.0.1:80 |hash-key addr\n`, '2.8', ['haproxy-version']],
  ['global\n  |deviceatlas-separator ,\n', '3.4', ['haproxy-unknown-keyword']],
  ['global\n  |deviceatlas-property-separator ,\n', '3.4', []],
  ['global\n  |deviceatlas-cache-size 1000\n', '3.0', []],
  ['global\n  |deviceatlas-cache-size 1000\n', '2.8', ['haproxy-version']],
  ['global\n  |wurfl-engine-mode performance\n', '3.2', []],
  [`${FE}  acl a |req_ssl_sni -i example.com\n`, '3.4', []],
  [`${FE}  acl a |cook(session) -m found\n`, '2.8', []],
  [`${FE}  acl a |shdr_beg(x-app) v2\n`, '3.0', []],
  [`${FE}  acl a |set-cookie(sid) -m found\n`, '2.6', ['haproxy-unknown-fetch']],
  [`${FE}  acl a |set-cookie(sid) -m found\n`, '3.4', ['haproxy-unknown-fetch']],
  [`${FE}  acl a |res.cook(sid) -m found\n`, '3.4', []],
  [`${BE}  server s 10.0.0.1:443 ssl verify required ca-file /ca.pem |no-verifyhost\n`, '2.6', ['haproxy-unknown-param']],
  [`${BE}  server s 10.0.0.1:443 ssl verify required ca-file /ca.pem |no-verifyhost\n`, '3.4', ['haproxy-unknown-param']],
  [`${BE}  server s 10.0.0.1:443 ssl verify required ca-file /ca.pem |verifyhost www.example.com\n`, '3.4', []],
  [`${FE}  bind :443 ssl crt /etc/haproxy/site.pem |ocsp-update on\n`, '2.8', ['haproxy-unknown-param']],
  [`${FE}  acl a |req.cook_beg(sid) abc\n`, '2.6', ['haproxy-unknown-fetch']],
  [`${FE}  acl a |res.hdr_sub(x-app) v2\n`, '3.4', ['haproxy-unknown-fetch']],
  [`${FE}  acl a |cook_beg(sid) abc\n`, '3.4', []],
  [`${FE}  acl a |req.cook(sid) -m beg abc\n`, '3.4', []],
  // 2.8's action table comes from its sources too, so an action it lacks is a version finding there
  [`${FE}  http-response |set-timeout server 5s\n`, '2.8', ['haproxy-version']],
  [`${FE}  http-response |set-timeout server 5s\n`, '3.0', []],
  [`${FE}  http-request |set-timeout server 5s\n`, '2.8', []],
  [`${FE}  http-request |do-log\n`, '2.8', ['haproxy-version']],
  [`${FE}  tcp-request session |attach-srv be/srv\n`, '2.8', ['haproxy-version']],
  [`${FE}  tcp-request connection |expect-proxy layer4\n`, '2.8', []],
  [`${FE}  tcp-request content |capture req.payload(0,4) len 4\n`, '2.8', []],
  [`${FE}  http-request |track-sc1 src\n`, '2.8', []],
];

for (const [marked, version, codes] of FLAGS) {
  const line = marked.split('\n').find((l) => l.includes('|'))?.trim();
  test(`${version}: "${line}" -> ${codes.join(', ') || 'no diagnostic'}`, () => {
    assert.deepEqual(codesAtCaret(marked, version), codes);
  });
}

test('hover on a typed map converter lists every version that has it', () => {
  const { text, position } = caret(`${FE}  http-request set-var(txn.port) req.hdr(host),map_|str_int(/etc/haproxy/ports.map,0)\n`);
  const h = newService({ haproxy: { version: '3.4' } }).hover(doc('file:///t/haproxy.cfg', text), position);
  assert.match((h?.contents as MarkupContent).value, /HAProxy versions: 2\.6–3\.4/);
});

test('switching the target version re-checks server options of the same document (no stale verdicts)', () => {
  const text = `${BE}  server s 10.0.0.1:80 hash-key addr\n`;
  const s = newService({ haproxy: { version: '3.0' } });
  const d = doc('file:///t/switch/haproxy.cfg', text);
  const versionFindings = () => s.diagnostics(d).map((x) => x.code).filter((c) => c === 'haproxy-version');
  assert.deepEqual(versionFindings(), []);
  s.updateSettings({ haproxy: { version: '2.8' } });
  assert.deepEqual(versionFindings(), ['haproxy-version']);
  s.updateSettings({ haproxy: { version: '3.0' } });
  assert.deepEqual(versionFindings(), []);
});
