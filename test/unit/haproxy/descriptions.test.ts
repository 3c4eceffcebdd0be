import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aclCriterion, knowledgeFor, NEWEST_LTS, HAPROXY_VERSIONS, type FactSet } from '../../../server/src/service/schema/haproxy/index';
import { DESCRIPTIONS } from '../../../server/src/service/schema/haproxy/descriptions';
import { ACTION_DESCRIPTIONS } from '../../../server/src/service/schema/haproxy/descriptionsActions';
import { BIND_DESCRIPTIONS } from '../../../server/src/service/schema/haproxy/descriptionsBind';
import { GLOBAL_DESCRIPTIONS } from '../../../server/src/service/schema/haproxy/descriptionsGlobal';
import { OPTION_DESCRIPTIONS } from '../../../server/src/service/schema/haproxy/descriptionsOptions';
import { PROXY_DESCRIPTIONS } from '../../../server/src/service/schema/haproxy/descriptionsProxy';
import { SAMPLE_DESCRIPTIONS } from '../../../server/src/service/schema/haproxy/descriptionsSamples';
import { TUNE_DESCRIPTIONS } from '../../../server/src/service/schema/haproxy/descriptionsTune';
import { SAMPLE_DESCRIPTIONS_2 } from '../../../server/src/service/schema/haproxy/descriptionsSamples2';
import { SAMPLE_DESCRIPTIONS_3 } from '../../../server/src/service/schema/haproxy/descriptionsSamples3';
import { SAMPLE_DESCRIPTIONS_4 } from '../../../server/src/service/schema/haproxy/descriptionsSamples4';
import { SAMPLE_DESCRIPTIONS_5 } from '../../../server/src/service/schema/haproxy/descriptionsSamples5';
import { SERVER_DESCRIPTIONS } from '../../../server/src/service/schema/haproxy/descriptionsServer';
import { SECTION_KEYWORD_DESCRIPTIONS } from '../../../server/src/service/schema/haproxy/descriptionsSections';
import { LOG_VAR_DESCRIPTIONS } from '../../../server/src/service/schema/haproxy/descriptionsLogVars';

const k = knowledgeFor(HAPROXY_VERSIONS.indexOf(NEWEST_LTS));
const SETS: Record<string, FactSet> = { proxy: k.proxy, global: k.global, bind: k.bind, server: k.server, fetch: k.fetches, conv: k.converters, acl: k.acls, logvar: k.logVars };
/** Keywords of the other sections (crt-list is no haproxy.cfg section: the 2.6 dump lists its line options). */
const SECTION_SETS = [...k.sections].filter(([sec]) => sec !== 'crt-list');
const ACTION_NAMES = new Set([...k.actions.values()].flatMap((s) => [...s.anyVersion.keys()]));

/**
 * An ACL criterion is documented from facts when its fact names a fetch and match method we can explain
 * (`hdr_beg` = `req.hdr -m beg`) in every version that has it, and that fetch has a hand-written description.
 */
function aclDocumented(n: string): boolean {
  return HAPROXY_VERSIONS.every((_, vi) => {
    const set = knowledgeFor(vi).acls;
    if (!set.has(n)) return true;
    const c = aclCriterion(n, set.get(n));
    return c !== undefined && DESCRIPTIONS[`fetch:${c.fetch}`] !== undefined;
  });
}

/** Names (in any version) of `kind` that still rely on the generated one-liner. */
function undescribed(kind: string, filter: (name: string) => boolean = () => true): string[] {
  return [...SETS[kind].anyVersion.keys()].filter((n) => filter(n) && !DESCRIPTIONS[`${kind}:${n}`] && !(kind === 'acl' && aclDocumented(n)));
}

// Upper bounds measured when these counts were last lowered: they may only go down.
const MAX_UNDESCRIBED: Array<[string, string, (n: string) => boolean, number]> = [
  ['proxy keywords', 'proxy', (n) => !n.startsWith('option ') && !n.startsWith('timeout '), 0],
  ['option names', 'proxy', (n) => n.startsWith('option '), 0],
  ['timeout kinds', 'proxy', (n) => n.startsWith('timeout '), 0],
  ['global keywords', 'global', () => true, 0],
  ['bind options', 'bind', () => true, 0],
  ['server options', 'server', () => true, 0],
  ['sample fetches', 'fetch', () => true, 0],
  ['converters', 'conv', () => true, 0],
  ['ACL criteria (described through the fetch they read)', 'acl', () => true, 0],
  ['log-format aliases', 'logvar', () => true, 0],
];

