import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSystemd, valueSubRange } from '../../../server/src/service/parser/systemd/parser';

const U = 'file:///etc/systemd/system/web.service';

test('sections and entries with exact key and value ranges', () => {
  const t = parseSystemd('[Unit]\nDescription = Web  app \n\n[Service]\nExecStart=/bin/app\n', U);
  assert.deepEqual(t.sections.map((s) => s.name), ['Unit', 'Service']);
  const d = t.entries[0];
  assert.equal(d.key, 'Description');
  assert.equal(d.value, 'Web  app');
  assert.deepEqual(d.keyRange, { start: { line: 1, character: 0 }, end: { line: 1, character: 11 } });
  assert.deepEqual(d.valueRange, { start: { line: 1, character: 14 }, end: { line: 1, character: 22 } });
  assert.equal(t.sections[1].entries[0].section?.name, 'Service');
  assert.equal(t.unitType, 'service');
  assert.equal(t.errors.length, 0);
});

const comments: Array<[string, number]> = [
  ['# hash', 1],
  ['; semicolon', 1],
  ['   # indented', 1],
];
for (const [line, n] of comments) {
  test(`comment line: ${JSON.stringify(line)}`, () => {
    const t = parseSystemd(`[Unit]\n${line}\n`, U);
    assert.equal(t.comments.length, n);
    assert.equal(t.entries.length, 0);
  });
}

test('backslash continuation joins lines, skipping comment lines inside', () => {
  const t = parseSystemd('[Service]\nExecStart=/bin/a \\\n# note\n  --flag \\\n  --other\nType=simple\n', U);
  assert.equal(t.entries.length, 2);
  const e = t.entries[0];
  assert.equal(e.value, '/bin/a    --flag    --other');
  assert.equal(e.valueRange.start.line, 1);
  assert.equal(e.valueRange.end.line, 4);
  assert.equal(t.comments.filter((c) => c.inContinuation).length, 1);
  const flag = e.value.indexOf('--flag');
  assert.deepEqual(valueSubRange(e, flag, flag + 6), { start: { line: 3, character: 2 }, end: { line: 3, character: 8 } });
  assert.equal(t.entries[1].key, 'Type');
});

test('escaped backslash at the end is not a continuation', () => {
  const t = parseSystemd('[Service]\nEnvironment=A=x\\\\\nType=simple\n', U);
  assert.equal(t.entries.length, 2);
});

test('BOM and CRLF', () => {
  const t = parseSystemd('\uFEFF[Unit]\r\nDescription=x\r\n', U);
  assert.equal(t.sections[0].name, 'Unit');
  assert.deepEqual(t.sections[0].nameRange.start, { line: 0, character: 2 });
  assert.equal(t.entries[0].value, 'x');
});

test('repeated sections are kept apart', () => {
  const t = parseSystemd('[Unit]\nA=1\n[Service]\nB=2\n[Unit]\nC=3\n', U);
  assert.deepEqual(t.sections.map((s) => `${s.name}:${s.entries.length}`), ['Unit:1', 'Service:1', 'Unit:1']);
});

const garbage: Array<[string, string]> = [
  ['[Unit\n', 'bad-section-header'],
  ['[Unit]\njust words\n', 'missing-equals'],
  ['Description=x\n', 'outside-section'],
  ['[Unit]\n=x\n', 'empty-key'],
  ['[Unit]\n.include /x\n', 'include'],
];
for (const [src, kind] of garbage) {
  test(`garbage gives an error, never a throw: ${JSON.stringify(src)}`, () => {
    const t = parseSystemd(src, U);
    assert.deepEqual(t.errors.map((e) => e.kind), [kind]);
  });
}

test('empty value has an empty range right after =', () => {
  const t = parseSystemd('[Service]\nExecStart=\n', U);
  assert.equal(t.entries[0].value, '');
  assert.deepEqual(t.entries[0].valueRange, { start: { line: 1, character: 10 }, end: { line: 1, character: 10 } });
});

test('continuation at end of file ends the value', () => {
  const t = parseSystemd('[Service]\nExecStart=/bin/a \\', U);
  assert.equal(t.entries[0].value, '/bin/a');
});

test('random bytes never throw', () => {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const alphabet = '[]=\\#; \n\rabcXY\t\uFEFF';
  for (let k = 0; k < 300; k++) {
    let s = '';
    for (let j = 0; j < 60; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    const t = parseSystemd(s, U);
    assert.ok(Array.isArray(t.entries));
  }
});
