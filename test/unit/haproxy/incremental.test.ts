// Reparsing a new version of the same uri reuses unchanged lines; the result must equal a fresh parse,
// and the diagnostics must equal those of a service that never saw the earlier versions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { modelOf, parseHaproxy, type HaproxyTree } from '../../../server/src/service/parser/haproxy/index';
import { newService } from '../helpers';

const BASE = [
  'global', '  stats socket /run/h.sock', 'defaults', '  mode http', '  timeout client 5s', 'frontend fe', '  bind :80',
  '  acl a hdr(host) -i x', '  use_backend be if a', '  default_backend be', 'backend be', '  option httpchk',
  '  server s1 10.0.0.1:80 check inter 2s', '  server s2 10.0.0.2 check', 'backend other', '  server s1 10.0.0.3:80',
];
const PIECES = ['backend be', 'backend be2', '  server s1 1.1.1.1:80 check', '  server s1 1.1.1.1 check', '.if 1', '.endif',
  '  use_backend other', '  mode tcp', '  default-server check port 81', '  bogus', '"', '  acl a src 1.2.3.4', ' ', '',
  'frontend fe2', '  bind :80 ssl', '  timeout server 10', 'defaults d2', '  inter 2x',
  // lines the per-proxy summaries read (inherited timeouts, httpchk, backup servers, maxconn)
  '  timeout check 10s', '  option httpchk GET / HTTP/1.1', '  server s3 1.1.1.1:80 check backup', '  maxconn 100000',
  'backend be3 from d2'];

const edit = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 2 }),
  ins: fc.array(fc.constantFrom(...PIECES), { maxLength: 2 }),
  append: fc.option(fc.constantFrom(' ', 'x', ' check', '#c'), { nil: undefined }),
});

let fresh = 0;

test('a reparse after edits equals a fresh parse, and so do its diagnostics', () => {
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.nat(), (edits, seed) => {
      // one service per run (the workspace holds one file), but the parser's per-uri memory spans runs
      const svc = newService({ haproxy: { version: '2.6' } });
      const uri = `file:///inc/${seed % 3}/haproxy.cfg`;
      let lines = [...BASE];
      let version = 1;
      for (const e of [undefined, ...edits]) {
        if (e) {
          const at = e.at % (lines.length + 1);
          lines = [...lines.slice(0, at), ...e.ins, ...lines.slice(at + e.del)];
          if (e.append !== undefined && lines[at] !== undefined) lines[at] += e.append;
        }
        const text = lines.join('\n');
        assert.deepEqual(parseHaproxy(text, `file:///inc/parse${seed % 3}.cfg`), parseHaproxy(text));
        const got = svc.diagnostics({ uri, text, version: version++, languageId: 'haproxy' });
        assert.deepEqual(modelOf(svc.workspace.get(uri)?.tree as HaproxyTree), modelOf(parseHaproxy(text)));
        // a uri never parsed before, so nothing is reused (uris in the findings mapped back)
        const other = `file:///fresh/${fresh++}/haproxy.cfg`;
        const clean = newService({ haproxy: { version: '2.6' } }).diagnostics({ uri: other, text, version: 1, languageId: 'haproxy' });
        assert.deepEqual(got, JSON.parse(JSON.stringify(clean).split(other).join(uri)));
      }
    }),
    { numRuns: 150 },
  );
});

const charEdit = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 4 }),
  ins: fc.constantFrom('', '\n', '\r', '\r\n', ' ', 'x', '"', '\\', '#', '\nbackend b2\n', '\n.if 1\n', '.endif\n', ' server s 1.1.1.1\r\n'),
});

test('character edits (line breaks of every kind included) reparse like a fresh parse', () => {
  fc.assert(
    fc.property(fc.constantFrom('\n', '\r\n', '\r'), fc.array(charEdit, { minLength: 1, maxLength: 8 }), (nl, edits) => {
      const uri = 'file:///inc/chars.cfg';
      let text = BASE.join(nl);
      parseHaproxy(text, uri);
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.ins + text.slice(at + e.del);
        assert.deepEqual(parseHaproxy(text, uri), parseHaproxy(text));
      }
    }),
    { numRuns: 400 },
  );
});

test('an unchanged text returns the same tree, a changed one keeps unchanged directives', () => {
  const text = BASE.join('\n');
  const a = parseHaproxy(text, 'file:///inc/same.cfg');
  assert.equal(parseHaproxy(text, 'file:///inc/same.cfg'), a);
  const b = parseHaproxy(text.replace('mode http', 'mode tcp'), 'file:///inc/same.cfg');
  assert.notEqual(b, a);
  assert.equal(b.sections[4].directives[0], a.sections[4].directives[0]);
  assert.notEqual(b.sections[1].directives[0], a.sections[1].directives[0]);
  assert.equal(b.sections[1].directives[0].words[1].text, 'tcp');
});
