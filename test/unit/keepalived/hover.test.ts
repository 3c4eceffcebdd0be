import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { caret, doc, newService } from '../helpers';

function hover(marked: string): string {
  const { text, position } = caret(marked);
  const h = newService().hover(doc('file:///k/keepalived.conf', text, 'keepalived'), position);
  return h ? (h.contents as MarkupContent).value : '';
}

const SAMPLE = 'vrrp_script chk {\n  script "/bin/true"\n  weight -20\n}\nvrrp_instance VI_1 {\n  pri|ority 100\n  track_script {\n    chk\n  }\n}\n';

test('hover on a keyword: description, range and manual link', () => {
  const v = hover(SAMPLE);
  assert.match(v, /\*\*priority\*\* `1-255`/);
  assert.match(v, /highest wins/);
  assert.match(v, /keepalived\.org\/manpage\.html/);
});

test('hover on a block keyword', () => assert.match(hover('vrrp_inst|ance X {\n}\n'), /One VRRP router/));
test('hover on a nested keyword names its block', () => assert.match(hover('vrrp_instance X {\n  authentication {\n    auth_t|ype PASS\n  }\n}\n'), /vrrp_instance › authentication/));
test('hover on a keyword without own description still answers', () => assert.match(hover('global_defs {\n  vrrp_garp_lower_prio_del|ay 5\n}\n'), /vrrp_garp_lower_prio_delay/));
test('hover on a track_script entry shows the vrrp_script', () => assert.match(hover(SAMPLE.replace('pri|ority', 'priority').replace('    chk', '    c|hk')), /vrrp_script chk[\s\S]*weight -20/));
test('hover on $NAME shows its value', () => assert.match(hover('$IF=eth0\nvrrp_instance X {\n  interface $I|F\n}\n'), /\$IF\*\* = `eth0`/));
test('hover on include', () => assert.match(hover('incl|ude /etc/k/*.conf\n'), /include/));
test('hover on an unknown word is empty', () => assert.equal(hover('vrrp_instance X {\n  fo|o 1\n}\n'), ''));
test('hover marks deprecated names', () => assert.match(hover('global_defs {\n  lvs_flush_onst|op\n}\n'), /Deprecated/));
