// Every message shape of the three tools, from recorded outputs: the file, the line (1-based here, '-' for
// none), the severity, whether it is host-dependent, and the text kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOutput } from '../../../server/src/node/validators/index';
import type { ToolName } from '../../../server/src/node/validators/types';
import { output, staged, uriOf } from './recorded';

type Row = [file: string, line: number | '-', severity: 'error' | 'warning', host: boolean, text: string, locator?: string];

const CASES: Array<[string, ToolName, string, string[], Row[]]> = [
  ['systemd PATH:LINE and unit-level summary lines', 'systemd-analyze', 'bad.service.out', ['bad.service'], [
    ['bad.service', 5, 'warning', false, "Unknown key 'Foo' in section [Unit], ignoring."],
    ['bad.service', 8, 'warning', false, 'Failed to parse service type, ignoring: bogus'],
    ['bad.service', 9, 'error', false, 'Neither a valid executable name nor an absolute path: relative/path'],
  ]],
  ['systemd unit-level host messages (missing programs)', 'systemd-analyze', 'host.service.out', ['host.service'], [
    ['host.service', 11, 'warning', false, 'Failed to parse service restart specifier, ignoring: sometimes'],
    ['host.service', 12, 'warning', false, 'Invalid environment assignment, ignoring: A'],
    ['host.service', '-', 'error', true, 'Command /usr/bin/not-installed is not executable: No such file or directory'],
    ['host.service', '-', 'error', true, 'Command /usr/local/bin/nope.sh is not executable: No such file or directory'],
  ]],
  ['systemd unit-level error with only a summary after it', 'systemd-analyze', 'nox.service.out', ['nox.service'], [
    ['nox.service', '-', 'error', false, 'Service has no ExecStart=, ExecStop=, or SuccessAction=. Refusing.'],
  ]],
  ['systemd drop-in lines go to the drop-in', 'systemd-analyze', 'x.service.out', ['x.service', 'x.service.d/o.conf'], [
    ['x.service.d/o.conf', 2, 'warning', false, "Unknown key 'BogusKey' in section [Service], ignoring."],
    ['x.service.d/o.conf', 3, 'warning', false, 'Failed to parse service restart specifier, ignoring: sometimes'],
  ]],
  ['haproxy parsing [FILE:LINE] and [FILE:LINE] shapes, host files and users', 'haproxy', 'h1.cfg.out', ['h1.cfg'], [
    ['h1.cfg', 2, 'error', true, "cannot find user id for 'nosuchuser' (0:Success)"],
    ['h1.cfg', 3, 'error', false, "unknown keyword 'bogus-global' in 'global' section; did you mean 'global' maybe ?"],
    ['h1.cfg', 11, 'error', true, "'bind :8443' in section 'frontend' : unable to stat SSL certificate from file '/etc/nonexistent.pem' : No such file or directory."],
    ['h1.cfg', 14, 'error', true, "errorfile : error opening file '/etc/haproxy/errors/nope.http'."],
    ['h1.cfg', 18, 'error', false, "'server be/s2' : unknown keyword 'chek'; did you mean 'check' maybe ?"],
  ]],
  ['haproxy condition errors', 'haproxy', 'h2.cfg.out', ['h2.cfg'], [
    ['h2.cfg', 8, 'error', false, "error detected while parsing an 'http-request deny' condition : no such ACL : 'unknown_acl'."],
  ]],
  ['haproxy proxy-named messages and continued warnings', 'haproxy', 'h4.cfg.out', ['h4.cfg'], [
    ['h4.cfg', '-', 'error', false, "Proxy 'fe': unable to find required use_backend: 'nothere'.", 'proxy fe'],
    ['h4.cfg', '-', 'warning', false, "missing timeouts for frontend 'fe'. While not properly invalid, you will certainly encounter various problems with such a configuration. To fix this, please ensure that all following timeouts are set to a non-zero value: 'client', 'connect', 'server'.", 'proxy fe'],
    ['h4.cfg', '-', 'warning', false, "missing timeouts for backend 'be'. While not properly invalid, you will certainly encounter various problems with such a configuration. To fix this, please ensure that all following timeouts are set to a non-zero value: 'client', 'connect', 'server'.", 'proxy be'],
    ['h4.cfg', '-', 'warning', false, "missing timeouts for proxy 'li'. While not properly invalid, you will certainly encounter various problems with such a configuration. To fix this, please ensure that all following timeouts are set to a non-zero value: 'client', 'connect', 'server'.", 'proxy li'],
  ]],
  ['haproxy warnings on exit 0 shapes, sections by name, DNS, location-less', 'haproxy', 'h5.cfg.out', ['h5.cfg'], [
    ['h5.cfg', '-', 'warning', false, "'http-request' rules ignored for backend 'be2' as they require HTTP mode.", 'proxy be2'],
    ['h5.cfg', '-', 'warning', true, "Removing incomplete section 'peers p' (no peer named 'vm').", 'section peers p'],
    ['h5.cfg', 12, 'error', true, "'server be/s1' : could not resolve address 'nohost.invalid'."],
    ['h5.cfg', '-', 'error', true, 'Failed to initialize server(s) addr.'],
  ]],
  ['haproxy split config: each message in its own file, capital Parsing', 'haproxy', 'h6.split.out', ['h6a.cfg', 'h6b.cfg'], [
    ['h6b.cfg', 3, 'error', false, "unknown keyword 'bogus-kw' in 'backend' section"],
    ['h6b.cfg', 5, 'error', false, "backend 'be' has the same name as backend 'be' declared at h6b.cfg:1."],
  ]],
  ['keepalived (FILE: Line N), (Line N), (INSTANCE) after a location, and bare lines', 'keepalived', 'k1.conf.out', ['k1.conf'], [
    ['k1.conf', 3, 'error', false, "Unknown keyword 'bogus_global'"],
    ['k1.conf', 11, 'warning', true, "WARNING - interface nosuchif0 for vrrp_instance VI_1 doesn't exist"],
    ['k1.conf', 12, 'error', false, "number '300' outside range [1, 255]"],
    ['k1.conf', 12, 'error', false, "(VI_1): VRID '300' not valid - must be between 1 & 255"],
    ['k1.conf', 15, 'error', false, "Unknown keyword 'unknown_kw'"],
    ['k1.conf', 18, 'warning', false, 'Truncating auth_pass to 8 characters'],
    ['k1.conf', 21, 'warning', false, 'VRRP parsed invalid IP 192.168.1.300/24. skipping IP...'],
    ['k1.conf', 25, 'warning', false, '(VI_1) track script nochk not found, ignoring...'],
    ['k1.conf', '-', 'error', true, 'Non-existent interface specified in configuration'],
  ]],
  ['keepalived virtual server and instance forms without a line', 'keepalived', 'k2.conf.out', ['k2.conf'], [
    ['k2.conf', '-', 'warning', false, 'Virtual server [10.0.0.1]:none:80: no protocol set - defaulting to UDP', 'virtual_server 10.0.0.1 80'],
    ['k2.conf', '-', 'warning', false, "Virtual server [10.0.0.1]:udp:80: no scheduler set, setting default 'wlc'", 'virtual_server 10.0.0.1 80'],
    ['k2.conf', '-', 'warning', false, 'Virtual server [10.0.0.1]:udp:80: no forwarding method set, setting default NAT', 'virtual_server 10.0.0.1 80'],
    ['k2.conf', 3, 'warning', false, '(VI_2) cannot use a loopback interface (lo) for vrrp - ignoring'],
    ['k2.conf', 9, 'warning', false, '(VI_3) cannot use a loopback interface (lo) for vrrp - ignoring'],
    ['k2.conf', '-', 'error', false, '(VI_2) the virtual router id must be set', 'instance VI_2'],
  ]],
  ['keepalived: a script user missing on the host, and what it causes', 'keepalived', 'k4.conf.out', ['k4.conf'], [
    ['k4.conf', 7, 'error', true, 'Unable to set default user keepalived_script for script'],
    ['k4.conf', 7, 'error', true, 'Unable to set default user for vrrp script chk - removing'],
    ['k4.conf', 15, 'warning', true, '(VI_1) track script chk not found, ignoring...'],
  ]],
];

