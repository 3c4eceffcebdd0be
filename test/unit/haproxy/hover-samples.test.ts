// Hover on ACL criteria (documented from their "<fetch> -m <match>" facts), converters and fetches, and the
// one-liner generated for a sample that has no hand-written description.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { docFor } from '../../../server/src/service/features/haproxy/docs';
import { FactSet, HAPROXY_VERSIONS, knowledgeFor } from '../../../server/src/service/schema/haproxy/index';
import { DESCRIPTIONS } from '../../../server/src/service/schema/haproxy/descriptions';
import { caret, doc, newService } from '../helpers';

const FE = 'frontend f\n  mode http\n  bind :80\n  timeout client 5s\n';
let uris = 0;

/** The hover markdown at the caret of `marked`, for `version`. */
function hoverAt(marked: string, version = '3.4'): string {
  const { text, position } = caret(`${FE}${marked}\n`);
  const h = newService({ haproxy: { version } }).hover(doc(`file:///t/hover-samples-${++uris}/haproxy.cfg`, text), position);
  assert.ok(h, `no hover for ${marked}`);
  return (h.contents as MarkupContent).value;
}

/** [line with a caret, version, fragments the hover must contain] */
const CASES: Array<[string, string, string[]]> = [
  [
    '  acl www hdr_|beg(host) -i www.',
    '3.4',
    [
      '**hdr_beg** — ACL criterion',
      'Shorthand for the `req.hdr` sample fetch matched with `-m beg`',
      'starts with one of the patterns (prefix match)',
      `\`req.hdr\`: ${DESCRIPTIONS['fetch:req.hdr']}`,
      'acl <acl-name> hdr_beg([<name>[,<occ>]]) <pattern> ...',
      'acl <acl-name> req.hdr([<name>[,<occ>]]) -m beg <pattern> ...',
      '#7.3.6-req.hdr)',
      // checked live with haproxy 2.6: `hdr_beg(host),lower www` does not match Host www.example.com
      'A converter after it (`hdr_beg(…),lower`) makes haproxy drop the implied `-m beg`',
      'write `req.hdr(…),lower -m beg` instead',
    ],
  ],
  [
    '  acl api |path_beg /api/',
    '2.6',
    ['**path_beg** — ACL criterion', '`path` sample fetch matched with `-m beg`', `\`path\`: ${DESCRIPTIONS['fetch:path']}`, 'acl <acl-name> path -m beg <pattern> ...'],
  ],
  ['  acl img path_|reg \\.(png|jpg)$', '3.0', ['`-m reg`', 'regular expressions']],
  ['  acl sub |hdr_dom(host) example', '3.2', ['`-m dom`', 'delimited by `.`']],
  ['  acl big |cook_len(sid) gt 64', '2.8', ['`req.cook` sample fetch matched with `-m len`', 'length of the value']],
  ['  acl tls |req_ssl_sni -i example.com', '3.4', ['`req.ssl_sni` sample fetch matched with `-m str`', 'equals one of the patterns exactly']],
  // a plain criterion that is a fetch: the fetch's own description, with its implied match
  ['  acl api |path /api', '3.4', ['**path** — ACL criterion', 'The `path` sample fetch used as an ACL criterion, matched with `-m str`', DESCRIPTIONS['fetch:path']]],
  ['  http-request set-var(txn.p) |path', '3.4', ['**path** — sample fetch', DESCRIPTIONS['fetch:path']]],
  // anonymous conditions too
  ['  http-request deny if { hdr_|sub(user-agent) -i bot }', '3.4', ['**hdr_sub** — ACL criterion', 'contains one of the patterns anywhere']],
  // converters, after a comma
  ['  http-request set-var(txn.k) req.hdr(host),map_str_|key(/etc/haproxy/hosts.map)', '3.4', ['**map_str_key** — converter', DESCRIPTIONS['conv:map_str_key'], 'HAProxy versions: 3.0–3.4', '#7.3.1-map)']],
  ['  http-request set-header x-v %[req.hdr(host),|lower]', '3.4', ['**lower** — converter', DESCRIPTIONS['conv:lower']]],
  ['  http-request set-var(txn.e) |ssl_fc_ech_status', '3.4', ['**ssl_fc_ech_status** — sample fetch', DESCRIPTIONS['fetch:ssl_fc_ech_status']]],
];

for (const [marked, version, fragments] of CASES) {
  test(`${version}: hover on "${marked.trim()}"`, () => {
    const md = hoverAt(marked, version);
    for (const f of fragments) assert.ok(md.includes(f), `missing ${JSON.stringify(f)} in:\n${md}`);
  });
}

test('a criterion that haproxy refuses (the manual-only req.cook_beg) gets no made-up documentation', () => {
  const { text, position } = caret(`${FE}  acl a req.cook_|beg(sid) abc\n`);
  assert.equal(newService().hover(doc('file:///t/hover-samples-refused/haproxy.cfg', text), position), null);
});

test('the sample one-liner for an undescribed name is a sentence built from its synopsis and type', () => {
  const set = new FactSet(
    { made_up_conv: [31, '(<map_name>) : str'], made_up_bare: [31, ' : sint'], made_up_old: [31, '([<name>]) : string (deprecated)'], made_up_dump: [31, ' : str => ipv4'] },
    4,
  );
  const line = (name: string) => docFor('conv', name, set)?.split('\n')[2];
  assert.equal(line('made_up_conv'), 'The `made_up_conv` converter, written `made_up_conv(<map_name>)`, returns a string.');
  assert.equal(line('made_up_bare'), 'The `made_up_bare` converter returns an integer.');
  assert.equal(line('made_up_old'), 'The `made_up_old` converter, written `made_up_old([<name>])`, returns a string. It is deprecated.');
  assert.equal(line('made_up_dump'), 'The `made_up_dump` converter returns an IPv4 address.');
  assert.match(docFor('conv', 'made_up_conv', set) ?? '', /```haproxy\nmade_up_conv\(<map_name>\)\n```/);
});

test('an ACL criterion fact of another shape falls back to the plain one-liner', () => {
  const set = new FactSet({ made_up_acl: [31, 'prefix match'] }, 4);
  assert.equal(docFor('acl', 'made_up_acl', set)?.split('\n')[2], 'The `made_up_acl` ACL criterion, written `made_up_acl prefix match`.');
});

// the 2.6/2.8 manuals type the address aliases "IP", which the log-format table reader used to drop
for (const version of ['2.6', '2.8', '3.4']) {
  test(`${version}: hover on the %ci and %si log-format aliases`, () => {
    assert.ok(hoverAt('  log-format "%|ci:%cp"', version).includes(DESCRIPTIONS['logvar:%ci']));
    assert.ok(hoverAt('  log-format "%ci:%cp %|si"', version).includes('**%si**'));
  });
}

test('log-format alias facts keep their type in every version (3.0+ manuals put it on the row\'s second line)', () => {
  HAPROXY_VERSIONS.forEach((v, vi) => {
    const vars = knowledgeFor(vi).logVars;
    assert.deepEqual(['%Tq', '%ci', '%t', '%sslv', '%b'].map((n) => vars.get(n)), ['H numeric', 'ip', 'date', 'S string', 'string'], v);
  });
});
