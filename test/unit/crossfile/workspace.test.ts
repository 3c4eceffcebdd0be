// The workspace model: files grouped into stacks, facts reused across versions, and an edit that re-checks
// only the stack of the edited file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'path';
import { stackCheckRuns } from '../../../server/src/service/validation/crossfile/index';
import { stackFiles, stackModel } from '../../../server/src/service/workspace/stacks';
import { stackRoot } from '../../../server/src/service/workspace/paths';
import { unitNameOf } from '../../../server/src/service/workspace/facts/systemd';
import { crossDiagnostics, loadFolder, STACKS } from './load';
import { doc, newService } from '../helpers';

test('stack root: the folder above the dialect folder, drop-ins counted with their unit', () => {
  assert.equal(stackRoot('file:///s/keepalived/lb1.conf'), '/s'.slice(1));
  assert.equal(stackRoot('file:///r/s/systemd/x.service.d/o.conf'), 'r/s');
  assert.equal(stackRoot('file:///r/s/haproxy/haproxy.cfg'), 'r/s');
});

test('unit names of files and drop-ins', () => {
  assert.deepEqual(unitNameOf('file:///a/x.service.d/10-o.conf'), { unit: 'x.service', dropIn: true });
  assert.deepEqual(unitNameOf('file:///a/foo@.service'), { unit: 'foo@.service', dropIn: false });
});

test('two fixture folders are two stacks; a router ties its files', () => {
  const svc = loadFolder(path.join(STACKS, 'correct'));
  loadFolder(path.join(STACKS, 'vrid-collision', 'office'), svc);
  const m = stackModel(svc.workspace);
  const lb1 = [...svc.workspace.documents()].find((d) => d.uri.endsWith('correct/keepalived/lb1.conf'))!;
  const office = [...svc.workspace.documents()].find((d) => d.uri.includes('/office/'))!;
  const files = stackFiles(svc.workspace, lb1.uri);
  assert.ok(files.some((u) => u.endsWith('correct/haproxy/haproxy.cfg')));
  assert.ok(!files.includes(office.uri));
  assert.equal(m.routers.filter((r) => r.length === 2).length, 1);
});

test('a VIP bound by HAProxy in another folder joins that HAProxy to the stack', () => {
  const svc = newService();
  svc.workspace.upsertFromDisk('file:///a/keepalived/keepalived.conf', 'keepalived', 'vrrp_instance V {\n  virtual_router_id 5\n  virtual_ipaddress {\n    10.1.1.1\n  }\n}\n');
  svc.workspace.upsertFromDisk('file:///elsewhere/x/haproxy/haproxy.cfg', 'haproxy', 'frontend f\n  bind 10.1.1.1:80\n');
  svc.workspace.upsertFromDisk('file:///other/x/haproxy/haproxy.cfg', 'haproxy', 'frontend f\n  bind 10.9.9.9:80\n');
  const files = stackFiles(svc.workspace, 'file:///a/keepalived/keepalived.conf');
  assert.deepEqual(files.sort(), ['file:///a/keepalived/keepalived.conf', 'file:///elsewhere/x/haproxy/haproxy.cfg']);
});

test('the model is rebuilt only when the index changes, and unchanged files keep their facts', () => {
  const svc = loadFolder(path.join(STACKS, 'correct'));
  const a = stackModel(svc.workspace);
  assert.equal(stackModel(svc.workspace), a);
  const cfg = [...svc.workspace.documents()].find((d) => d.language === 'haproxy')!;
  svc.workspace.upsertFromDisk(cfg.uri, 'haproxy', `${cfg.text}\n# edited\n`);
  const b = stackModel(svc.workspace);
  assert.notEqual(b, a);
  const ka = [...a.keepalived.keys()][0];
  assert.equal(b.keepalived.get(ka), a.keepalived.get(ka));
  assert.notEqual(b.haproxy.get(cfg.uri), a.haproxy.get(cfg.uri));
});

test('an edit re-checks only the stack of the edited file', () => {
  const svc = loadFolder(path.join(STACKS, 'correct'));
  loadFolder(path.join(STACKS, 'vrid-collision', 'office'), svc);
  assert.equal(crossDiagnostics(svc, STACKS).size, 3, 'the VRID collision shows in the three keepalived files');
  const runs = stackCheckRuns();
  const office = [...svc.workspace.documents()].find((d) => d.uri.includes('/office/'))!;
  svc.diagnostics(doc(office.uri, office.text.replace('virtual_router_id 51', 'virtual_router_id 52'), 'keepalived'));
  const got = crossDiagnostics(svc, STACKS);
  assert.equal(stackCheckRuns() - runs, 1, 'one stack re-checked for the edit, the other taken from the cache');
  assert.deepEqual([...got.keys()], []);
});

test('a Requires= on a template instance resolves to the workspace template', () => {
  const svc = newService();
  svc.workspace.upsertFromDisk('file:///s/systemd/notify@.service', 'systemd-unit-file', '[Service]\nExecStart=/bin/true\n');
  const text = '[Unit]\nRequires=notify@%n.service network-online.target missing-thing.service\nOnFailure=notify@x.service\n';
  const ds = svc.diagnostics(doc('file:///s/systemd/app.service', text)).filter((d) => d.code === 'ha-unknown-unit');
  assert.deepEqual(ds.map((d) => text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character)), ['missing-thing.service']);
});

test('an edit that keeps the grouping patches the model; one that moves a VIP regroups', () => {
  const svc = loadFolder(path.join(STACKS, 'correct'));
  loadFolder(path.join(STACKS, 'vrid-collision', 'office'), svc);
  const a = stackModel(svc.workspace);
  const lb2 = [...svc.workspace.documents()].find((d) => d.uri.endsWith('correct/keepalived/lb2.conf'))!;
  svc.workspace.upsert(lb2.uri, 'keepalived', lb2.version + 1, lb2.text.replace('priority 100', 'priority 90'), true);
  const b = stackModel(svc.workspace);
  assert.equal(b.stacks, a.stacks, 'same grouping object: patched, not rebuilt');
  assert.equal(b.keepalived.get(lb2.uri)!.nodes[0].priority!.text, '90');
  assert.ok(b.routers.some((r) => r.some((n) => n.priority?.text === '90')), 'the router holds the new node');
  const office = [...svc.workspace.documents()].find((d) => d.uri.includes('/office/'))!;
  svc.workspace.upsert(office.uri, 'keepalived', office.version + 1, office.text.replace('10.0.0.100/24', '192.168.1.100/24'), true);
  const c = stackModel(svc.workspace);
  assert.notEqual(c.stacks, b.stacks);
  assert.equal(c.stackOf.get(office.uri), c.stackOf.get(lb2.uri), 'a shared VIP joins the office node to the stack');
});
