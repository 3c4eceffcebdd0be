// The generated stack: which files, their modes, and that the pieces agree with each other and the answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateStack } from '../../../server/src/service/features/scaffold/index';
import { answers, content, counterRandom, stack, VARIATIONS } from './stackHelpers';

const BASE_FILES = [
  'README.md', 'haconf-answers.json', 'keepalived/master.conf', 'keepalived/backup.conf', 'keepalived/notify.sh',
  'systemd/keepalived.service.d/override.conf', 'haproxy/haproxy.cfg', 'systemd/haproxy.service.d/override.conf',
  'systemd/ha-webapp.service', 'systemd/healthcheck@.service', 'systemd/healthcheck@.timer',
  'systemd/failure-notify@.service', 'ha-stack/healthcheck/ha-webapp.env', 'scripts/service-healthcheck.sh',
  'scripts/service-failure-notify.sh',
];

test('the default stack has exactly the base files', () => {
  assert.deepEqual([...stack().keys()], BASE_FILES);
});

test('database and pacemaker choices add their files', () => {
  assert.deepEqual([...stack({ db: 'mysql' }).keys()].slice(BASE_FILES.length), ['mysql/db1.cnf', 'mysql/db2.cnf', 'systemd/mariadb.service.d/override.conf']);
  assert.deepEqual([...stack({ db: 'postgresql', pacemaker: true }).keys()].slice(BASE_FILES.length), [
    'postgresql/db1.conf', 'postgresql/db2.conf', 'postgresql/pg_hba-ha.conf', 'systemd/postgresql@.service.d/override.conf', 'scripts/pcs-setup.sh',
  ]);
});

test('scripts are 0755, everything else 0644; paths are relative and plain', () => {
  for (const { raw } of VARIATIONS) {
    for (const f of stack(raw).values()) {
      assert.equal(f.mode, f.path.endsWith('.sh') ? 0o755 : 0o644, f.path);
      assert.match(f.path, /^[A-Za-z0-9@._-]+(\/[A-Za-z0-9@._-]+)*$/);
      assert.ok(!f.path.split('/').includes('..'));
      assert.ok(f.content.endsWith('\n') && !f.content.includes('\r'), f.path);
    }
  }
});

const field = (text: string, name: string): string[] => [...text.matchAll(new RegExp(`^\\s*${name}\\s+(.+)$`, 'gm'))].map((m) => m[1].trim());

test('master and backup share VRID, VIP, auth and advert_int, and differ in state and priority', () => {
  const files = stack({ vrid: 77, vip: '10.1.2.3/24', lbNodes: 'a=10.1.2.10,b=10.1.2.11' });
  const m = content(files, 'keepalived/master.conf');
  const b = content(files, 'keepalived/backup.conf');
  for (const name of ['virtual_router_id', 'auth_pass', 'auth_type', 'advert_int', 'interface', '10\\.1\\.2\\.3/24']) {
    assert.deepEqual(field(m, name), field(b, name), name);
    assert.ok(field(m, name).length || m.includes('10.1.2.3/24'), name);
  }
  assert.deepEqual(field(m, 'virtual_router_id'), ['77']);
  assert.deepEqual(field(m, 'state'), ['MASTER']);
  assert.deepEqual(field(b, 'state'), ['BACKUP']);
  const pm = Number(field(m, 'priority')[0]);
  const pb = Number(field(b, 'priority')[0]);
  assert.ok(pm > pb);
  const weight = Number(field(m, 'weight')[0]);
  assert.ok(Math.abs(weight) > pm - pb, 'the check weight must exceed the priority gap');
  assert.ok(pm + weight < pb, 'a failing check on the master must put it below the backup');
  assert.deepEqual(field(m, 'router_id'), ['a']);
  assert.deepEqual(field(b, 'router_id'), ['b']);
  assert.deepEqual(field(m, 'unicast_src_ip'), ['10.1.2.10']);
  assert.deepEqual(field(b, 'unicast_src_ip'), ['10.1.2.11']);
});

test('keepalived runs its scripts securely and notifies on every state', () => {
  const m = content(stack(), 'keepalived/master.conf');
  assert.match(m, /^\s*enable_script_security$/m);
  assert.match(m, /^\s*script_user keepalived_script$/m);
  for (const s of ['MASTER', 'BACKUP', 'FAULT']) assert.match(m, new RegExp(`notify_${s.toLowerCase()} "/etc/keepalived/notify.sh ${s}"`));
  assert.match(m, /track_script \{\s*chk_haproxy\s*\}/);
});

