// The incremental reparse must give exactly the tree a full parse gives, whatever the edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseKeepalived } from '../../../server/src/service/parser/keepalived';
import { parseIncremental } from '../../../server/src/service/parser/keepalived/incremental';
import { plain } from './util';


const BASE = [
  'global_defs {',
  '  router_id A',
  '}',
  '',
  'vrrp_script chk {',
  '  script "/bin/true"',
  '  weight -20',
  '}',
  'vrrp_instance VI_1 {',
  '  state MASTER',
  '  track_script {',
  '    chk',
  '  }',
  '}',
  '$PORT=80',
  'virtual_server 10.0.0.1 $PORT {',
  '  real_server 10.0.0.2 80 {',
  '    weight 1',
  '  }',
  '}',
  '',
].join('\n');

/** [what, from, to]: the first `from` in BASE becomes `to`. */
const edits: Array<[string, string, string]> = [
  ['a character in the middle', 'state MASTER', 'state MASTERx'],
  ['a word in the first block', 'router_id A', 'router_id B'],
  ['a word in the last block', 'weight 1', 'weight 12'],
  ['a statement gained (more stream items)', 'state MASTER', 'state MASTER priority 100'],
  ['a brace added on a line (structure changes)', '  weight -20', '  weight -20 }'],
  ['a brace removed (left open)', '    weight 1\n  }', '    weight 1\n'],
  ['a comment started', '  state MASTER', '  # state MASTER'],
  ['a line added', 'state MASTER', 'state MASTER\n  priority 100'],
  ['a line removed', '  router_id A\n', ''],
  ['a definition continued', '$PORT=80', '$PORT=80 \\'],
  ['a conditional line with a brace', 'vrrp_instance VI_1 {', '@h1 vrrp_instance VI_1 {'],
  ['an open quote', 'script "/bin/true"', 'script "/bin/true'],
  ['a CR line break', 'router_id A\n', 'router_id A\r\n'],
  ['everything replaced', BASE, 'include /etc/keepalived/other.conf\n'],
];

for (const [what, from, to] of edits) {
  test(`incremental reparse equals a full parse: ${what}`, () => {
    const uri = `file:///incremental/${what}`;
    parseIncremental(BASE, uri);
    const edited = BASE.replace(from, to);
    assert.notEqual(edited, BASE);
    assert.deepEqual(plain(parseIncremental(edited, uri)), plain(parseKeepalived(edited)));
    // and back again, from the edited version
    assert.deepEqual(plain(parseIncremental(BASE, uri)), plain(parseKeepalived(BASE)));
  });
}

test('an unchanged text gives the same tree object', () => {
  const uri = 'file:///incremental/same';
  const a = parseIncremental(BASE, uri);
  assert.equal(parseIncremental(BASE, uri), a);
});

test('an edit keeps the statements of untouched blocks (they are reused, not reparsed)', () => {
  const uri = 'file:///incremental/reuse';
  const a = parseIncremental(BASE, uri);
  const b = parseIncremental(BASE.replace('state MASTER', 'state BACKUP'), uri);
  assert.equal(b.root[0], a.root[0]); // global_defs, before the edit
  assert.equal(b.root[b.root.length - 1], a.root[a.root.length - 1]); // virtual_server, after it
  assert.notEqual(b.root[2], a.root[2]); // the vrrp_instance that changed
  assert.equal(b.root[2].block?.children[0].words[1].text, 'BACKUP');
});
