import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, newService } from '../helpers';
import { applyEdits, BASE, patch } from './util';

/** Apply the first fix offered for `code` and return the new text and its remaining diagnostics. */
function fix(text: string, code: string): { text: string; left: string[] } {
  const svc = newService(undefined, { keepalived: '2.2.7' });
  const uri = 'file:///k/keepalived.conf';
  const diags = svc.diagnostics(doc(uri, text, 'keepalived'));
  const d = diags.find((x) => x.code === code);
  assert.ok(d, `no ${code} in ${diags.map((x) => x.code).join()}`);
  const actions = svc.codeActions(doc(uri, text, 'keepalived'), d.range, [d]);
  assert.ok(actions.length, `no action for ${code}`);
  const out = applyEdits(text, actions[0].edit!.changes![uri]);
  return { text: out, left: newService(undefined, { keepalived: '2.2.7' }).diagnostics(doc(uri, out, 'keepalived')).map((x) => String(x.code)) };
}

const cases: Array<[string, string, string, string]> = [
  ['did-you-mean', 'advert_int 1', 'advertt_int 1', 'keepalived-unknown-keyword'],
  ['fix the range', 'priority 150', 'priority 300', 'keepalived-out-of-range'],
  ['enum value', 'state BACKUP', 'state backup', 'keepalived-invalid-value'],
  ['cut auth_pass', 'auth_pass secret', 'auth_pass secret1234', 'keepalived-auth-pass-length'],
  ['define the missing vrrp_script', '        chk\n', '        chk\n        other\n', 'keepalived-undefined-script'],
  ['add enable_script_security', '    enable_script_security\n', '', 'keepalived-script-security'],
  ['state BACKUP for nopreempt', 'state BACKUP', 'state MASTER\n    nopreempt', 'keepalived-nopreempt-master'],
];
for (const [name, from, to, code] of cases) {
  test(`quick fix: ${name}`, () => {
    const r = fix(patch(from, to), code);
    assert.ok(!r.left.includes(code), `${code} still there after the fix:\n${r.text}`);
  });
}

test('enable_script_security goes into a new global_defs when there is none', () => {
  const text = BASE.slice(BASE.indexOf('vrrp_script'));
  const r = fix(text, 'keepalived-script-security');
  assert.match(r.text, /^global_defs \{\n    enable_script_security\n\}/);
});

test('the weight-gap fix sets a weight that overcomes the gap', () => {
  const text = patch('    priority 150\n', '    @node1 priority 150\n    @^node1 priority 100\n', patch('weight -60', 'weight -20'));
  const r = fix(text, 'keepalived-ha-weight-gap');
  assert.match(r.text, /weight -51/);
  assert.ok(!r.left.includes('keepalived-ha-weight-gap'));
});

test('quick fix: add the missing } where the indentation says', () => {
  const text = 'vrrp_instance A {\n    authentication {\n        auth_type AH\n    virtual_router_id 5\n}\n';
  const r = fix(text, 'keepalived-unbalanced-brace');
  assert.equal(r.text, 'vrrp_instance A {\n    authentication {\n        auth_type AH\n    }\n    virtual_router_id 5\n}\n');
  assert.ok(!r.left.includes('keepalived-unbalanced-brace'));
});

test('quick fix: the missing last } goes at the end', () => {
  const r = fix('global_defs {\n    router_id A\n', 'keepalived-unbalanced-brace');
  assert.equal(r.text, 'global_defs {\n    router_id A\n}\n');
});

test('quick fix: remove an extra }', () => {
  const r = fix('global_defs {\n    router_id A\n}\n}\n', 'keepalived-unbalanced-brace');
  assert.ok(!r.left.includes('keepalived-unbalanced-brace'));
});

test('quick fix: add a free virtual_router_id', () => {
  const r = fix(patch('    virtual_router_id 51\n', ''), 'keepalived-missing-vrid');
  assert.match(r.text, /vrrp_instance VI_1 \{\n    virtual_router_id 1\n/);
  assert.ok(!r.left.includes('keepalived-missing-vrid'));
});

test('quick fix: move a global keyword into global_defs', () => {
  const r = fix(patch('advert_int 1', 'advert_int 1\n    router_id X'), 'keepalived-wrong-block');
  assert.match(r.text, /^global_defs \{\n    router_id X\n    script_user keepalived_script\n/);
  assert.ok(!r.left.includes('keepalived-wrong-block'));
});
