// $NAME definitions are substituted as keepalived 2.2.7 does (facts checked with `keepalived -t -f`):
// values built from them are checked at the use, with what they expanded to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent, Range } from 'vscode-languageserver-types';
import { parseKeepalived } from '../../../server/src/service/parser/keepalived';
import { parseIncremental } from '../../../server/src/service/parser/keepalived/incremental';
import { caret, doc, newService } from '../helpers';
import { diags, plain } from './util';

/** Text with two `|` markers: the text without them and the range between. */
function marked(t: string): { text: string; range: Range } {
  const a = caret(t);
  const b = caret(a.text);
  return { text: b.text, range: { start: a.position, end: b.position } };
}

const INSTANCE = (body: string) => `vrrp_instance VI_1 {\n    state BACKUP\n    interface eth0\n    advert_int 1\n${body}\n}\n`;
const VIP = '    virtual_ipaddress {\n        192.168.1.10/24\n    }';

/** Error and warning findings (no information/best-practice noise) as `code@line:start-end`. */
function findings(text: string): string[] {
  return diags(text)
    .filter((d) => (d.severity ?? 1) <= 2 && !String(d.code).includes('-ha-'))
    .map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`);
}

const at = (code: string, r: Range) => `${code}@${r.start.line}:${r.start.character}-${r.end.character}`;

const CASES: Array<[string, string, string, RegExp]> = [
  ['$NAME', `$PRIO=300\n${INSTANCE(`    virtual_router_id 51\n    priority |$PRIO|\n${VIP}`)}`, 'keepalived-out-of-range', /\$PRIO expands to '300'/],
  ['${NAME}', `$VRID=0\n${INSTANCE(`    virtual_router_id |\${VRID}|\n${VIP}`)}`, 'keepalived-out-of-range', /\$VRID expands to '0'/],
  ['$NAME ending a word', `$N=0\n${INSTANCE(`    virtual_router_id 51\n    priority |30$N|\n${VIP}`)}`, 'keepalived-out-of-range', /Value 300 .*\$N expands to '0'/],
  ['${NAME} inside a word', `$N=9\n${INSTANCE(`    virtual_router_id 51\n    priority |2\${N}9|\n${VIP}`)}`, 'keepalived-out-of-range', /Value 299 .*\$N expands to '9'/],
  ['a definition using others, read at the use', `$P=2\${Q}\n$Q=5\${R}\n$R=6\n${INSTANCE(`    virtual_router_id 51\n    priority |$P|\n${VIP}`)}`, 'keepalived-out-of-range', /Value 256 .*\$P expands to '256'/],
  ['the value of a redefinition', `$P=100\n${INSTANCE(`    virtual_router_id 51\n    priority $P\n${VIP}`)}$P=300\nvrrp_instance VI_2 {\n    state BACKUP\n    interface eth0\n    virtual_router_id 52\n    priority |$P|\n${VIP}\n}\n`, 'keepalived-out-of-range', /'300'/],
  ['an enum', `$S=PRIMARY\n${INSTANCE(`    virtual_router_id 51\n    state |$S|\n${VIP}`)}`, 'keepalived-invalid-value', /\$S expands to 'PRIMARY'/],
  ['${NAME} inside quotes', `$S=PRIMARY\n${INSTANCE(`    virtual_router_id 51\n    state |"\${S}"|\n${VIP}`)}`, 'keepalived-invalid-value', /'PRIMARY'/],
  ['a line of a multi-line value', `$VIPS=virtual_ipaddress { \\\n  192.168.1.10/24 \\\n  192.168.1.300/24 \\\n}\n${INSTANCE(`    virtual_router_id 51\n    |$VIPS|`)}`, 'keepalived-bad-address', /multi-line definition \$VIPS on line 1/],
  ['$NAME before a character that stops it: checked as written', `$V=10\n${INSTANCE(`    virtual_router_id 51\n    virtual_ipaddress {\n        |192.168.1.$V/24|\n    }`)}`, 'keepalived-bad-address', /192\.168\.1\.\$V.*write \$\{V\}/],
  ['a definition that uses itself', `$A=\${B}\n$B=\${A}\n${INSTANCE(`    virtual_router_id 51\n    priority |\${A}|\n${VIP}`)}`, 'keepalived-bad-meta', /never ends/],
];

for (const [what, input, code, message] of CASES) {
  test(`substitution: ${what} is checked at the use`, () => {
    const { text, range } = marked(input);
    assert.ok(findings(text).includes(at(code, range)), `${findings(text).join(', ')} lacks ${at(code, range)}`);
    const d = diags(text).find((x) => x.code === code);
    assert.match(d?.message ?? '', message);
  });
}

const VALID: Array<[string, string]> = [
  ['values from definitions', `$P=150\n$ID=51\n$IF=ifb0\n${INSTANCE(`    virtual_router_id \${ID}\n    priority $P\n    track_interface {\n        $IF weight -10\n    }\n${VIP}`)}`],
  ['a whole block from a multi-line definition', `$VIPS=virtual_ipaddress { \\\n  192.168.1.10/24 \\\n}\n${INSTANCE('    virtual_router_id 51\n    priority 100\n    $VIPS')}`],
  ['whole instances from a multi-line definition (the man page example)', `$INSTANCE= \\\nvrrp_instance VI_\${NUM} { \\\n  state BACKUP \\\n  interface eth0 \\\n  virtual_router_id 1\${NUM} \\\n  priority 100 \\\n  virtual_ipaddress { \\\n    10.0.\${NUM}.254/24 \\\n  } \\\n}\n$NUM=0\n$INSTANCE\n$NUM=1\n$INSTANCE\n`],
  ['a definition made inside a multi-line value', `$RS= \\\n$W=2 \\\nreal_server 10.0.0.2 80 { \\\n  weight $W \\\n}\nvirtual_server 10.0.0.1 80 {\n  protocol TCP\n  $RS\n}\n`],
  ['a name an earlier include may define', `include /etc/keepalived/defs.conf\n${INSTANCE(`    virtual_router_id 51\n    priority $FROM_INCLUDE\n${VIP}`)}`],
  ['a ~SEQ line', `~SEQ(N,1,3) $X=\${N}\n${INSTANCE(`    virtual_router_id 51\n    priority 100\n${VIP}`)}`],
  ['a conditional definition', `@main $P=240\n@^main $P=200\n${INSTANCE(`    virtual_router_id 51\n    priority $P\n${VIP}`)}`],
];

for (const [what, text] of VALID) {
  test(`substitution: no false finding on ${what}`, () => {
    assert.deepEqual(findings(text), []);
  });
}

test('parser: a blank or comment-only line ends a multi-line definition (keepalived 2.2.7)', () => {
  for (const gap of ['', '   ', '  # note']) {
    const t = parseKeepalived(`$V=a \\\n  b \\\n${gap}\n  c\n`);
    assert.equal(t.definitions[0].value, 'a\nb');
    assert.equal(t.root[0]?.words[0].text, 'c');
  }
  // a '\\' ending the line continues it, even at the end of a comment
  for (const gap of ['  # note \\', '  \\']) assert.equal(parseKeepalived(`$V=a \\\n${gap}\n  c\n`).definitions[0].value, 'a\nc');
  assert.equal(parseKeepalived('$V=a # note \\\n  c\n').definitions[0].value, 'a\nc');
});

test('parser: a blank before = makes no definition', () => {
  const t = parseKeepalived('$P =300\n');
  assert.equal(t.definitions.length, 0);
  assert.equal(t.root[0].words[0].text, '$P');
});

test('parser: a multi-line definition is not replaced with text after the use', () => {
  const t = parseKeepalived('$M=a \\\nb\nvrrp_instance X {\n  priority $M 100\n  notify $M\n}\n');
  const inst = t.root[0].block!.children;
  assert.equal(inst[0].words[1].text, '$M');
  assert.equal(t.variableUses.find((u) => u.line === 3)?.blocked, 'multiline');
  // at the end of a line: its first line ends that line, the others are the lines after it
  assert.deepEqual(inst.slice(1).map((s) => s.words.map((w) => w.text).join(' ')), ['notify a', 'b']);
});

test('parser: words made by substitution keep the columns of the use', () => {
  const t = parseKeepalived('$P=150\nvrrp_instance X {\n  priority 1${P}0\n}\n');
  const w = t.root[0].block!.children[0].words[1];
  assert.deepEqual([w.text, w.line, w.start, w.end, w.expanded], ['11500', 2, 11, 17, true]);
});

function hover(input: string): string {
  const { text, position } = caret(input);
  const h = newService().hover(doc('file:///k/keepalived.conf', text, 'keepalived'), position);
  return h ? (h.contents as MarkupContent).value : '';
}

test('hover on a use: the value in effect there, after a redefinition', () => {
  const v = hover('$P=100\n$P=200\nvrrp_instance X {\n  priority $|P\n}\n');
  assert.match(v, /\*\*\$P\*\* = `200` — defined on line 2/);
  assert.match(v, /Also defined on line 1/);
});
test('hover on a use: the value after the definitions inside it', () => assert.match(hover('$B=10.0\n$A=${B}.1\nx ${|A}\n'), /`\$\{B\}\.1`[\s\S]*`10\.0\.1`/));
test('hover on a use that keepalived leaves as written', () => assert.match(hover('$V=1\nx $|V/24\n'), /left as written[\s\S]*\$\{V\}/));
test('hover on an undefined use', () => assert.match(hover('x $N|OPE\n'), /not defined before this line/));
test('hover on a use inside a definition', () => assert.match(hover('$A=${|B}x\n$B=1\n'), /replaced where the definition holding it is used[\s\S]*line 2/));

test('go to definition on a use: the definition in effect there', () => {
  const { text, position } = caret('$P=100\n$P=200\nvrrp_instance X {\n  priority $|P\n}\n');
  const locs = newService().definition(doc('file:///k/keepalived.conf', text, 'keepalived'), position);
  assert.deepEqual(locs.map((l) => [l.range.start.line, l.range.start.character, l.range.end.character]), [[1, 1, 2]]);
});

test('no quick-fix data on a finding at a use (the fix belongs in the definition)', () => {
  const text = `$PRIO=300\n${INSTANCE(`    virtual_router_id 51\n    priority $PRIO\n${VIP}`)}`;
  const d = diags(text).find((x) => x.code === 'keepalived-out-of-range');
  assert.ok(d);
  assert.equal(d.data, undefined);
});

test('a warning where a defined name is left as written', () => {
  const { text, range } = marked(`$V=10\n${INSTANCE(`    virtual_router_id 51\n    notify_master "/bin/up.sh |$V|"\n${VIP}`)}`);
  const d = diags(text).find((x) => x.code === 'keepalived-ha-unreplaced-variable');
  assert.deepEqual(d?.range, range);
  assert.equal(d?.severity, 2);
});

test('rename is refused on a name made by substitution', () => {
  const { text, position } = caret('$N=1\nvrrp_instance VI_$|N {\n}\n');
  assert.equal(newService().prepareRename(doc('file:///k/keepalived.conf', text, 'keepalived'), position), null);
});

const BASE = `$P=100\n$IF=eth0\nglobal_defs {\n  router_id A\n}\n${INSTANCE('    virtual_router_id 51\n    priority $P\n    track_interface {\n        $IF\n    }')}vrrp_instance VI_2 {\n  priority $P\n}\n`;
const EDITS: Array<[string, string, string]> = [
  ['a definition value changed', '$P=100', '$P=200'],
  ['a definition removed', '$IF=eth0\n', ''],
  ['a definition added before a use', 'global_defs {', '$P=7\nglobal_defs {'],
  ['a use changed', '  priority $P\n}', '  priority ${P}0\n}'],
  ['an unrelated word changed', 'router_id A', 'router_id B'],
];
for (const [what, from, to] of EDITS) {
  test(`incremental reparse with definitions equals a full parse: ${what}`, () => {
    const uri = `file:///incremental-subst/${what}`;
    parseIncremental(BASE, uri);
    const edited = BASE.replace(from, to);
    assert.deepEqual(plain(parseIncremental(edited, uri)), plain(parseKeepalived(edited)));
    assert.deepEqual(plain(parseIncremental(BASE, uri)), plain(parseKeepalived(BASE)));
  });
}

