// The VRRP password: 8 characters from letters and digits, drawn from the injected source without bias.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomAuthPass } from '../../../server/src/service/features/scaffold/random';
import { counterRandom } from './stackHelpers';

test('8 letters or digits', () => {
  assert.match(randomAuthPass(counterRandom()), /^[A-Za-z0-9]{8}$/);
});

test('deterministic for the same source, different for another', () => {
  assert.equal(randomAuthPass(counterRandom(5)), randomAuthPass(counterRandom(5)));
  assert.notEqual(randomAuthPass(counterRandom(5)), randomAuthPass(counterRandom(6)));
});

test('maps bytes onto the alphabet', () => {
  assert.equal(randomAuthPass(counterRandom(0)), 'ABCDEFGH');
  assert.equal(randomAuthPass(counterRandom(26)), 'abcdefgh');
});

test('skips bytes that would bias the draw (248 and above)', () => {
  const source = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 250 : 1));
  assert.equal(randomAuthPass(source), 'BBBBBBBB');
});

test('a source that never gives usable bytes is an error, not a hang', () => {
  assert.throws(() => randomAuthPass((n) => new Uint8Array(n).fill(255)), /unusable bytes/);
});

test('covers the whole alphabet', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 62; i++) seen.add(randomAuthPass(counterRandom(i))[0]);
  assert.equal(seen.size, 62);
});
