import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caret, doc, newService } from '../helpers';

const URI = 'file:///t/haproxy.cfg';
const svc = () => newService({ haproxy: { version: '2.6' } });
const labels = (marked: string) => {
  const c = caret(marked);
  return svc().completion(doc(URI, c.text), c.position).map((i) => i.label);
};

const COMPLETION: Array<[string, string, string[], string[]]> = [
  ['keywords of a backend', 'backend b\n  |', ['balance', 'server', 'option'], ['bind']],
  ['keywords of a frontend', 'frontend f\n  |', ['bind', 'default_backend'], ['server']],
  ['global keywords', 'global\n  |', ['maxconn', 'daemon'], []],
  ['option names', 'backend b\n  option |', ['httpchk', 'redispatch'], []],
  ['timeout kinds', 'backend b\n  timeout |', ['server', 'connect'], ['client']],
  ['balance algorithms', 'backend b\n  balance |', ['roundrobin', 'leastconn'], ['log-hash']],
  ['bind options', 'frontend f\n  bind :443 |', ['ssl', 'crt'], []],
  ['server options', 'backend b\n  server s 1.1.1.1:80 |', ['check', 'inter', 'backup'], []],
  ['backend names', 'frontend f\n  use_backend |\nbackend app\nbackend db\n', ['app', 'db'], []],
  ['ACL names in conditions', 'frontend f\n  acl is_api path_beg /api\n  http-request deny if |', ['is_api', 'TRUE'], []],
  ['actions', 'frontend f\n  http-request |', ['deny', 'set-header'], []],
  ['fetches after acl name', 'frontend f\n  acl a |', ['src', 'path_beg'], []],
  ['section names at top level', '|', ['global', 'frontend', 'backend'], []],
];

for (const [name, marked, yes, no] of COMPLETION) {
  test(`completion: ${name}`, () => {
    const got = labels(marked);
    for (const y of yes) assert.ok(got.includes(y), `${y} missing from ${got.slice(0, 20).join(',')}`);
    for (const n of no) assert.ok(!got.includes(n), `${n} should not be offered`);
  });
}

const HOVER: Array<[string, string, RegExp]> = [
  ['keyword', 'backend b\n  bal|ance roundrobin\n', /balance.*proxy keyword/s],
  ['option', 'backend b\n  option http|chk\n', /health checks/],
  ['balance algorithm', 'backend b\n  balance leastc|onn\n', /fewest connections/],
  ['server option', 'backend b\n  server s 1.1.1.1:80 ch|eck\n', /health checks/],
  ['section', 'glo|bal\n', /Process-wide/],
  ['fetch', 'frontend f\n  acl a sr|c 10.0.0.0/8\n', /sample fetch/],
  ['generated one-liner', 'global\n  tune.h2.max-fra|me-size 1\n', /global keyword/],
];

for (const [name, marked, re] of HOVER) {
  test(`hover: ${name}`, () => {
    const c = caret(marked);
    const h = svc().hover(doc(URI, c.text), c.position);
    assert.ok(h, 'no hover');
    assert.match((h.contents as { value: string }).value, re);
    assert.match((h.contents as { value: string }).value, /docs\.haproxy\.org|versions/);
  });
}

test('symbols and folding follow sections', () => {
  const text = 'global\n  daemon\n\n# web\n# tier\nfrontend f\n  bind :80\nbackend b\n  server s 1.1.1.1:80\n';
  const s = svc();
  assert.deepEqual(s.symbols(doc(URI, text)).map((x) => x.name), ['global', 'frontend f', 'backend b']);
  assert.equal(s.symbols(doc(URI, text))[2].children?.[0].name, 'server s');
  const f = s.folding(doc(URI, text));
  assert.ok(f.some((r) => r.startLine === 0 && r.endLine === 1));
  assert.ok(f.some((r) => r.startLine === 3 && r.endLine === 4 && r.kind === 'comment'));
});