test('the password comes from the random source, is the same in both files, or is taken from the answers', () => {
  const one = generateStack(answers(), counterRandom(3));
  const two = generateStack(answers(), counterRandom(9));
  const pass = (files: typeof one, p: string) => field(files.find((f) => f.path === p)?.content ?? '', 'auth_pass')[0];
  assert.match(pass(one, 'keepalived/master.conf'), /^[A-Za-z0-9]{8}$/);
  assert.equal(pass(one, 'keepalived/master.conf'), pass(one, 'keepalived/backup.conf'));
  assert.notEqual(pass(one, 'keepalived/master.conf'), pass(two, 'keepalived/master.conf'));
  assert.equal(field(content(stack({ authPass: 'Fixed01' }), 'keepalived/backup.conf'), 'auth_pass')[0], 'Fixed01');
});

test('HAProxy has the health check and one checked server line per web node', () => {
  const cfg = content(stack(VARIATIONS[1].raw), 'haproxy/haproxy.cfg');
  assert.match(cfg, /^\s*option httpchk GET \/health$/m);
  assert.match(cfg, /^\s*http-check expect status 200$/m);
  assert.match(cfg, /^\s*stats socket \/run\/haproxy\/admin.sock/m);
  const servers = cfg.split('\n').filter((l) => /^\s*server web/.test(l));
  assert.equal(servers.length, 4);
  for (const s of servers) assert.match(s, /:8080 check inter 3s fall 3 rise 2$/);
  for (const t of ['connect', 'client', 'server']) assert.match(cfg, new RegExp(`^\\s*timeout ${t} \\d+s$`, 'm'));
});

test('the database adds a write/read listen pair with the primary first and as read fallback', () => {
  const cfg = content(stack({ db: 'mysql', dbNodes: 'p=10.0.0.9,r1=10.0.0.10,r2=10.0.0.11' }), 'haproxy/haproxy.cfg');
  const write = cfg.slice(cfg.indexOf('listen db_write'), cfg.indexOf('listen db_read'));
  const read = cfg.slice(cfg.indexOf('listen db_read'));
  assert.match(write, /bind :3306/);
  assert.match(write, /server p 10\.0\.0\.9:3306 check/);
  assert.doesNotMatch(write, /server r1/);
  assert.match(read, /bind :3307/);
  assert.match(read, /server r1 10\.0\.0\.10:3306 check inter 3s fall 3 rise 2\n/);
  assert.match(read, /server p 10\.0\.0\.9:3306 check inter 3s fall 3 rise 2 backup/);
  assert.match(cfg, /option mysql-check user haproxy_check/);
  assert.match(content(stack({ db: 'postgresql' }), 'haproxy/haproxy.cfg'), /option pgsql-check user haproxy_check[\s\S]*bind :5433/);
});

test('each MySQL node gets its own server-id, and only replicas are read-only', () => {
  const files = stack({ db: 'mysql', dbNodes: 'p=10.0.0.9,r1=10.0.0.10,r2=10.0.0.11' });
  assert.deepEqual(['p', 'r1', 'r2'].map((n) => field(content(files, `mysql/${n}.cnf`), 'server-id')[0]), ['= 1', '= 2', '= 3']);
  assert.match(content(files, 'mysql/p.cnf'), /^read_only = OFF$/m);
  assert.match(content(files, 'mysql/r2.cnf'), /^read_only = ON$/m);
});

test('PostgreSQL standbys stream from the primary', () => {
  const files = stack({ db: 'postgresql', dbNodes: 'pg-a=10.0.0.9,pg-b=10.0.0.10' });
  assert.match(content(files, 'postgresql/pg-a.conf'), /^wal_level = replica$/m);
  assert.match(content(files, 'postgresql/pg-b.conf'), /^primary_conninfo = 'host=10\.0\.0\.9 port=5432 user=replicator application_name=pg-b'$/m);
  assert.match(content(files, 'postgresql/pg-b.conf'), /^primary_slot_name = 'pg_b'$/m);
});

