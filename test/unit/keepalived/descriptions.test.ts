import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_NODES, hasOwnDescription } from '../../../server/src/service/schema/keepalived';
import { DESCRIPTIONS } from '../../../server/src/service/schema/keepalived/descriptions';
import { VRRP_DESCRIPTIONS } from '../../../server/src/service/schema/keepalived/descriptionsVrrp';
import { GLOBAL_DESCRIPTIONS } from '../../../server/src/service/schema/keepalived/descriptionsGlobal';
import { LVS_DESCRIPTIONS } from '../../../server/src/service/schema/keepalived/descriptionsLvs';

// Keywords still on the generated line when the last batch was written: this number may only go down.
const MAX_WITHOUT_OWN_DESCRIPTION = 0;

/** Sentences: a full stop (or ! ?) at the end, or followed by a space and a capital letter. */
const sentences = (s: string) => s.split(/[.!?](?=\s+[A-Z`]|$)/).filter((p) => p.trim() !== '').length;

test(`at most ${MAX_WITHOUT_OWN_DESCRIPTION} keywords lack a hand-written description`, () => {
  const missing = ALL_NODES.filter((n) => !hasOwnDescription(n));
  assert.ok(missing.length <= MAX_WITHOUT_OWN_DESCRIPTION, `${missing.length} without a description`);
});

for (const [key, text] of Object.entries(DESCRIPTIONS)) {
  test(`description of ${key} is 1-3 sentences and under 400 characters`, () => {
    assert.ok(text.length < 400, `${text.length} characters`);
    assert.match(text, /[.!?]$/, 'ends a sentence');
    const n = sentences(text);
    assert.ok(n >= 1 && n <= 3, `${n} sentences`);
  });
}

test('every key of the split files names a real keyword (parent/keyword or */keyword)', () => {
  const keys = new Set(ALL_NODES.map((n) => `${n.parent?.name ?? ''}/${n.name}`));
  const names = new Set(ALL_NODES.map((n) => n.name));
  for (const key of [...Object.keys(VRRP_DESCRIPTIONS), ...Object.keys(GLOBAL_DESCRIPTIONS), ...Object.keys(LVS_DESCRIPTIONS)]) {
    const [parent, name] = key.split('/');
    assert.ok(parent === '*' ? names.has(name) : keys.has(key), key);
  }
});

test('the split files do not override each other or the main table', () => {
  const files = [VRRP_DESCRIPTIONS, GLOBAL_DESCRIPTIONS, LVS_DESCRIPTIONS];
  const seen = new Set<string>();
  for (const f of files) for (const k of Object.keys(f)) {
    assert.ok(!seen.has(k), k);
    seen.add(k);
  }
});