test('formatting indents bodies and never touches words', () => {
  const text = 'global\ndaemon   \n      log  "a  b" local0 # c\nbackend b\n\tserver s 1.1.1.1:80 \\ \n';
  const edits = svc().format(doc(URI, text), { tabSize: 4, insertSpaces: true });
  const lines = text.split('\n');
  for (const e of edits) lines[e.range.start.line] = e.newText;
  assert.deepEqual(lines, ['global', '    daemon', '    log  "a  b" local0 # c', 'backend b', '    server s 1.1.1.1:80 \\ ', '']);
});

test('definition, references and rename of a backend', () => {
  const c = caret('frontend f\n  use_backend a|pp if TRUE\n  default_backend app\nbackend app\n');
  const s = svc();
  const d = doc(URI, c.text);
  assert.deepEqual(s.definition(d, c.position).map((l) => l.range.start.line), [3]);
  assert.equal(s.references(d, c.position, true).length, 3);
  assert.equal(s.references(d, c.position, false).length, 2);
  assert.ok(s.prepareRename(d, c.position));
  const edit = s.rename(d, c.position, 'web');
  assert.equal(edit?.changes?.[URI].length, 3);
});

test('ACL rename stays inside its proxy', () => {
  const c = caret('frontend a\n  acl x| src 1.1.1.1\n  http-request deny if x\nfrontend b\n  acl x src 2.2.2.2\n  http-request deny if !x\n');
  const edit = svc().rename(doc(URI, c.text), c.position, 'y');
  assert.deepEqual(edit?.changes?.[URI].map((e) => e.range.start.line).sort(), [1, 2]);
});

test('rename of a backend spans workspace files', () => {
  const s = svc();
  s.parse(doc('file:///t/b.cfg', 'backend app\n', 'haproxy'), false);
  const c = caret('frontend f\n  default_backend a|pp\n');
  const edit = s.rename(doc('file:///t/a.cfg', c.text, 'haproxy'), c.position, 'web');
  assert.deepEqual(Object.keys(edit?.changes ?? {}).sort(), ['file:///t/a.cfg', 'file:///t/b.cfg']);
});

const actionTitles = (text: string, line: number) => {
  const s = svc();
  const d = doc(URI, text);
  const diags = s.diagnostics(d).filter((x) => x.range.start.line === line);
  return s.codeActions(d, { start: { line, character: 0 }, end: { line, character: 200 } }, diags);
};

test('quick fixes: did-you-mean, create backend, add check, add unit', () => {
  const dflt = 'defaults\n  timeout client 5s\n  timeout connect 5s\n  timeout server 5s\n';
  assert.ok(actionTitles('global\n  maxconnn 1\n', 1).some((a) => a.title === "Change to 'maxconn'"));
  assert.ok(actionTitles(`${dflt}frontend f\n  default_backend nope\n`, 5).some((a) => a.title === "Create backend 'nope'"));
  const add = actionTitles(`${dflt}backend b\n  option httpchk\n  server s1 1.1.1.1:80\n  server s2 1.1.1.2:80\n`, 6).find((a) => a.title.startsWith("Add 'check'"));
  assert.equal(add?.edit?.changes?.[URI].length, 2);
  const unit = actionTitles(`${dflt}backend b\n  timeout server 50000\n`, 5).map((a) => a.title);
  assert.ok(unit.includes("Write '50000ms' (same meaning)") && unit.includes("Write '50s' (same meaning)"));
  const opt = actionTitles(`${dflt}backend b\n  option htpchk\n`, 5).find((a) => a.isPreferred);
  assert.equal(opt?.edit?.changes?.[URI][0].newText, 'option httpchk');
});

test('resolveCompletion adds documentation', () => {
  const s = svc();
  const c = caret('backend b\n  bal|');
  const item = s.completion(doc(URI, c.text), c.position).find((i) => i.label === 'balance');
  assert.ok(item);
  assert.match(JSON.stringify(s.resolveCompletion(item).documentation), /Load-balancing/);
});

