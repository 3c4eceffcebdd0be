// "Harden": what it adds per kind of service, what it keeps, and that the exposure goes down.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyExecStart, hardenEdits, securityReport } from '../../../server/src/service/features/security';
import { applyEdits } from '../systemd/edits';
import { workspace } from './fixture';

function harden(name: string, text: string): { out: string; before: number; after: number } {
  const ws = workspace();
  const d = ws.add(`/etc/systemd/system/${name}`, text);
  const before = securityReport(d, ws.ctx)?.exposure ?? NaN;
  const out = applyEdits(text, hardenEdits(d, ws.ctx));
  const ws2 = workspace();
  const after = securityReport(ws2.add(`/etc/systemd/system/${name}`, out), ws2.ctx)?.exposure ?? NaN;
  return { out, before, after };
}

const unit = (exec: string, extra = '') => `[Unit]\nDescription=x\n\n[Service]\nExecStart=${exec}\n${extra}\n[Install]\nWantedBy=multi-user.target\n`;

test('classify by the ExecStart= binary', () => {
  assert.equal(classifyExecStart('/usr/sbin/haproxy -Ws -f /etc/haproxy/haproxy.cfg').kind, 'haproxy');
  assert.equal(classifyExecStart('-/usr/sbin/keepalived --dont-fork').kind, 'keepalived');
  assert.deepEqual(classifyExecStart('/usr/lib/postgresql/15/bin/postgres -D /srv/pg').writable, [
    '/srv/pg', '/var/lib/postgresql', '/run/postgresql', '/var/log/postgresql',
  ]);
  assert.equal(classifyExecStart('/usr/sbin/mariadbd').kind, 'database');
  assert.equal(classifyExecStart('/usr/bin/node app.js').kind, 'generic');
  assert.equal(classifyExecStart(undefined).kind, 'generic');
  assert.equal(classifyExecStart('/bin/sh -c "set -f; exec /usr/sbin/mariadbd $MYSQLD_OPTS"').binary, 'mariadbd', 'through a shell');
  assert.equal(classifyExecStart('/usr/bin/env HOME=/x /usr/sbin/haproxy -f a.cfg').kind, 'haproxy');
  assert.equal(classifyExecStart('/usr/bin/python3 /opt/keepalived-exporter.py').kind, 'generic', 'only wrappers are looked through');
});

test('HAProxy keeps CAP_NET_BIND_SERVICE and what it needs to chroot; exposure 9.6 -> 2.9', () => {
  const r = harden('haproxy.service', unit('/usr/sbin/haproxy -Ws -f /etc/haproxy/haproxy.cfg'));
  assert.match(r.out, /^CapabilityBoundingSet=CAP_NET_BIND_SERVICE CAP_SETUID CAP_SETGID CAP_SYS_CHROOT /m);
  assert.doesNotMatch(r.out, /SystemCallFilter=.*@mount/, 'chroot() is in @mount');
  assert.equal(r.before, 9.6);
  assert.equal(r.after, 2.9);
  assert.ok(r.out.indexOf('# Hardened for haproxy') < r.out.indexOf('[Install]'), 'added inside [Service]');
});

test('keepalived keeps CAP_NET_ADMIN/CAP_NET_RAW, netlink and packet sockets and its scripts; 9.6 -> 5.4', () => {
  const r = harden('keepalived.service', unit('/usr/sbin/keepalived --dont-fork'));
  assert.match(r.out, /^CapabilityBoundingSet=CAP_NET_ADMIN CAP_NET_RAW /m);
  assert.match(r.out, /^RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6 AF_NETLINK AF_PACKET$/m);
  for (const never of ['NoNewPrivileges', 'ProtectKernelTunables', 'MemoryDenyWriteExecute', 'RestrictNamespaces', 'RestrictRealtime']) {
    assert.doesNotMatch(r.out, new RegExp(`^${never}=`, 'm'), never);
  }
  assert.match(r.out, /^ProtectHome=read-only$/m);
  assert.equal(r.after, 5.4);
});

test('a database keeps its data directory writable under ProtectSystem=strict', () => {
  const r = harden('mariadb.service', unit('/usr/sbin/mariadbd $MYSQLD_OPTS', 'User=mysql\n'));
  assert.match(r.out, /^ProtectSystem=strict$/m);
  assert.match(r.out, /^ReadWritePaths=-\/var\/lib\/mysql -\/run\/mysqld -\/var\/log\/mysql$/m);
  assert.match(r.out, /^SystemCallFilter=@system-service$/m);
  assert.doesNotMatch(r.out, /MemoryDenyWriteExecute/, 'database JITs need W+X memory');
  assert.ok(r.after < r.before);
});

test('settings the unit already has are left alone', () => {
  const r = harden('web.service', unit('/usr/bin/web', 'ProtectSystem=no\nPrivateTmp=no\n'));
  assert.equal(r.out.match(/^ProtectSystem=/gm)?.length, 1);
  assert.equal(r.out.match(/^PrivateTmp=/gm)?.length, 1);
});

test('a drop-in without [Service] gets one; a locked-down unit gets nothing', () => {
  const ws = workspace();
  ws.add('/etc/systemd/system/h.service', unit('/usr/sbin/haproxy'));
  const drop = ws.add('/etc/systemd/system/h.service.d/override.conf', '[Unit]\nDescription=y\n');
  const edits = hardenEdits(drop, ws.ctx);
  assert.equal(edits.length, 1);
  assert.match(edits[0].newText, /^\n\[Service\]\n# Hardened for haproxy/);
  const again = harden('h.service', harden('h.service', unit('/usr/sbin/haproxy')).out);
  assert.equal(again.before, again.after, 'a second Harden adds nothing');
});

test('a database that already lists other writable paths still gets its data directory', () => {
  const r = harden('pg.service', unit('/usr/lib/postgresql/15/bin/postgres -D /srv/pgdata', 'User=postgres\nReadWritePaths=/var/log/extra\n'));
  assert.match(r.out, /^ReadWritePaths=\/var\/log\/extra$/m);
  assert.match(r.out, /^ReadWritePaths=-\/srv\/pgdata -\/var\/lib\/postgresql -\/run\/postgresql -\/var\/log\/postgresql$/m);
});
