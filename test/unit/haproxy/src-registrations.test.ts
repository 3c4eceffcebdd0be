// The haproxy data scripts: the reader of keyword registrations in C sources (scripts/data/haproxy-src-parse.mjs)
// and the manual errata (haproxy-errata.mjs), run on a small made-up C file. The scripts are plain ESM, so a
// child node process runs them and prints JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { baseName, HAPROXY_VERSIONS, knowledgeFor } from '../../../server/src/service/schema/haproxy/index';

const ROOT = resolve(__dirname, '../../..');

/** Runs `body` (ESM, with `src` and `errata` imported) in node and returns what it printed as JSON. */
function run(body: string, input = ''): unknown {
  const script =
    `import * as src from ${JSON.stringify(`${ROOT}/scripts/data/haproxy-src-parse.mjs`)};\n` +
    `import * as errata from ${JSON.stringify(`${ROOT}/scripts/data/haproxy-errata.mjs`)};\n` +
    `import { readFileSync } from 'node:fs';\nconst input = readFileSync(0, 'utf8');\n${body}`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { input, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const C_FILE = `
#define ACT_NAME "made-up-act"
static struct sample_fetch_kw_list smp_kws = {ILH, {
	{ "f.one",  smp_fetch_one, 0, NULL, SMP_T_STR, SMP_USE_HRQHV },
	/* { "f.commented", smp_fetch_two, 0, NULL, SMP_T_STR, SMP_USE_HRQHV }, */
	{ /* END */ },
}};
static struct sample_conv_kw_list conv_kws = {ILH, {
	{ "c_two", conv_two, ARG1(1,STR), NULL, SMP_T_STR, SMP_T_SINT },
	{ NULL, NULL, 0, 0, 0 },
}};
static struct bind_kw_list bind_kws = { "SSL", { }, {
	{ "b-opt", bind_parse_b, 1 }, // "b-in-comment"
	{ NULL, NULL, 0 },
}};
static struct srv_kw_list srv_kws = { "ALL", { }, {
	{ "s-opt", srv_parse_s, 0, 1, 1 },
	{ NULL, NULL, 0 },
}};
static struct acl_kw_list acl_kws = {ILH, {
	{ "a_alias", "f.one", PAT_MATCH_STR },
	{ "a_beg",   "f.one", PAT_MATCH_BEG },
	{ "a_self",  NULL,    PAT_MATCH_STR, NULL, pat_idx_list_str },
	{ /* END */ },
}};
static struct action_kw_list req_kws = { ILH, {
	{ ACT_NAME, parse_act },
	{ "x-act", parse_x, KWF_MATCH_PREFIX },
	{ /* END */ },
}};
INITCALL1(STG_REGISTER, http_req_keywords_register, &req_kws);
static struct action_kw_list unregistered_kws = { ILH, {
	{ "never-registered", parse_y },
	{ /* END */ },
}};
static struct cfg_kw_list cfg_kws = {ILH, {
	{ CFG_GLOBAL, "g-one", parse_g },
	{ CFG_LISTEN, "p-one", parse_p },
	{ 0, NULL, NULL },
}};
`;

const PARSED = `
const out = src.parseSource(input, { shapes: { fetches: {}, converters: {} }, global: new Set(), sections: {}, fetches: new Set(),
  converters: new Set(), acls: new Set(), bind: new Set(), server: new Set(), actions: {} }, { ACT_NAME: 'made-up-act' });
const plain = (v) => (v instanceof Set ? [...v].sort() : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v);
console.log(JSON.stringify(plain(out)));`;

test('the registration reader finds each kind of keyword list', () => {
  const out = run(PARSED, C_FILE) as Record<string, unknown>;
  assert.deepEqual(out, {
    shapes: { fetches: { 'f.one': ' : str' }, converters: { c_two: ' : sint' }, acls: { a_alias: 'f.one -m str', a_beg: 'f.one -m beg', a_self: 'a_self -m str' } },
    global: ['g-one'],
    sections: { CFG_LISTEN: ['p-one'] },
    fetches: ['f.one'],
    converters: ['c_two'],
    acls: ['a_alias', 'a_beg', 'a_self'],
    bind: ['b-opt'],
    server: ['s-opt'],
    actions: { 'http-request': ['made-up-act', 'x-act'] },
  });
});

test('doc errata drop a name only from the versions they name', () => {
  const out = run(`
const facts = { proxy: { crt: '-XX-', 'ssl-f-use': '-XX-', 'hash-key': 'X-XX' }, global: { 'deviceatlas-separator': '' }, fetches: { bc_settings_streams_limit: '' },
  server: { 'no-verifyhost': '', verifyhost: '<hostname>' }, bind: { 'ocsp-update': '[ off | on ]' } };
const v28 = JSON.parse(JSON.stringify(facts));
errata.applyDocErrata(facts, '3.2');
errata.applyDocErrata(v28, '2.8');
console.log(JSON.stringify({ facts, v28: { bind: v28.bind, proxy: v28.proxy } }));`);
  assert.deepEqual(out, {
    facts: { proxy: { 'ssl-f-use': '-XX-', 'hash-key': 'X-XX' }, global: {}, fetches: {}, server: { verifyhost: '<hostname>' }, bind: { 'ocsp-update': '[ off | on ]' } },
    v28: { bind: {}, proxy: { crt: '-XX-', 'ssl-f-use': '-XX-', 'hash-key': 'X-XX' } },
  });
});

test('refusing registrations are listed per kind', () => {
  const out = run('console.log(JSON.stringify(errata.REFUSING_REGISTRATIONS));') as Record<string, string[]>;
  assert.ok(out.bind.includes('process') && out.server.includes('usesrc') && out.global.includes('nbproc'));
});

// The release sources, when a local haproxy mirror is at hand (see scripts/data/haproxy-README.md).
const MIRROR = '/work/.mirror/haproxy+haproxy/repo';
const noMirror = !existsSync(MIRROR) && 'no local haproxy git mirror';

test('the 2.8 action tables hold every action v2.8.0 registers (so 2.8 version findings can be trusted)', { skip: noMirror }, () => {
  const registered = run(`
const s = src.parseSources(${JSON.stringify(MIRROR)}, 'v2.8.0');
console.log(JSON.stringify(Object.fromEntries(Object.entries(s.actions).map(([rs, n]) => [rs, [...n]]))));`) as Record<string, string[]>;
  const k = knowledgeFor(HAPROXY_VERSIONS.indexOf('2.8'));
  assert.ok(Object.keys(registered).length >= 6);
  for (const [rs, names] of Object.entries(registered)) {
    const set = k.actions.get(rs);
    assert.ok(set, rs);
    for (const n of names) assert.ok(set.has(baseName(n)), `${rs} ${n}`);
  }
});

test('every version knows exactly the ACL keywords its sources register, as "<fetch> -m <match>"', { skip: noMirror }, () => {
  HAPROXY_VERSIONS.forEach((v, vi) => {
    const acls = run(`
const s = src.parseSources(${JSON.stringify(MIRROR)}, 'v${v}.0');
console.log(JSON.stringify(s.shapes.acls));`) as Record<string, string>;
    const k = knowledgeFor(vi);
    assert.deepEqual(Object.fromEntries([...k.acls.names()].sort().map((n) => [n, k.acls.get(n)])), Object.fromEntries(Object.entries(acls).sort()), v);
  });
});
