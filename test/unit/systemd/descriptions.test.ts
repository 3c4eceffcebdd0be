import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_SECTIONS, directivesIn, NEWEST_VERSION } from '../../../server/src/service/schema/systemd/index';
import { DESCRIPTIONS } from '../../../server/src/service/schema/systemd/descriptions';

// Directive names still served by the generated "Takes ..." line. Lower this when adding descriptions; it may
// only go down.
const MAX_MISSING = 0;

function missing(): string[] {
  const names = new Set<string>();
  for (const s of ALL_SECTIONS) {
    for (const d of directivesIn(s, NEWEST_VERSION)) {
      if (!(DESCRIPTIONS[`${s}.${d.name}`] ?? DESCRIPTIONS[d.name])) names.add(d.name);
    }
  }
  return [...names].sort();
}

/** Sentence ends: a full stop, ! or ? followed by the end or by a space and a capital (so "e.g. x" is one). */
function sentences(text: string): number {
  return (text.match(/[.!?](?=$|\s+[A-Z`(])/g) ?? []).length;
}

test('the number of directives without a hand-written description only goes down', () => {
  const left = missing();
  console.log(`systemd directives without a hand-written description: ${left.length}`);
  assert.ok(left.length <= MAX_MISSING, `${left.length} > ${MAX_MISSING}: ${left.slice(0, 20).join(', ')}`);
});

test('every description is one to three sentences and under 400 characters', () => {
  for (const [key, text] of Object.entries(DESCRIPTIONS)) {
    const n = sentences(text.trim());
    assert.ok(n >= 1 && n <= 3, `${key}: ${n} sentences`);
    assert.ok(text.length < 400, `${key}: ${text.length} characters`);
    assert.ok(/[.!?]$/.test(text.trim()), `${key}: does not end a sentence`);
  }
});

test('no description starts with its directive name and a colon', () => {
  for (const [key, text] of Object.entries(DESCRIPTIONS)) {
    const name = key.includes('.') ? key.slice(key.indexOf('.') + 1) : key;
    assert.ok(!text.startsWith(`${name}:`) && !text.startsWith(`${name}=:`), `${key} starts with its name`);
  }
});

test('every description key names a directive systemd knows', () => {
  const known = new Set<string>();
  for (const s of ALL_SECTIONS) for (const d of directivesIn(s, NEWEST_VERSION)) known.add(d.name).add(`${s}.${d.name}`);
  const stray = Object.keys(DESCRIPTIONS).filter((k) => !known.has(k));
  assert.deepEqual(stray, []);
});
