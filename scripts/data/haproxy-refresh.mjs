#!/usr/bin/env node
// Regenerates server/src/service/schema/haproxy/generated/*.ts: keyword FACTS (names, sections, versions,
// argument shapes) read from HAProxy's doc/configuration.txt of each supported branch, merged with the
// `haproxy -dKall` dump of the installed binary. No upstream prose is copied: only names and shapes.
// See scripts/data/haproxy-README.md for how to run it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDoc } from './haproxy-doc-parse.mjs';
import { parseDump } from './haproxy-dump-parse.mjs';
import { applyDocErrata, REFUSING_REGISTRATIONS } from './haproxy-errata.mjs';
import { parseSources } from './haproxy-src-parse.mjs';

const VERSIONS = ['2.6', '2.8', '3.0', '3.2', '3.4'];
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = parseArgs(process.argv.slice(2));

function parseArgs(argv) {
  const out = { git: undefined, docs: {}, dump: undefined, dumpVersion: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--git') out.git = argv[++i];
    else if (a === '--doc') {
      const [v, p] = argv[++i].split('=');
      out.docs[v] = p;
    } else if (a === '--dump') out.dump = argv[++i];
    else throw new Error(`unknown argument ${a}`);
  }
  if (!out.git && Object.keys(out.docs).length === 0) {
    console.error('usage: haproxy-refresh.mjs --git <haproxy clone> | --doc 2.6=configuration.txt ... [--dump dKall.txt|auto]');
    process.exit(2);
  }
  return out;
}

function docText(v) {
  if (args.docs[v]) return readFileSync(args.docs[v], 'utf8');
  if (!args.git) throw new Error(`no doc for ${v}`);
  return execFileSync('git', ['--git-dir', args.git, 'show', `v${v}.0:doc/configuration.txt`], { maxBuffer: 64 << 20 }).toString('utf8');
}