const UNDEFINED = `${INSTANCE(`    virtual_router_id 51\n    priority $NOPE\n    virtual_ipaddress {\n        \${VIP}/24\n    }`)}`;

test('an undefined name in a keepalived.conf nothing includes is read as written, as keepalived does', () => {
  const ds = diags(UNDEFINED).filter((d) => d.severity === 1);
  assert.deepEqual(ds.map((d) => `${String(d.code)}@${d.range.start.line}`), ['keepalived-invalid-number@5', 'keepalived-bad-address@7']);
  assert.match(ds[0].message, /nothing defines \$NOPE before this line/);
});

test('an undefined name is left alone where another file could define it', () => {
  // a fragment (not keepalived.conf), which some other file includes
  assert.deepEqual(diags(UNDEFINED, undefined, 'file:///etc/keepalived/conf.d/vrrp.conf').filter((d) => d.severity === 1), []);
  // a keepalived.conf that another workspace file includes
  const svc = newService(undefined, { keepalived: '2.2.7' });
  svc.parse(doc('file:///etc/keepalived/main.conf', '$NOPE=100\n$VIP=10.0.0.1\ninclude /etc/keepalived/sub/keepalived.conf\n', 'keepalived'));
  const inner = svc.diagnostics(doc('file:///etc/keepalived/sub/keepalived.conf', UNDEFINED, 'keepalived'));
  assert.deepEqual(inner.filter((d) => d.severity === 1), []);
});

