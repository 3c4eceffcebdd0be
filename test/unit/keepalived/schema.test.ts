import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_NODES, availableIn, compareVersions, describe, hasOwnDescription, nodesNamed, ROOT, targetVersion } from '../../../server/src/service/schema/keepalived';
import { DEFAULT_SETTINGS, mergeSettings } from '../../../server/src/service/settings';
import { WorkspaceIndex } from '../../../server/src/service/workspace/index';

const path = (p: string) => p.split('/').reduce((n, k) => n?.children.get(k), ROOT as typeof ROOT | undefined);

const blocks = ['global_defs', 'linkbeat_interfaces', 'static_ipaddress', 'static_routes', 'static_rules', 'track_file', 'vrrp_track_process',
  'vrrp_script', 'vrrp_sync_group', 'garp_group', 'vrrp_instance', 'virtual_server_group', 'virtual_server', 'bfd_instance'];
for (const b of blocks) test(`top-level ${b}`, () => assert.ok(ROOT.children.get(b), b));

const nested = ['vrrp_instance/authentication/auth_pass', 'vrrp_instance/virtual_ipaddress', 'vrrp_instance/virtual_ipaddress_excluded',
  'vrrp_instance/virtual_routes', 'vrrp_instance/virtual_rules', 'vrrp_instance/track_interface', 'vrrp_instance/track_script',
  'vrrp_instance/track_process', 'vrrp_instance/track_file', 'vrrp_instance/track_bfd', 'vrrp_instance/unicast_peer',
  'virtual_server/real_server/HTTP_GET/url/status_code', 'virtual_server/real_server/SSL_GET/url/digest', 'virtual_server/real_server/TCP_CHECK',
  'virtual_server/real_server/SMTP_CHECK', 'virtual_server/real_server/DNS_CHECK', 'virtual_server/real_server/MISC_CHECK/misc_path',
  'virtual_server/real_server/UDP_CHECK', 'virtual_server/real_server/PING_CHECK', 'virtual_server/real_server/FILE_CHECK',
  'virtual_server/real_server/BFD_CHECK', 'virtual_server/sorry_server', 'global_defs/enable_script_security', 'global_defs/script_user'];
for (const p of nested) test(`keyword ${p}`, () => assert.ok(path(p), p));

test('list blocks are marked', () => {
  for (const p of ['vrrp_instance/virtual_ipaddress', 'vrrp_instance/track_script', 'vrrp_sync_group/group', 'global_defs/notification_email']) {
    assert.equal(path(p)?.kind, 'list', p);
  }
});

test('at least 120 keywords have their own description', () => {
  assert.ok(ALL_NODES.filter(hasOwnDescription).length >= 120);
  for (const n of ALL_NODES) assert.ok(describe(n).length > 10);
});

test('weight lives in several blocks', () => assert.ok(nodesNamed('weight').length > 5));

test('versions', () => {
  assert.equal(compareVersions('2.2.7', '2.2.10'), -1);
  assert.equal(compareVersions('2.4.0', '2.3.4'), 1);
  assert.ok(availableIn(undefined, '2.2.7'));
  assert.ok(!availableIn('2.2.8', '2.2.7'));
});

test('version setting: auto uses the host, else the newest; explicit wins', () => {
  const ctx = (settings: unknown, host?: string) => ({ settings: mergeSettings(settings), workspace: new WorkspaceIndex(() => null), docsBase: '', hostVersions: host ? { keepalived: host } : {} });
  assert.equal(targetVersion(ctx(DEFAULT_SETTINGS, 'Keepalived v2.2.7 (01/16,2022)')), '2.2.7');
  assert.equal(targetVersion(ctx(DEFAULT_SETTINGS)), '2.4.3');
  assert.equal(targetVersion(ctx({ keepalived: { version: '2.3.1' } }, '2.2.7')), '2.3.1');
});