test('log-format aliases: completion replaces the % being typed, hover explains them', () => {
  const c = caret('frontend f\n  log-format "%ci:%cp %S|"\n');
  const items = svc().completion(doc(URI, c.text), c.position);
  const st = items.find((i) => i.label === '%ST');
  assert.ok(st, 'no %ST');
  assert.deepEqual((st.textEdit as { range: { start: { character: number } } }).range.start.character, 22);
  const h = caret('frontend f\n  log-format "%ci:%c|p"\n');
  assert.match(JSON.stringify(svc().hover(doc(URI, h.text), h.position)?.contents), /Client source port/);
});

test('section templates at the start of an unindented line only', () => {
  assert.ok(labels('|').includes('backend (template)'));
  assert.ok(labels('global\n  daemon\n|').includes('frontend (template)'));
  assert.ok(!labels('backend b\n  |').includes('backend (template)'));
});

test('rendered section templates are clean configs', async () => {
  const { sectionTemplates } = await import('../../../server/src/service/features/haproxy/templates');
  const render = (s: string) => s.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1');
  const text = sectionTemplates().map((t) => render(t.insertText ?? '')).join('\n');
  const found = svc().diagnostics(doc(URI, text)).filter((d) => (d.severity ?? 1) <= 2);
  assert.deepEqual(found.map((d) => `${d.range.start.line}: ${d.message}`), []);
});

test('hover on a backend or ACL name shows where it is defined and how often it is used', () => {
  const c = caret('frontend f\n  acl api path_beg /api\n  use_backend a|pp if api\n  default_backend app\nbackend app\n');
  assert.match(JSON.stringify(svc().hover(doc(URI, c.text), c.position)?.contents), /backend.*line 5.*Used 2 times/);
  const a = caret('frontend f\n  acl api path_beg /api\n  use_backend app if a|pi\nbackend app\n');
  assert.match(JSON.stringify(svc().hover(doc(URI, a.text), a.position)?.contents), /acl.*line 2.*path_beg/);
});

test('hover finds the fetch or converter under the cursor inside a compound word', () => {
  const conv = caret('frontend f\n  http-request set-header X %[req.hdr(host),low|er]\n');
  assert.match(JSON.stringify(svc().hover(doc(URI, conv.text), conv.position)?.contents), /lower.*converter/);
  const fetch = caret('frontend f\n  http-request set-header X %[req.h|dr(host),lower]\n');
  assert.match(JSON.stringify(svc().hover(doc(URI, fetch.text), fetch.position)?.contents), /req\.hdr.*sample fetch/);
});

test('quick fixes: add the missing timeouts, replace a removed keyword', () => {
  const add = actionTitles('backend b\n    server s 1.1.1.1:80\n', 0).find((a) => a.title.startsWith('Add timeout'));
  assert.equal(add?.edit?.changes?.[URI][0].newText, '    timeout connect 5s\n    timeout server 30s\n');
  const rep = actionTitles('defaults\n  timeout client 5s\n  timeout connect 5s\nbackend b\n  srvtimeout 5s\n', 4).find((a) => a.isPreferred);
  assert.equal(rep?.edit?.changes?.[URI][0].newText, 'timeout server');
});

test('server references: use-server and track (same or other backend) rename with the server', () => {
  const c = caret('backend a\n  server w|eb1 1.1.1.1:80 check\n  use-server web1 if TRUE\nbackend b\n  server t 1.1.1.1:80 track a/web1\n');
  const edit = svc().rename(doc(URI, c.text), c.position, 'web9');
  assert.deepEqual(edit?.changes?.[URI].map((e) => [e.range.start.line, e.range.start.character]).sort(), [[1, 9], [2, 13], [4, 30]]);
});

test("completion: the proxy's own ACLs sort before haproxy's predefined ones", () => {
  const c = caret('frontend f\n  acl is_api path_beg /api\n  http-request deny if |');
  const items = svc().completion(doc(URI, c.text), c.position);
  const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  assert.equal(sorted[0].label, 'is_api');
  assert.equal(items.find((i) => i.label === 'TRUE')?.detail, 'predefined ACL');
});