for (const [name, tool, out, files, rows] of CASES) {
  test(name, () => {
    const got = parseOutput(tool, output(out), staged(...files)).map((f): Row => {
      const row: Row = [f.uri.slice(uriOf('').length), f.line === undefined ? '-' : f.line + 1, f.severity as Row[2], !!f.host, f.message];
      if (f.locator) row.push(`${f.locator.kind} ${f.locator.name}`);
      return row;
    });
    assert.deepEqual(got, rows);
  });
}

test('keepalived: a message printed once per process is kept once', () => {
  const text = '(/tmp/haconf-rec/k1.conf: Line 15) Unknown keyword \'unknown_kw\'\n'.repeat(3) + '(VI_1) Unknown interface!\n(VI_1) Unknown interface!\n';
  const got = parseOutput('keepalived', text, staged('k1.conf'));
  assert.deepEqual(got.map((f) => [f.line, f.message, !!f.host]), [[14, "Unknown keyword 'unknown_kw'", false], [undefined, '(VI_1) Unknown interface!', true]]);
});

test('keepalived: a missing include is host-dependent; haproxy: a missing Lua file too', () => {
  const k = parseOutput('keepalived', "(Line 1) Config files missing 'conf.d/*.conf'.\n", staged('k1.conf'));
  assert.deepEqual(k.map((f) => [f.line, !!f.host]), [[0, true]]);
  const h = parseOutput('haproxy', "[ALERT]    (5264) : config : parsing [/tmp/haconf-rec/h1.cfg:2] : error in Lua file '/etc/haproxy/x.lua': cannot open /etc/haproxy/x.lua: No such file or directory\n", staged('h1.cfg'));
  assert.deepEqual(h.map((f) => [f.line, f.severity, !!f.host]), [[1, 'error', true]]);
});

test('systemd: lines about other units of the host are dropped', () => {
  const text = 'other.service: Command /x is not executable: No such file or directory\n/etc/systemd/system/y.service:3: Unknown key\n';
  assert.deepEqual(parseOutput('systemd-analyze', text, staged('bad.service')), []);
});
