// The generated stack against the real tools: haproxy -c, keepalived -t, systemd-analyze verify and
// security (offline), bash/sh -n and shellcheck. Runs for the default answers, postgresql with four web
// nodes, and mysql. Needs root for keepalived (see keepalivedTest below).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { runScaffoldCommand } from '../../server/src/cli/scaffoldCommand';
import { checkAnswers, generateStack } from '../../server/src/service/features/scaffold/index';
import { rawAnswers } from '../unit/scaffold/arbitraries';

const PACKAGED = ['/tmp/haconf-corpus/root/lib/systemd/system', '/lib/systemd/system', '/usr/lib/systemd/system'];

function run(cmd: string, args: string[], cwd?: string): { code: number | null; out: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}
const have = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

/** An interface that exists here: eth0 when present (the default answer), else the first non-loopback one. */
function hostInterface(): string | undefined {
  const names = run('ip', ['-o', 'link']).out.split('\n').map((l) => /^\d+: ([^:@]+)/.exec(l)?.[1]).filter((n): n is string => !!n && n !== 'lo');
  return names.includes('eth0') ? 'eth0' : names[0];
}

async function generate(sets: string[]): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'haconf-stack-')), 'stack');
  let err = '';
  const code = await runScaffoldCommand(['--out', out, ...sets.flatMap((s) => ['--set', s])], { out: () => {}, err: (t) => (err += t) });
  assert.equal(code, 0, err);
  return out;
}

function packagedUnit(name: string): string {
  for (const dir of PACKAGED) if (existsSync(join(dir, name))) return realpathSync(join(dir, name));
  throw new Error(`Debian's ${name} not found in ${PACKAGED.join(', ')}: build the corpus (bash /work/shared/tools/corpus/corpus.sh)`);
}

/** The generated units plus the packaged units their drop-ins extend, flat in one folder. */
function unitFolder(stack: string, packaged: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'haconf-units-'));
  cpSync(join(stack, 'systemd'), dir, { recursive: true });
  for (const name of packaged) copyFileSync(packagedUnit(name), join(dir, name));
  return dir;
}

const variations = [
  { name: 'defaults', sets: [] as string[], packaged: ['haproxy.service', 'keepalived.service'], db: [] as string[] },
  {
    name: 'postgresql, four web nodes',
    sets: ['db=postgresql', 'webNodes=web1=192.168.1.21,web2=192.168.1.22,web3=192.168.1.23,web4=192.168.1.24'],
    packaged: ['haproxy.service', 'keepalived.service', 'postgresql@.service'],
    db: ['postgresql@.service'],
  },
  { name: 'mysql', sets: ['db=mysql'], packaged: ['haproxy.service', 'keepalived.service', 'mariadb.service'], db: ['mariadb.service'] },
];

