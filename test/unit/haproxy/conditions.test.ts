import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHaproxy } from '../../../server/src/service/parser/haproxy/index';
import { evaluate, lineStates } from '../../../server/src/service/validation/haproxy/conditions';
import { doc, newService } from '../helpers';

const V26 = 0;
const V34 = 4;
const EXPRS: Array<[string, number, boolean | undefined]> = [
  ['1', V26, true],
  ['0', V26, false],
  ['version_atleast(2.8)', V26, false],
  ['version_atleast(2.8)', V34, true],
  ['version_before(3.0)', V26, true],
  ['version_atleast(2.6)', V26, true],
  ['version_atleast(2.6.5)', V26, undefined],
  ['defined(HAPROXY_MWORKER)', V26, undefined],
  ['feature(OPENSSL)', V26, undefined],
  ['!feature(OPENSSL)', V26, undefined],
  ['streq(a,a)', V26, true],
  ['strneq(a,a)', V26, false],
  ['streq($X,1)', V26, undefined],
  ['feature(OPENSSL) && 0', V26, false],
  ['feature(OPENSSL) || 1', V26, true],
  ['!(version_atleast(3.0) || 0)', V26, true],
];
for (const [expr, vi, expected] of EXPRS) {
  test(`evaluate ${expr} @${vi}`, () => assert.equal(evaluate(expr, vi), expected));
}

test('line states follow .if/.elif/.else', () => {
  const text = ['global', '.if 0', '  a', '.elif 1', '  b', '.else', '  c', '.endif', '.if defined(X)', '  d', '.else', '  e', '.endif', '  f'].join('\n');
  const s = Array.from(lineStates(parseHaproxy(text), V26));
  assert.deepEqual([s[2], s[4], s[6], s[9], s[11], s[13]], [2, 0, 2, 1, 1, 0]);
});

test('findings in skipped blocks vanish, in undecidable blocks they become warnings', () => {
  const svc = newService({ haproxy: { version: '2.6' } });
  const text = 'global\n.if version_atleast(9.0)\n  nosuchkeyword\n.endif\n.if defined(X)\n  nbhtread 2\n.endif\n';
  const diags = svc.diagnostics(doc('file:///c/haproxy.cfg', text));
  assert.equal(diags.filter((d) => d.range.start.line === 2).length, 0);
  const typo = diags.find((d) => d.range.start.line === 5);
  assert.equal(typo?.severity, 2);
  assert.match(typo?.message ?? '', /cannot evaluate/);
});
