import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexLine, parseHaproxy } from '../../../server/src/service/parser/haproxy/index';

const words = (line: string) => lexLine(line).words.map((w) => w.text);

const LEX_CASES: Array<[string, string[]]> = [
  ['  timeout client 30s', ['timeout', 'client', '30s']],
  ['log /dev/log local0 # comment', ['log', '/dev/log', 'local0']],
  ['strict-limits #', ['strict-limits']],
  ['http-request set-header X-A "a b"', ['http-request', 'set-header', 'X-A', 'a b']],
  ["errorfile 503 'x y'", ['errorfile', '503', 'x y']],
  ['acl a path a\\ b', ['acl', 'a', 'path', 'a b']],
  ['acl a path a\\#b', ['acl', 'a', 'path', 'a#b']],
  ['x "\\x41\\"q"', ['x', 'A"q']],
  ["x '\\x41'", ['x', '\\x41']],
  ['bind "${ADDR}:80"', ['bind', '${ADDR}:80']],
  ['a\tb', ['a', 'b']],
  ['x ab"c d"e', ['x', 'abc de']],
];

for (const [line, expected] of LEX_CASES) {
  test(`lexLine ${JSON.stringify(line)}`, () => assert.deepEqual(words(line), expected));
}

test('word columns are exact', () => {
  const w = lexLine('  server s1 "10.0.0.1:80" check').words;
  assert.deepEqual(w.map((x) => [x.start, x.end]), [[2, 8], [9, 11], [12, 25], [26, 31]]);
  assert.equal(w[2].quoted, true);
});

test('env references are flagged outside single quotes only', () => {
  assert.equal(lexLine('bind ${ADDR}').words[1].env, true);
  assert.equal(lexLine('bind "$ADDR"').words[1].env, true);
  assert.equal(lexLine("bind '$ADDR'").words[1].env, false);
});

test('unmatched quotes and bad escapes are errors with ranges', () => {
  assert.deepEqual(lexLine('x "abc').errors, [[2, 6, 'unmatched double quote']]);
  assert.equal(lexLine('x \\xZZ').errors.length, 1);
});

test('sections, names and directives', () => {
  const t = parseHaproxy('global\n  daemon\n\ndefaults\n  mode http\nfrontend fe\n  bind :80\nbackend be\n  server s 1.1.1.1:80\n');
  assert.deepEqual(t.sections.map((s) => [s.kind, s.name?.text, s.directives.length]), [
    ['global', undefined, 1],
    ['defaults', undefined, 1],
    ['frontend', 'fe', 1],
    ['backend', 'be', 1],
  ]);
  assert.equal(t.sections[0].endLine, 1);
  assert.equal(t.errors.length, 0);
});

test('every section kind starts a section', () => {
  for (const k of ['resolvers dns', 'peers p', 'userlist u', 'mailers m', 'program p', 'http-errors e', 'ring r',
    'log-forward l', 'cache c', 'fcgi-app f', 'crt-store', 'acme a', 'traces']) {
    assert.equal(parseHaproxy(`${k}\n  x y\n`).sections[0].kind, k.split(' ')[0]);
  }
});

test('BOM, CRLF and lone CR', () => {
  const t = parseHaproxy('\ufeffglobal\r\n  daemon\r  maxconn 10\n');
  assert.equal(t.sections[0].kind, 'global');
  assert.deepEqual(t.sections[0].directives.map((d) => d.line), [1, 2]);
  assert.equal(t.sections[0].header.words[0].start, 1);
});

test('lines before any section are orphans', () => {
  assert.equal(parseHaproxy('daemon\nglobal\n').orphans.length, 1);
});

test('conditional blocks nest and report imbalance', () => {
  const ok = parseHaproxy('global\n.if defined(X)\n  daemon\n.elif feature(LUA)\n.else\n  .if 1\n  .endif\n.endif\n');
  assert.equal(ok.errors.length, 0);
  assert.equal(ok.sections[0].directives[0].condDepth, 1);
  assert.deepEqual(ok.condBlocks, [[5, 6], [1, 7]]);
  const bad = parseHaproxy('.endif\n.if 1\n.else\n.else\n');
  assert.deepEqual(bad.errors.map((e) => e.range.start.line), [0, 3, 1]);
});

test('never throws on arbitrary input', () => {
  for (const s of ['', '\n\n', '"', "'", '\\', '#', '.if', '\u0000\u0001', 'global\n\t\t"\\x', 'frontend\n']) {
    assert.doesNotThrow(() => parseHaproxy(s));
  }
});