for (const v of variations) {
  const iface = hostInterface();
  const sets = iface && iface !== 'eth0' ? [...v.sets, `interface=${iface}`] : v.sets;

  test(`[${v.name}] haproxy -c accepts haproxy.cfg without warnings`, { skip: !have('haproxy') && 'haproxy not installed' }, async () => {
    const stack = await generate(sets);
    const r = run('haproxy', ['-c', '-f', join(stack, 'haproxy/haproxy.cfg')]);
    assert.equal(r.code, 0, r.out);
    assert.doesNotMatch(r.out, /\[(WARNING|ALERT|NOTICE)\]/, r.out);
  });

  test(`[${v.name}] keepalived -t accepts master.conf and backup.conf`, { skip: keepalivedSkip(iface) }, async () => {
    const stack = await generate(sets);
    for (const f of ['master.conf', 'backup.conf']) {
      const r = keepalivedTest(join(stack, 'keepalived', f));
      assert.equal(r.code, 0, `${f}: ${r.out}`);
      assert.equal(r.out.trim(), '', `${f}: ${r.out}`);
    }
  });

  test(`[${v.name}] systemd-analyze verify reports no line-numbered problem`, { skip: !have('systemd-analyze') && 'systemd-analyze missing' }, async () => {
    const stack = await generate(sets);
    const dir = unitFolder(stack, v.packaged);
    const units = readdirSync(dir).filter((n) => /\.(service|timer)$/.test(n));
    const r = run('systemd-analyze', ['verify', '--man=no', ...units.map((u) => `./${u}`)], dir);
    const lines = r.out.split('\n').filter(Boolean);
    assert.deepEqual(lines.filter((l) => /:\d+:/.test(l)), [], r.out);
    // What remains is only programs that are not installed on this test machine.
    assert.deepEqual(lines.filter((l) => !/Command \S+ is not executable: No such file or directory$/.test(l)), [], r.out);
    // The check is real: a broken directive in a drop-in is reported with its line.
    writeFileSync(join(dir, 'haproxy.service.d/override.conf'), `${readFileSync(join(dir, 'haproxy.service.d/override.conf'), 'utf8')}Bogus=1\n`);
    assert.match(run('systemd-analyze', ['verify', '--man=no', './haproxy.service'], dir).out, /override\.conf:\d+: Unknown key/);
  });

  test(`[${v.name}] systemd-analyze security: own units ≤ 2.0, packaged + drop-in < 5.0, needs kept`, { skip: !have('systemd-analyze') && 'systemd-analyze missing' }, async () => {
    const stack = await generate(sets);
    const dir = unitFolder(stack, v.packaged);
    const scores = new Map<string, { score: number; table: string }>();
    for (const unit of ['ha-webapp.service', 'healthcheck@.service', 'failure-notify@.service', 'haproxy.service', 'keepalived.service', ...v.db]) {
      const r = run('systemd-analyze', ['security', '--offline=true', '--no-pager', `./${unit}`], dir);
      const m = /Overall exposure level for \S+: (\d+\.\d+)/.exec(r.out);
      assert.ok(m, `${unit}: ${r.out}`);
      scores.set(unit, { score: Number(m[1]), table: r.out });
    }
    for (const unit of ['ha-webapp.service', 'healthcheck@.service', 'failure-notify@.service']) {
      assert.ok((scores.get(unit)?.score ?? 99) <= 2.0, `${unit} scores ${scores.get(unit)?.score}`);
    }
    for (const unit of ['haproxy.service', 'keepalived.service', ...v.db]) {
      assert.ok((scores.get(unit)?.score ?? 99) < 5.0, `${unit} scores ${scores.get(unit)?.score}`);
    }
    // ✗ on these lines means the unit still has the capability / socket family, which it needs.
    const kept = (unit: string, what: RegExp) => assert.match(scores.get(unit)?.table ?? '', what, `${unit} lost ${what}`);
    kept('haproxy.service', /✗ CapabilityBoundingSet=~CAP_NET_\(BIND_SERVICE/);
    kept('keepalived.service', /✗ CapabilityBoundingSet=~CAP_NET_ADMIN/);
    kept('keepalived.service', /✗ CapabilityBoundingSet=~CAP_NET_\(BIND_SERVICE\|BROADCAST\|RAW\)/);
    kept('keepalived.service', /✗ RestrictAddressFamilies=~AF_PACKET/);
    kept('keepalived.service', /✗ RestrictAddressFamilies=~AF_NETLINK/);
    kept('keepalived.service', /✗ CapabilityBoundingSet=~CAP_SET\(UID\|GID\|PCAP\)/);
  });

  test(`[${v.name}] shell scripts parse with bash and sh, and shellcheck is clean`, async (t) => {
    const stack = await generate([...sets, 'pacemaker=yes', 'webhook=https://hooks.example.com/x?a=1&b=%20']);
    const scripts = ['keepalived/notify.sh', 'scripts/service-healthcheck.sh', 'scripts/service-failure-notify.sh', 'scripts/pcs-setup.sh'].map((p) => join(stack, p));
    for (const s of scripts) {
      for (const shell of ['bash', 'sh']) {
        const r = run(shell, ['-n', s]);
        assert.equal(r.code, 0, `${shell} -n ${s}: ${r.out}`);
      }
    }
    if (!have('shellcheck')) return t.skip('shellcheck not installed (apt-get install shellcheck)');
    const r = run('shellcheck', ['--shell=sh', '--severity=style', ...scripts]);
    assert.equal(r.code, 0, r.out);
  });
}

test('the health-check script really probes: ready URL passes, a dead one fails within its bound', { skip: !have('curl') && 'curl missing' }, async () => {
  const stack = await generate([]);
  const script = join(stack, 'scripts/service-healthcheck.sh');
  const http = await import('node:http');
  const server = http.createServer((req, res) => {
    res.statusCode = req.url === '/health' ? 200 : 503;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const spawnAsync = (args: string[]) =>
    new Promise<number | null>((resolve) => {
      const { spawn } = require('node:child_process') as typeof import('node:child_process');
      spawn('sh', [script, ...args], { stdio: 'ignore' }).on('exit', (code) => resolve(code));
    });
  try {
    assert.equal(await spawnAsync(['--wait', '5', `http://127.0.0.1:${port}/health`]), 0);
    assert.equal(await spawnAsync(['--wait', '1', `http://127.0.0.1:${port}/broken`]), 1);
    assert.equal(await spawnAsync(['--wait', 'x', 'http://127.0.0.1/']), 2);
  } finally {
    server.close();
  }
});

test('the event scripts post valid JSON to the webhook', { skip: !have('curl') && 'curl missing' }, async () => {
  const stack = await generate(['vrid=42']);
  const http = await import('node:http');
  const bodies: unknown[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      bodies.push(JSON.parse(body));
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`;
  const { spawn } = await import('node:child_process');
  const sh = (script: string, arg: string) =>
    new Promise<number | null>((resolve) => {
      spawn('sh', [join(stack, script), arg], { stdio: 'ignore', env: { ...process.env, HA_WEBHOOK_URL: url } }).on('exit', resolve);
    });
  try {
    assert.equal(await sh('keepalived/notify.sh', 'MASTER'), 0);
    assert.equal(await sh('keepalived/notify.sh', 'bogus"state'), 0);
    assert.equal(await sh('scripts/service-failure-notify.sh', 'ha-"webapp.service'), 0);
  } finally {
    server.close();
  }
  assert.equal(bodies.length, 3);
  assert.deepEqual(bodies[0], { event: 'vrrp-state', instance: 'VI_42', vip: '192.168.1.100/24', host: (bodies[0] as { host: string }).host, state: 'MASTER' });
  assert.equal((bodies[1] as { state: string }).state, 'UNKNOWN');
  assert.equal((bodies[2] as { unit: string }).unit, 'ha-"webapp.service');
});

/**
 * HAProxy as the drop-in runs it — user haproxy, no capability but CAP_NET_BIND_SERVICE, no new
 * privileges — in private network, mount and PID namespaces: it binds port 80, creates its stats socket in
 * /run/haproxy, and its monitor URI (what keepalived checks) turns 200 once a web node answers the
 * health path. The wait is bounded by attempts; HAProxy needs rise × inter (2 × 3 s) to call it UP.
 */
test('HAProxy runs unprivileged with the generated config and its monitor follows the web nodes', { skip: haproxyRunSkip() }, async () => {
  const stack = await generate([]);
  chmodSync(join(stack, '..'), 0o755); // mkdtemp makes it 0700; the haproxy user must read the config
  const web = { address: '192.168.1.21', port: 8080 };
  // poll URL CODE TRIES: ask every 0.25 s until URL answers CODE, at most TRIES times; print the last answer.
  const script = `
set -eu
poll() {
    i=0; got=000
    while [ "$i" -lt "$3" ]; do
        got=$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)
        [ "$got" = "$2" ] && break
        sleep 0.25; i=$((i + 1))
    done
    echo "$got"
}
ip link set lo up
ip addr add ${web.address}/32 dev lo
mkdir -p /run/haproxy && mount -t tmpfs tmpfs /run/haproxy && chown haproxy:haproxy /run/haproxy
setpriv --reuid=haproxy --regid=haproxy --init-groups --inh-caps=-all,+net_bind_service \\
  --ambient-caps=-all,+net_bind_service --bounding-set=-all,+net_bind_service --no-new-privs \\
  haproxy -Ws -f "$1" -p /run/haproxy/haproxy.pid -S /run/haproxy/master.sock >"$3" 2>&1 &
echo "no-web $(poll http://127.0.0.1:8404/healthz 503 120)"
"$2" -e "require('http').createServer((q, r) => { r.statusCode = q.url === '/health' ? 200 : 404; r.end('ok'); }).listen(${web.port}, '${web.address}')" >/dev/null 2>&1 &
echo "web-up $(poll http://127.0.0.1:8404/healthz 200 160)"
echo "front $(poll http://127.0.0.1:80/health 200 20)"
echo "socket $(stat -c '%U %a' /run/haproxy/admin.sock)"
# systemctl reload sends SIGUSR2 to the master (Debian's ExecReload): it re-executes itself, still unprivileged.
kill -USR2 "$(cat /run/haproxy/haproxy.pid)"
i=0; while [ "$i" -lt 80 ] && [ "$(grep -c 'Loading success' "$3")" -lt 2 ]; do sleep 0.25; i=$((i + 1)); done
echo "reloaded $(grep -c 'Loading success' "$3")"
echo "after-reload $(poll http://127.0.0.1:80/health 200 20)"
`;
  // A PID namespace too: when the script (its PID 1) ends, the kernel ends HAProxy and the web server.
  const log = join(stack, 'haproxy.log');
  const r = run('unshare', ['--mount', '--net', '--pid', '--fork', 'sh', '-c', script, 'sh', join(stack, 'haproxy/haproxy.cfg'), process.execPath, log]);
  const output = `${r.out}\n${existsSync(log) ? readFileSync(log, 'utf8') : ''}`;
  assert.match(r.out, /^no-web 503$/m, output);
  assert.match(r.out, /^web-up 200$/m, output);
  assert.match(r.out, /^front 200$/m, output);
  assert.match(r.out, /^socket haproxy 660$/m, output);
  assert.match(r.out, /^reloaded 2$/m, output);
  assert.match(r.out, /^after-reload 200$/m, output);
  assert.doesNotMatch(output, /Permission denied|cannot bind|Operation not permitted/i, output);
});

/**
 * The whole load balancer for real, in private mount, network and PID namespaces: a web node and a
 * webhook (node), HAProxy (unprivileged, as above) and keepalived with master.conf on a veth named
 * like the answer. keepalived must become MASTER and hold the VIP, run notify.sh as keepalived_script
 * (which posts MASTER to the webhook), and lower its priority by the check weight when HAProxy stops.
 */
test('keepalived takes the VIP, calls notify.sh and follows HAProxy at run time', { skip: haproxyRunSkip() || keepalivedSkip('eth0') }, async () => {
  const stack = await generate(['interface=eth0', 'webhook=http://127.0.0.1:9999/hook']);
  chmodSync(join(stack, '..'), 0o755); // readable by the haproxy user
  const users = keepalivedUsers();
  const helper = `const http = require('http'); const fs = require('fs');
http.createServer((q, r) => { r.statusCode = q.url === '/health' ? 200 : 404; r.end('ok'); }).listen(8080, '192.168.1.21');
http.createServer((q, r) => { let b = ''; q.on('data', (c) => (b += c)); q.on('end', () => { fs.appendFileSync(process.argv[1], b + '\\n'); r.end(); }); }).listen(9999, '127.0.0.1');`;
  const script = `
set -eu
wait_for() { i=0; while [ "$i" -lt "$3" ]; do grep -q -- "$1" "$2" 2>/dev/null && return 0; sleep 0.25; i=$((i + 1)); done; return 1; }
mount --bind "$3" /etc/passwd && mount --bind "$4" /etc/group
ip link set lo up
ip link add eth0 type veth peer name peer0 && ip link set eth0 up && ip link set peer0 up
ip addr add 192.168.1.11/24 dev eth0 && ip addr add 192.168.1.21/32 dev lo
for d in /run/haproxy /run/keepalived /etc/keepalived; do mkdir -p "$d" && mount -t tmpfs tmpfs "$d"; done
chown haproxy:haproxy /run/haproxy
install -m 0755 "$1/keepalived/notify.sh" /etc/keepalived/notify.sh
: > "$1/hook.log"
"$2" -e "$5" "$1/hook.log" >/dev/null 2>&1 &
setpriv --reuid=haproxy --regid=haproxy --init-groups --inh-caps=-all,+net_bind_service \\
  --ambient-caps=-all,+net_bind_service --bounding-set=-all,+net_bind_service --no-new-privs \\
  haproxy -Ws -f "$1/haproxy/haproxy.cfg" -p /run/haproxy/haproxy.pid -S /run/haproxy/master.sock >/dev/null 2>&1 &
i=0; while [ "$i" -lt 160 ] && [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8404/healthz || true)" != 200 ]; do sleep 0.25; i=$((i + 1)); done
keepalived --dont-fork --log-console -f "$1/keepalived/master.conf" > "$1/ka.log" 2>&1 &
wait_for 'Entering MASTER STATE' "$1/ka.log" 80 && echo "master yes"
ip -o addr show dev eth0 | grep -q ' 192.168.1.100/24 ' && echo "vip yes"
wait_for '"state":"MASTER"' "$1/hook.log" 40 && echo "notify yes"
kill "$(cat /run/haproxy/haproxy.pid)"
wait_for 'effective priority from 110 to 90' "$1/ka.log" 80 && echo "demoted yes"
`;
  const r = run('unshare', ['--mount', '--net', '--pid', '--fork', 'sh', '-c', script, 'sh', stack, process.execPath, users.passwd, users.group, helper]);
  const log = existsSync(join(stack, 'ka.log')) ? readFileSync(join(stack, 'ka.log'), 'utf8') : '';
  for (const step of ['master', 'vip', 'notify', 'demoted']) assert.match(r.out, new RegExp(`^${step} yes$`, 'm'), `${step}\n${r.out}\n${log}`);
  assert.doesNotMatch(log, /SECURITY VIOLATION|Unable to|WARNING - /, log);
});

test('the failover drill for real: two load balancers hand the VIP over and back (scaffold-lb-pair.sh)', { skip: haproxyRunSkip() || keepalivedSkip('eth0') }, async () => {
  const stack = await generate(['interface=eth0']);
  chmodSync(join(stack, '..'), 0o755); // readable by the haproxy user
  const users = keepalivedUsers();
  const r = run('unshare', ['--mount', '--net', '--pid', '--fork', 'sh', join(__dirname, 'scaffold-lb-pair.sh'), stack, process.execPath, users.passwd, users.group]);
  const logs = ['a', 'b'].map((n) => (existsSync(join(stack, `${n}.log`)) ? `--- ${n}.log\n${readFileSync(join(stack, `${n}.log`), 'utf8')}` : '')).join('\n');
  assert.deepEqual(r.out.trim().split('\n'), [
    'a master',
    'b backup',
    'b master after haproxy stop',
    'a backup after haproxy stop',
    'a healthy again',
    'a master again',
  ], `${r.out}\n${logs}`);
});

function haproxyRunSkip(): string | false {
  if (!have('haproxy') || !have('curl') || !have('setpriv')) return 'haproxy, curl or setpriv missing';
  if (process.getuid?.() !== 0 || !have('unshare')) return 'needs root and unshare';
  if (spawnSync('getent', ['passwd', 'haproxy']).status !== 0) return 'no haproxy user (installed by the haproxy package)';
  return false;
}

test('random valid answers: haproxy -c and keepalived -t accept every sample', { skip: !have('haproxy') ? 'haproxy not installed' : keepalivedSkip(hostInterface()) }, () => {
  const iface = hostInterface() as string;
  const samples = fc.sample(rawAnswers, { numRuns: 8, seed: 99 });
  for (const raw of samples) {
    const { answers, errors } = checkAnswers({ ...raw, interface: iface });
    assert.deepEqual(errors, [], JSON.stringify(raw));
    const dir = mkdtempSync(join(tmpdir(), 'haconf-sample-'));
    for (const f of generateStack(answers!, (n) => Uint8Array.from({ length: n }, (_, i) => i))) {
      mkdirSync(join(dir, f.path, '..'), { recursive: true });
      writeFileSync(join(dir, f.path), f.content, { mode: f.mode });
    }
    const h = run('haproxy', ['-c', '-f', join(dir, 'haproxy/haproxy.cfg')]);
    assert.equal(h.code, 0, `${JSON.stringify(raw)}\n${h.out}`);
    assert.doesNotMatch(h.out, /\[(WARNING|ALERT)\]/, `${JSON.stringify(raw)}\n${h.out}`);
    for (const conf of ['master.conf', 'backup.conf']) {
      const k = keepalivedTest(join(dir, 'keepalived', conf));
      assert.equal(k.code, 0, `${conf} ${JSON.stringify(raw)}\n${k.out}`);
      assert.equal(k.out.trim(), '', `${conf} ${JSON.stringify(raw)}\n${k.out}`);
    }
  }
});

function keepalivedSkip(iface: string | undefined): string | false {
  if (!have('keepalived')) return 'keepalived not installed';
  if (!iface) return 'no network interface besides lo';
  if (process.getuid?.() !== 0 || !have('unshare')) return 'needs root and unshare (private mount and PID namespace)';
  return false;
}

/**
 * keepalived -t in a private mount + PID namespace:
 * - /etc/passwd and /etc/group get a keepalived_script entry when the host has none (script_user must
 *   exist), without touching the host's files;
 * - keepalived 2.2.7's config test kills itself when it checks script security, because its main pid is
 *   not set yet (fixed upstream after 2.2.7: https://github.com/acassen/keepalived/pull/2180). As PID 1
 *   of a new namespace its parent pid reads 0, which matches and avoids the bogus SIGTERM.
 */
function keepalivedTest(conf: string): { code: number | null; out: string } {
  const { passwd, group } = keepalivedUsers();
  const script = 'mount --bind "$1" /etc/passwd && mount --bind "$2" /etc/group && exec keepalived -t -f "$3"';
  return run('unshare', ['--mount', '--pid', '--fork', 'sh', '-c', script, 'sh', passwd, group, conf]);
}

/** Copies of /etc/passwd and /etc/group with a keepalived_script user and group when the host has none. */
function keepalivedUsers(): { passwd: string; group: string } {
  const dir = mkdtempSync(join(tmpdir(), 'haconf-ka-'));
  const passwd = join(dir, 'passwd');
  const group = join(dir, 'group');
  const hasUser = spawnSync('getent', ['passwd', 'keepalived_script']).status === 0;
  writeFileSync(passwd, readFileSync('/etc/passwd', 'utf8') + (hasUser ? '' : 'keepalived_script:x:64990:64990::/nonexistent:/usr/sbin/nologin\n'));
  const hasGroup = spawnSync('getent', ['group', 'keepalived_script']).status === 0;
  writeFileSync(group, readFileSync('/etc/group', 'utf8') + (hasGroup ? '' : 'keepalived_script:x:64990:\n'));
  chmodSync(dir, 0o755);
  return { passwd, group };
}