/** Top-level section keywords of a branch, from REGISTER_CONFIG_SECTION in its sources (git mode only). */
function sectionKinds(v) {
  if (!args.git) return undefined;
  const out = execFileSync('git', ['--git-dir', args.git, 'grep', '-h', '-o', 'REGISTER_CONFIG_SECTION("[^"]*"', `v${v}.0`, '--', 'src', 'addons'], { maxBuffer: 64 << 20 }).toString('utf8');
  return [...new Set([...out.matchAll(/REGISTER_CONFIG_SECTION\("([^"]+)"/g)].map((m) => m[1]))].sort();
}

function dumpText() {
  if (!args.dump) return undefined;
  if (args.dump !== 'auto') return readFileSync(args.dump, 'utf8');
  const r = execFileSync('sh', ['-c', 'haproxy -dKall -c -f /dev/null 2>&1; true'], { maxBuffer: 64 << 20 });
  return r.toString('utf8');
}

function hostMajorMinor() {
  try {
    const v = execFileSync('haproxy', ['-v']).toString().match(/version (\d+\.\d+)/);
    return v ? v[1] : undefined;
  } catch {
    return undefined;
  }
}

/** Merge per-version fact maps into name -> per-version values. */
function mergeFacts(perVersion, pick) {
  const out = {};
  perVersion.forEach((facts, vi) => {
    for (const [name, value] of Object.entries(pick(facts))) {
      out[name] ??= VERSIONS.map(() => null);
      out[name][vi] = value;
    }
  });
  return sortKeys(Object.fromEntries(Object.entries(out).map(([k, v]) => [k, compact(v)])));
}

/** All present versions share one value: [bitmask of versions, value]; else the full per-version list. */
function compact(list) {
  const present = list.filter((x) => x !== null);
  if (present.every((x) => x === present[0])) return [list.reduce((m, x, i) => (x === null ? m : m | (1 << i)), 0), present[0]];
  return list;
}

function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const perVersion = VERSIONS.map((v) => {
  const facts = parseDoc(docText(v));
  applyDocErrata(facts, v);
  const kinds = sectionKinds(v);
  facts.sectionKinds = kinds ? Object.fromEntries(kinds.map((k) => [k, ''])) : Object.fromEntries(Object.keys(facts.sections).map((k) => [k, '']));
  return facts;
});
const dump = dumpText();
if (dump) {
  const hostV = hostMajorMinor() ?? '2.6';
  const vi = VERSIONS.indexOf(hostV);
  if (vi < 0) console.warn(`host haproxy ${hostV} is not a supported branch; dump ignored`);
  else mergeDump(perVersion[vi], parseDump(dump));
}

// Names the sources of a release register (src/ and addons/ keyword lists) but its manual and the dump lack,
// e.g. the typed map converters (map_str_int …) that the manual only shows as a template: added, with the
// synopsis of the nearest version that has the name (or the output type read from the source).
if (args.git) {
  const src = VERSIONS.map((v) => parseSources(args.git, `v${v}.0`));
  const kinds = [['converters', 'converters'], ['fetches', 'fetches'], ['bind', 'bind'], ['server', 'server'], ['global', 'global']];
  VERSIONS.forEach((_, vi) => {
    // ACL keywords are exactly the registered ones ("<fetch> -m <match>"): haproxy looks an ACL criterion up
    // in acl_kw_list, else as a sample fetch. The manuals' derivatives of req.cook/res.hdr (req.cook_beg,
    // res.hdr_sub, res.scook, resp.ver …) are neither, and `haproxy -c` 2.6 refuses them.
    perVersion[vi].acls = Object.fromEntries([...src[vi].acls].map((n) => [n, src[vi].shapes.acls[n] ?? '']));
    for (const [kind, srcKind] of kinds) addRegistered(vi, (f) => f[kind], src[vi][srcKind], REFUSING_REGISTRATIONS[kind] ?? [], src[vi].shapes[kind]);
    for (const [rs, names] of Object.entries(src[vi].actions)) addRegistered(vi, (f) => (f.actions[rs] ??= {}), names, [], undefined);
  });
}

function addRegistered(vi, pick, names, refused, shapes) {
  const into = pick(perVersion[vi]);
  const order = [...VERSIONS.keys()].filter((i) => i !== vi).sort((a, b) => Math.abs(a - vi) - Math.abs(b - vi) || b - a);
  for (const n of names) {
    if (into[n] !== undefined || refused.includes(n)) continue;
    const near = order.map((i) => pick(perVersion[i])[n]).find((x) => x !== undefined);
    into[n] = near ?? shapes?.[n] ?? '';
  }
}

function mergeDump(facts, d) {
  for (const k of d.global) facts.global[k] ??= '';
  for (const [k, arg] of Object.entries(d.bind)) facts.bind[k] ??= arg;
  for (const [k, arg] of Object.entries(d.server)) facts.server[k] ??= arg;
  for (const [k, shape] of Object.entries(d.converters)) facts.converters[k] = shape;
  for (const [k, shape] of Object.entries(d.fetches)) facts.fetches[k] = shape;
  for (const [set, names] of Object.entries(d.actions)) {
    facts.actions[set] ??= {};
    for (const n of names) facts.actions[set][n] ??= '';
  }
  for (const [sec, names] of Object.entries(d.sections)) {
    facts.sections[sec] ??= {};
    for (const n of names) facts.sections[sec][n] ??= '';
  }
  for (const [k, criterion] of Object.entries(d.acls)) facts.acls[k] ??= criterion;
}

const generated = {
  versions: VERSIONS,
  proxy: mergeFacts(perVersion, (f) => f.proxy),
  global: mergeFacts(perVersion, (f) => f.global),
  sections: {},
  bind: mergeFacts(perVersion, (f) => f.bind),
  server: mergeFacts(perVersion, (f) => f.server),
  converters: mergeFacts(perVersion, (f) => f.converters),
  fetches: mergeFacts(perVersion, (f) => f.fetches),
  acls: mergeFacts(perVersion, (f) => f.acls),
  logVars: mergeFacts(perVersion, (f) => f.logVars),
  sectionKinds: mergeFacts(perVersion, (f) => f.sectionKinds),
  actions: {},
};
const sectionNames = new Set(perVersion.flatMap((f) => Object.keys(f.sections)));
for (const s of [...sectionNames].sort()) generated.sections[s] = mergeFacts(perVersion, (f) => f.sections[s] ?? {});
const actionSets = new Set(perVersion.flatMap((f) => Object.keys(f.actions)));
for (const s of [...actionSets].sort()) generated.actions[s] = mergeFacts(perVersion, (f) => f.actions[s] ?? {});

// anchors: the newest branch that documents a name wins
const anchors = {};
for (let vi = VERSIONS.length - 1; vi >= 0; vi--) {
  for (const [k, a] of Object.entries(perVersion[vi].anchors)) anchors[k] ??= `${VERSIONS[vi]}#${a}`;
}

const outDir = join(root, 'server/src/service/schema/haproxy/generated');
mkdirSync(outDir, { recursive: true });
const header = (what) =>
  `// GENERATED by scripts/data/haproxy-refresh.mjs from configuration.txt (${VERSIONS.join(', ')}) and \`haproxy -dKall\`.\n` +
  `// Do not edit by hand: change the hand-written layer in ../overrides.ts instead. ${what}\n` +
  `// Each value is [bitmask of versions (bit i = HAPROXY_VERSIONS[i]), fact] or, when the fact changed, a list\n// parallel to HAPROXY_VERSIONS with null where the version lacks the name.\n`;
const write = (file, name, type, value, what) =>
  writeFileSync(
    join(outDir, file),
    `${header(what)}import type { ${type} } from '../factTypes';\n\nexport const ${name}: ${type} = ${JSON.stringify(value, null, 0).replace(/\],"/g, '],\n  "').replace(/^\{/, '{\n  ').replace(/\}$/, ',\n}')};\n`,
  );
write('proxy.ts', 'PROXY_FACTS', 'VersionedFacts', generated.proxy, 'Proxy keywords: "DFLB" columns (X, ! = named defaults only, -), then flags * (no-able) d (deprecated).');
write('global.ts', 'GLOBAL_FACTS', 'VersionedFacts', generated.global, 'Global keywords: value is the argument synopsis.');
write('sections.ts', 'SECTION_FACTS', 'SectionFacts', generated.sections, 'Keywords of the other sections.');
write('bindServer.ts', 'BIND_SERVER_FACTS', 'BindServerFacts', { bind: generated.bind, server: generated.server }, 'bind and server options: value is the argument synopsis ("" = flag).');
write('samples.ts', 'SAMPLE_FACTS', 'SampleFacts', { converters: generated.converters, fetches: generated.fetches, acls: generated.acls }, 'Converters and fetches: "args : type".');
write('sectionKinds.ts', 'SECTION_KINDS_FACTS', 'VersionedFacts', generated.sectionKinds, 'Top-level section keywords (from REGISTER_CONFIG_SECTION in the sources).');
write('logFormat.ts', 'LOG_FORMAT_VARS', 'VersionedFacts', generated.logVars, 'Custom log-format variables: "<H|L|S flag> <type>" (H: HTTP only).');
write('actions.ts', 'ACTION_FACTS', 'SectionFacts', generated.actions, 'Rule actions per rule set.');
writeFileSync(
  join(outDir, 'anchors.ts'),
  `// GENERATED by scripts/data/haproxy-refresh.mjs: "kind:name" -> "<branch>#<section>-<name>" anchor on docs.haproxy.org.\n` +
    `export const DOC_ANCHORS: Readonly<Record<string, string>> = ${JSON.stringify(sortKeys(anchors), null, 0).replace(/","/g, '",\n  "').replace(/^\{/, '{\n  ').replace(/\}$/, ',\n}')};\n`,
);
const count = (o) => Object.keys(o).length;
console.log(`log vars ${count(generated.logVars)}, proxy ${count(generated.proxy)}, global ${count(generated.global)}, bind ${count(generated.bind)}, server ${count(generated.server)}, converters ${count(generated.converters)}, fetches ${count(generated.fetches)}, acls ${count(generated.acls)}`);
for (const [s, v] of Object.entries(generated.sections)) console.log(`section ${s}: ${count(v)}`);
for (const [s, v] of Object.entries(generated.actions)) console.log(`actions ${s}: ${count(v)}`);
