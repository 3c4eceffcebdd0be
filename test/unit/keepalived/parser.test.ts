import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseKeepalived } from '../../../server/src/service/parser/keepalived';

const shape = (text: string) =>
  parseKeepalived(text).root.map((s) => ({
    w: s.words.map((w) => w.text).join(' '),
    c: s.block?.children.map((c) => c.words.map((w) => w.text).join(' ')),
  }));

test('braces on the keyword line, alone, and inline lists', () => {
  assert.deepEqual(shape('vrrp_instance VI_1 {\n  state MASTER\n}\nglobal_defs\n{\n}\nstatic_ipaddress { 1.1.1.1 2.2.2.2 }\n'), [
    { w: 'vrrp_instance VI_1', c: ['state MASTER'] },
    { w: 'global_defs', c: [] },
    { w: 'static_ipaddress', c: ['1.1.1.1 2.2.2.2'] },
  ]);
});

test('words carry exact columns', () => {
  const t = parseKeepalived('  vrrp_script  chk {\n');
  const [a, b] = t.root[0].words;
  assert.deepEqual([a.line, a.start, a.end, b.start, b.end], [0, 2, 13, 15, 18]);
});

const cases: Array<[string, string, string[]]> = [
  ['# comment', 'a # b\n', ['a']],
  ['! comment', 'a ! b\n', ['a']],
  ['comment glued to a word', 'a#b c\n', ['a']],
  ['quoted string keeps # and spaces', 'script "/bin/x # y"\n', ['script', '/bin/x # y']],
  ['escaped #', 'a \\#b\n', ['a', '#b']],
];
for (const [name, text, words] of cases) {
  test(`lexing: ${name}`, () => {
    assert.deepEqual(parseKeepalived(text).root[0].words.map((w) => w.text), words);
  });
}

test('BOM and CRLF', () => {
  const t = parseKeepalived('\uFEFFglobal_defs {\r\n  router_id A\r\n}\r\n');
  assert.equal(t.errors.length, 0);
  assert.equal(t.root[0].words[0].start, 1);
  assert.deepEqual(t.root[0].block?.children[0].words.map((w) => [w.text, w.line]), [['router_id', 1], ['A', 1]]);
});

test('conditional lines, definitions, variable uses and ~SEQ', () => {
  const t = parseKeepalived('$IF=eth0\n$LONG=a \\\n  b\nvrrp_instance X {\n @node1 priority 150\n @^node1 priority 100\n interface $IF\n}\n~SEQ(i,1,3) real_server 10.0.0.$i 80\n');
  assert.deepEqual(t.definitions.map((d) => [d.name, d.value]), [['IF', 'eth0'], ['LONG', 'a\nb']]);
  const kids = t.root[0].block!.children;
  assert.deepEqual(kids.map((k) => k.cond?.text), ['@node1', '@^node1', undefined]);
  assert.deepEqual(t.variableUses.map((v) => v.text), ['IF', 'i']);
  assert.equal(t.root[1].seq?.text, '~SEQ(i,1,3)');
  assert.equal(t.root[1].words[0].text, 'real_server');
});

test('include is an ordinary statement', () => {
  assert.deepEqual(shape('include /etc/keepalived/conf.d/*.conf\n'), [{ w: 'include /etc/keepalived/conf.d/*.conf', c: undefined }]);
});

test('an extra } is reported where it is', () => {
  const t = parseKeepalived('a {\n}\n}\n');
  assert.deepEqual(t.errors.map((e) => [e.kind, e.line, e.start]), [['extra-brace', 2, 0]]);
});

test('a missing } points at the { left open, not at the outer block', () => {
  const t = parseKeepalived('vrrp_instance A {\n    authentication {\n        auth_type PASS\n}\nvrrp_instance B {\n}\n');
  assert.deepEqual(t.errors.map((e) => [e.kind, e.line]), [['unclosed-brace', 1]]);
});

test('a missing final } points at the last open block', () => {
  const t = parseKeepalived('vrrp_instance A {\n  state MASTER\n');
  assert.deepEqual(t.errors.map((e) => [e.kind, e.line, e.start]), [['unclosed-brace', 0, 16]]);
});

test('an unterminated quote is an error at the quote', () => {
  const t = parseKeepalived('script "abc\n');
  assert.deepEqual(t.errors.map((e) => [e.kind, e.start]), [['unterminated-quote', 7]]);
});

test('never throws on odd input', () => {
  for (const s of ['', '{', '}', '{{}}}', '"', '@', '@x', '$', '$A=', '~SEQ(', '~SEQ(', '\0', '\r\r\n\n', '{ } { a b } } {']) {
    assert.doesNotThrow(() => parseKeepalived(s));
  }
});

test('@name lines with braces are left out; @^name and brace-less @name lines stay', () => {
  const t = parseKeepalived('@main vrrp_instance A {\n@^main vrrp_instance A {\n@main priority 150\n@^main priority 100\n}\n');
  assert.deepEqual(t.errors, []);
  assert.deepEqual(t.inactiveLines, [0]);
  assert.equal(t.root.length, 1);
  assert.deepEqual(t.root[0].block?.children.map((c) => c.words.map((w) => w.text).join(' ')), ['priority 150', 'priority 100']);
});

test('${NAME} is part of a word, not a block', () => {
  const t = parseKeepalived('x {\n  virtual_router_id ${ID}0\n}\n');
  assert.deepEqual(t.root[0].block?.children[0].words.map((w) => w.text), ['virtual_router_id', '${ID}0']);
  assert.deepEqual(t.variableUses.map((v) => v.text), ['ID']);
  assert.deepEqual(t.errors, []);
});

test('an @name line with nothing after it is dropped without an error, as keepalived 2.2.7 -t does', () => {
  const t = parseKeepalived('@main\n@^main   \nglobal_defs {\n  router_id x\n}\n');
  assert.deepEqual(t.errors, []);
  assert.deepEqual(t.root.map((s) => s.words[0].text), ['global_defs']);
});
