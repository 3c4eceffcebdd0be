// The haproxy data scripts: the reader of keyword registrations in C sources (scripts/data/haproxy-src-parse.mjs)
// and the manual errata (haproxy-errata.mjs), run on a small made-up C file. The scripts are plain ESM, so a
// child node process runs them and prints JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

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
    shapes: { fetches: { 'f.one': ' : str' }, converters: { c_two: ' : sint' } },
    global: ['g-one'],
    sections: { CFG_LISTEN: ['p-one'] },
    fetches: ['f.one'],
    converters: ['c_two'],
    acls: ['a_alias'],
    bind: ['b-opt'],
    server: ['s-opt'],
    actions: { 'http-request': ['made-up-act', 'x-act'] },
  });
});

test('doc errata drop a name only from the versions they name', () => {
  const out = run(`
const facts = { proxy: { crt: '-XX-', 'ssl-f-use': '-XX-', 'hash-key': 'X-XX' }, global: { 'deviceatlas-separator': '' }, fetches: { bc_settings_streams_limit: '' } };
errata.applyDocErrata(facts, '3.2');
console.log(JSON.stringify(facts));`);
  assert.deepEqual(out, { proxy: { 'ssl-f-use': '-XX-', 'hash-key': 'X-XX' }, global: {}, fetches: {} });
});

test('refusing registrations are listed per kind', () => {
  const out = run('console.log(JSON.stringify(errata.REFUSING_REGISTRATIONS));') as Record<string, string[]>;
  assert.ok(out.bind.includes('process') && out.server.includes('usesrc') && out.global.includes('nbproc'));
});