test('every value a conditionally defined name may have is checked, as @name lines are', () => {
  const { text, range } = marked(`@main $P=300\n@^main $P=100\n${INSTANCE(`    virtual_router_id 51\n    priority |$P|\n${VIP}`)}`);
  const d = diags(text).filter((x) => x.code === 'keepalived-out-of-range');
  assert.deepEqual(d.map((x) => x.range), [range]);
  assert.match(d[0].message, /where '@main' applies, \$P is '300', line 1/);
  assert.equal(d[0].data, undefined);
});

test('a blank before = makes an unknown keyword in a keepalived.conf nothing includes, as keepalived says', () => {
  const { text, range } = marked(`|$P| =300\n${INSTANCE(`    virtual_router_id 51\n    priority 100\n${VIP}`)}`);
  const d = diags(text).find((x) => x.code === 'keepalived-unknown-keyword');
  assert.deepEqual(d?.range, range);
  assert.match(d?.message ?? '', /no blank before '='/);
});

test('substitution works the same with CRLF line breaks', () => {
  const text = `$PRIO=300\n${INSTANCE(`    virtual_router_id 51\n    priority $PRIO\n${VIP}`)}`;
  assert.deepEqual(findings(text.replace(/\n/g, '\r\n')), findings(text));
  assert.equal(findings(text).length, 1);
});
