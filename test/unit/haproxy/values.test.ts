import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAddress, checkPort, parseTime } from '../../../server/src/service/schema/haproxy/index';
import { resolveVersion, versionIndexFor, describeMask } from '../../../server/src/service/schema/haproxy/versions';

const TIMES: Array<[string, number | undefined, boolean, boolean]> = [
  // text, ms, unitless, error
  ['30s', 30000, false, false],
  ['500', 500, true, false],
  ['1m', 60000, false, false],
  ['2h', 7200000, false, false],
  ['1d', 86400000, false, false],
  ['100ms', 100, false, false],
  ['250us', 0.25, false, false],
  ['10x', undefined, false, true],
  ['s', undefined, false, true],
  ['', undefined, false, true],
  ['1.5s', undefined, false, true],
];
for (const [text, ms, unitless, error] of TIMES) {
  test(`parseTime ${JSON.stringify(text)}`, () => {
    const t = parseTime(text);
    assert.equal(t.ms, ms);
    assert.equal(t.unitless, unitless);
    assert.equal(Boolean(t.error), error);
  });
}

const ADDRESSES: Array<[string, boolean, boolean]> = [
  // word, forServer, bad
  ['10.0.0.1:80', true, false],
  ['10.0.0.1:99999', true, true],
  ['10.0.0.1:0', true, false],
  ['10.0.0.1:80-90', true, true],
  ['10.0.0.1', true, false],
  [':443', false, false],
  [':0', false, true],
  ['*:8000-8010', false, false],
  ['*:8010-70000', false, true],
  ['10.0.0.1:+1000', true, false],
  ['[::1]:80', false, false],
  ['[::1]:800000', false, true],
  ['ipv6@::1:80', false, false],
  ['unix@/run/x.sock', false, false],
  ['/run/haproxy.sock', false, false],
  ['abns@name', false, false],
  ['fd@${FD}', false, false],
  ['${ADDR}:${PORT}', false, false],
  ['db.example.com:5432', true, false],
  ['db.example.com:http', true, true],
  ['quic4@:443', false, false],
];
for (const [word, forServer, bad] of ADDRESSES) {
  test(`checkAddress ${word} (${forServer ? 'server' : 'bind'})`, () => assert.equal(Boolean(checkAddress(word, forServer)), bad));
}

test('checkPort ranges', () => {
  assert.equal(checkPort('80', false), undefined);
  assert.ok(checkPort('80-90', false));
  assert.equal(checkPort('80-90', true), undefined);
});

test('version setting resolution', () => {
  assert.equal(resolveVersion('auto', {}), 4, 'newest LTS without a host haproxy');
  assert.equal(resolveVersion('auto', { haproxy: '2.6.12' }), 0);
  assert.equal(resolveVersion('2.9', {}), 1, 'an odd branch maps to the LTS below it');
  assert.equal(resolveVersion('3.3.1', {}), 3);
  assert.equal(resolveVersion('9.9', {}), 4);
  assert.equal(resolveVersion('nonsense', {}), 4);
  assert.equal(versionIndexFor('1.8'), 0);
  assert.equal(describeMask(0b11100), '3.0–3.4');
  assert.equal(describeMask(0b00001), '2.6');
});
