// After an edit, the keepalived diagnostics come from a spliced tree, a spliced keyword resolution and
// per-statement memos (only the reparsed blocks are checked again): they must equal a fresh service's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, newService } from '../helpers';

const BASE = [
  'vrrp_script chk {',
  '  script "/usr/bin/true"',
  '  interval 2',
  '  weight -20',
  '}',
  'vrrp_instance VI_1 {',
  '  state MASTER',
  '  interface eth0',
  '  virtual_router_id 51',
  '  priority 100',
  '  virtual_ipaddress {',
  '    10.0.0.10/24',
  '  }',
  '  track_script {',
  '    chk',
  '  }',
  '}',
  'virtual_server 10.0.0.10 80 {',
  '  delay_loop 6',
  '  real_server 10.0.0.2 80 {',
  '    weight 1',
  '  }',
  '}',
  'virtual_server 10.0.0.11 80 {',
  '  real_server 10.0.0.3 80 {',
  '    weight 1',
  '  }',
  '}',
  '',
].join('\n');

/** [what, from, to]: the first `from` becomes `to`; each edit is applied to BASE and then undone. */
const edits: Array<[string, string, string]> = [
  ['an out-of-range priority appears', 'priority 100', 'priority 300'],
  ['a bad address in a list', '10.0.0.10/24', '10.0.0.300/24'],
  ['an unknown keyword', 'delay_loop 6', 'delay_lop 6'],
  ['a real server of the other family', 'real_server 10.0.0.3 80', 'real_server fe80::3 80'],
  ['a track_script entry renamed', '    chk\n', '    chk2\n'],
  ['a block opened without its close', '  real_server 10.0.0.2 80 {', '  real_server 10.0.0.2 80 { {'],
  ['an edit in the first block', 'interval 2', 'interval x'],
];

const strip = (ds: unknown) => JSON.parse(JSON.stringify(ds));

for (const [what, from, to] of edits) {
  test(`diagnostics after an edit equal a fresh service's: ${what}`, () => {
    const uri = `file:///incremental-diagnostics/${what.replace(/\W+/g, '-')}/keepalived.conf`;
    const s = newService();
    const edited = BASE.replace(from, to);
    assert.notEqual(edited, BASE);
    for (const text of [BASE, edited, BASE, edited]) {
      const got = s.diagnostics(doc(uri, text, 'keepalived'));
      const fresh = newService().diagnostics(doc(uri.replace('incremental-diagnostics', 'fresh'), text, 'keepalived'));
      assert.deepEqual(strip(got), strip(fresh));
    }
  });
}

test('an edit that adds a finding reports it, and undoing it clears it', () => {
  const uri = 'file:///incremental-diagnostics/undo/keepalived.conf';
  const s = newService();
  const codes = (text: string) => s.diagnostics(doc(uri, text, 'keepalived')).map((d) => d.code);
  assert.ok(!codes(BASE).includes('keepalived-out-of-range'));
  assert.ok(codes(BASE.replace('priority 100', 'priority 300')).includes('keepalived-out-of-range'));
  assert.ok(!codes(BASE).includes('keepalived-out-of-range'));
});