test('no keyword of the other sections (acme, cache, peers, resolvers, ring …) lacks a description', () => {
  const left = SECTION_SETS.flatMap(([sec, set]) => [...set.anyVersion.keys()].filter((n) => !DESCRIPTIONS[`${sec}:${n}`]).map((n) => `${sec}:${n}`));
  assert.ok(left.length === 0, `${left.length} undescribed: ${left.join(', ')}`);
});

test('descriptionsSections and descriptionsLogVars: every key names a known keyword and reaches DESCRIPTIONS', () => {
  const sections = new Map(SECTION_SETS);
  for (const [key, text] of Object.entries(SECTION_KEYWORD_DESCRIPTIONS)) {
    const [sec, ...rest] = key.split(':');
    assert.ok(sections.get(sec)?.anyVersion.has(rest.join(':')), `${key} is not a keyword of a ${sec} section in any version`);
    assert.equal(DESCRIPTIONS[key], text, `${key} is shadowed in descriptions.ts`);
  }
  for (const [key, text] of Object.entries(LOG_VAR_DESCRIPTIONS)) {
    assert.ok(key.startsWith('logvar:') && k.logVars.anyVersion.has(key.slice(7)), `${key} is no log-format alias`);
    assert.equal(DESCRIPTIONS[key], text, `${key} is shadowed in descriptions.ts`);
  }
});

test('no rule action lacks a hand-written description', () => {
  const left = [...ACTION_NAMES].filter((n) => !DESCRIPTIONS[`action:${n}`]);
  assert.ok(left.length === 0, `${left.length} actions undescribed: ${left.join(', ')}`);
});

for (const [label, kind, filter, max] of MAX_UNDESCRIBED) {
  test(`at most ${max} ${label} lack a hand-written description`, () => {
    const left = undescribed(kind, filter);
    assert.ok(left.length <= max, `${left.length} ${label} undescribed: ${left.join(', ')}`);
  });
}

/** Sentences in a description, not counting the dots of common abbreviations. */
function sentences(text: string): number {
  const plain = text.replace(/\b(e\.g|i\.e|etc|vs)\./g, '$1').replace(/`[^`]*`/g, 'X');
  return plain.split(/[.!?](?:\s+|$)/).filter((s) => s.trim() !== '').length;
}

test('every description is 1 to 3 sentences and under 400 characters', () => {
  for (const [key, text] of Object.entries(DESCRIPTIONS)) {
    assert.ok(text.length > 0 && text.length < 400, `${key}: ${text.length} characters`);
    const n = sentences(text);
    assert.ok(n >= 1 && n <= 3, `${key}: ${n} sentences`);
    assert.match(text, /[.)…]$/, `${key} should end with a full stop`);
  }
});

const SPLIT_FILES: Array<[string, string, Readonly<Record<string, string>>]> = [
  ['descriptionsProxy', 'proxy', PROXY_DESCRIPTIONS],
  ['descriptionsOptions', 'proxy', OPTION_DESCRIPTIONS],
  ['descriptionsGlobal', 'global', GLOBAL_DESCRIPTIONS],
  ['descriptionsTune', 'global', TUNE_DESCRIPTIONS],
  ['descriptionsBind', 'bind', BIND_DESCRIPTIONS],
  ['descriptionsServer', 'server', SERVER_DESCRIPTIONS],
  ['descriptionsActions', 'action', ACTION_DESCRIPTIONS],
];

test('descriptionsSamples*: every key names a known fetch or converter and reaches DESCRIPTIONS', () => {
  for (const [key, text] of Object.entries({ ...SAMPLE_DESCRIPTIONS, ...SAMPLE_DESCRIPTIONS_2, ...SAMPLE_DESCRIPTIONS_3, ...SAMPLE_DESCRIPTIONS_4, ...SAMPLE_DESCRIPTIONS_5 })) {
    const [kind, ...rest] = key.split(':');
    assert.ok(kind === 'fetch' || kind === 'conv', key);
    assert.ok(SETS[kind].anyVersion.has(rest.join(':')), `${key} is not a ${kind} name in any version`);
    assert.equal(DESCRIPTIONS[key], text, `${key} is shadowed in descriptions.ts`);
  }
});

for (const [file, kind, table] of SPLIT_FILES) {
  test(`${file}: every key names a known ${kind} name and reaches DESCRIPTIONS`, () => {
    for (const [key, text] of Object.entries(table)) {
      const [k0, ...rest] = key.split(':');
      assert.equal(k0, kind, key);
      const known = kind === 'action' ? ACTION_NAMES.has(rest.join(':')) : SETS[kind].anyVersion.has(rest.join(':'));
      assert.ok(known, `${key} is not a ${kind} name in any version`);
      assert.equal(DESCRIPTIONS[key], text, `${key} is shadowed in descriptions.ts`);
    }
  });
}