test('restart limits are in [Unit], the readiness wait is bounded, failures notify', () => {
  const unit = content(stack({ appPort: 9000, healthPath: '/ready' }), 'systemd/ha-webapp.service');
  const unitSection = unit.slice(unit.indexOf('[Unit]'), unit.indexOf('[Service]'));
  assert.match(unitSection, /^StartLimitIntervalSec=\d+$/m);
  assert.match(unitSection, /^StartLimitBurst=\d+$/m);
  assert.match(unitSection, /^OnFailure=failure-notify@%n\.service$/m);
  assert.match(unit, /^ExecStartPost=\/usr\/local\/lib\/ha-stack\/service-healthcheck\.sh --wait 30 http:\/\/127\.0\.0\.1:9000\/ready$/m);
  assert.match(unit, /^TimeoutStartSec=45$/m);
  assert.match(unit, /^Restart=on-failure$/m);
});

test('hardening follows the target systemd version', () => {
  const newer = content(stack({ systemdVersion: 252 }), 'systemd/ha-webapp.service');
  const older = content(stack({ systemdVersion: 240 }), 'systemd/ha-webapp.service');
  for (const d of ['ProtectProc=invisible', 'PrivateIPC=yes', 'ProtectClock=yes', 'ProtectKernelLogs=yes', 'ProtectHostname=yes']) {
    assert.ok(newer.includes(`\n${d}\n`), d);
    assert.ok(!older.includes(d), `${d} is newer than systemd 240`);
  }
  assert.match(older, /^SystemCallFilter=@system-service$/m);
});

test('a privileged application port keeps only CAP_NET_BIND_SERVICE', () => {
  const unit = content(stack({ appPort: 443 }), 'systemd/ha-webapp.service');
  assert.match(unit, /^CapabilityBoundingSet=CAP_NET_BIND_SERVICE$/m);
  assert.match(unit, /^AmbientCapabilities=CAP_NET_BIND_SERVICE$/m);
  assert.match(content(stack(), 'systemd/ha-webapp.service'), /^CapabilityBoundingSet=$/m);
});

test('the drop-ins keep what HAProxy and keepalived need', () => {
  const files = stack();
  const hap = content(files, 'systemd/haproxy.service.d/override.conf');
  assert.match(hap, /^CapabilityBoundingSet=CAP_NET_BIND_SERVICE$/m);
  assert.match(hap, /^User=haproxy$/m);
  assert.doesNotMatch(hap, /^MemoryDenyWriteExecute/m);
  const ka = content(files, 'systemd/keepalived.service.d/override.conf');
  assert.match(ka, /^CapabilityBoundingSet=CAP_NET_ADMIN CAP_NET_RAW CAP_SETUID CAP_SETGID CAP_KILL$/m);
  assert.match(ka, /^RestrictAddressFamilies=AF_INET AF_INET6 AF_NETLINK AF_PACKET AF_UNIX$/m);
  assert.match(ka, /^After=network-online\.target haproxy\.service$/m);
  assert.match(ka, /^Restart=on-failure$/m);
  assert.doesNotMatch(ka, /ProtectKernelTunables|PrivateUsers|NoExecPaths/);
  // /run is read-only for keepalived: its pid files go to its RuntimeDirectory through use_pid_dir.
  assert.match(ka, /^RuntimeDirectory=keepalived$/m);
  assert.match(content(files, 'keepalived/master.conf'), /^use_pid_dir$/m);
  assert.match(content(files, 'keepalived/backup.conf'), /^use_pid_dir$/m);
});

test('the webhook is embedded single-quoted in both event scripts; empty means log only', () => {
  const files = stack(VARIATIONS[2].raw);
  for (const p of ['keepalived/notify.sh', 'scripts/service-failure-notify.sh']) {
    assert.ok(content(files, p).includes("default_webhook='https://hooks.example.com/ha?team=ops&x=%20'"), p);
  }
  assert.match(content(stack(), 'keepalived/notify.sh'), /^default_webhook=''$/m);
});

test('the README names every generated file and the drill timings', () => {
  for (const { raw } of VARIATIONS) {
    const files = stack(raw);
    const readme = content(files, 'README.md');
    for (const p of files.keys()) if (p !== 'README.md') assert.ok(readme.includes(`| \`${p}\` |`), `${p} missing from README`);
    assert.match(readme, /## Failover drill/);
    assert.match(readme, /3\.6 s \(3 × advert_int \+ skew\)/);
    assert.match(readme, /6 s to 9 s \(3 failed checks 3 s apart\)/);
    assert.match(readme, /4\.6 s to 7\.6 s \(2 failed checks 2 s apart/);
  }
});
