import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { doc, newService } from '../helpers';

const SVC = 'file:///etc/systemd/system/app.service';

function diags(text: string, uri = SVC, settings?: unknown, host = '252'): Diagnostic[] {
  return newService(settings, { systemd: host }).diagnostics(doc(uri, text));
}
const codes = (ds: Diagnostic[]) => ds.filter((d) => String(d.code).startsWith('systemd-')).map((d) => `${d.range.start.line}:${d.code}`);
const base = '[Unit]\nDescription=x\n[Service]\nExecStart=/bin/app\n';

// [extra lines appended to a minimal service, expected "line:code" list]
const cases: Array<[string, string, string[]]> = [
  ['misspelled key', 'Restartt=always\n', ['4:systemd-unknown-directive']],
  ['wrong case', 'restart=always\n', ['4:systemd-unknown-directive']],
  ['X- key is fine', 'X-Foo=bar\n', []],
  ['bad boolean', 'PrivateTmp=maybe\n', ['4:systemd-invalid-value']],
  ['y/on/1 booleans', 'NoNewPrivileges=y\nPrivateDevices=on\nRemainAfterExit=1\n', []],
  ['bad time span', 'RestartSec=5x\n', ['4:systemd-invalid-value']],
  ['good time spans', 'RestartSec=1min 30s\nTimeoutStopSec=infinity\nRuntimeMaxSec=2.5h\nTimeoutStartSec=500ms\n', []],
  ['bad enum', 'KillMode=foo\n', ['4:systemd-invalid-value']],
  ['enum newer than target', 'Type=notify-reload\n', ['4:systemd-newer-value']],
  ['directive newer than target', 'RestartSteps=3\n', ['4:systemd-newer-directive']],
  ['deprecated MemoryLimit', 'MemoryLimit=1G\n', ['4:systemd-deprecated']],
  ['removed directive', 'SysVStartPriority=3\n', ['4:systemd-removed-directive']],
  ['legacy alias', 'ReadWriteDirectories=/var/lib/x\n', ['4:systemd-legacy-name']],
  ['duplicate single-value', 'User=a\nUser=b\n', ['5:systemd-duplicate-directive']],
  ['list directive repeats are fine', 'Environment=A=1\nEnvironment=B=2\nExecStartPre=/bin/a\nExecStartPre=/bin/b\n', []],
  ['inline comment breaks enum', 'Restart=no # managed by Pacemaker\n', ['4:systemd-inline-comment']],
  ['inline comment in text', 'SyslogIdentifier=app # tag\n', ['4:systemd-inline-comment-text']],
  ['hash inside quotes is not a comment', "ExecStartPre=/bin/sh -c 'echo # x'\n", []],
  ['key in another section', 'After=network.target\n', ['4:systemd-wrong-section']],
  ['socket key in service', 'ListenStream=80\n', ['4:systemd-wrong-section']],
  ['legacy placement in [Service]', 'StartLimitBurst=5\n', ['4:systemd-legacy-placement']],
  ['StartLimitIntervalSec in [Service]', 'StartLimitIntervalSec=300\n', ['4:systemd-wrong-section']],
  ['unknown section', '[Foo]\nBar=1\n', ['4:systemd-unknown-section']],
  ['X- section is fine', '[X-Fleet]\nBar=1\n', []],
  ['section of another unit type', '[Timer]\nOnCalendar=daily\n', ['4:systemd-unknown-section']],
  ['garbage line', 'not an assignment\n', ['4:systemd-syntax']],
  ['oneshot with Restart=always', 'Type=oneshot\nRestart=always\n', ['5:systemd-oneshot-restart']],
  ['two ExecStart outside oneshot', 'ExecStart=/bin/b\n', ['4:systemd-multiple-exec-start']],
  ['two ExecStart in oneshot', 'Type=oneshot\nExecStart=/bin/b\n', []],
  ['ExecStart reset then set', 'ExecStart=\nExecStart=/bin/b\n', []],
  ['watchdog without notify', 'WatchdogSec=30\n', ['4:systemd-watchdog-without-notify']],
  ['watchdog with notify', 'Type=notify\nWatchdogSec=30\n', []],
  ['empty value resets', 'RestartSec=\n', []],
  ['specifiers pass', 'WorkingDirectory=/srv/%i\n', []],
  ['signal', 'KillSignal=SIGINT\nRestartKillSignal=TERM\n', []],
  ['bad signal', 'KillSignal=SIGFOO\n', ['4:systemd-invalid-value']],
  ['bad environment assignments', 'Environment=FOO a-b=1\n', ['4:systemd-invalid-value']],
  ['quoted environment assignment', 'Environment="A=1 2" B=3 C=\n', []],
  ['obsolete StandardOutput=syslog', 'StandardOutput=syslog\n', ['4:systemd-deprecated']],
  ['unsafe KillMode=none', 'KillMode=none\n', ['4:systemd-deprecated']],
  ['unknown specifier', 'ExecStartPre=/bin/echo %z\n', ['4:systemd-unknown-specifier']],
  ['literal %% and trailing %', 'ExecStartPre=/bin/echo %%z 100%\n', []],
  ['relative paths', 'TTYPath=tty1\nReadWritePaths=-/ok -rel\n', ['4:systemd-invalid-value', '5:systemd-invalid-value']],
  ['absolute state directory', 'StateDirectory=/var/lib/x\n', ['4:systemd-invalid-value']],
  ['modes', 'UMask=0027\nRuntimeDirectoryMode=0o755\n', ['5:systemd-invalid-value']],
  ['ranges', 'OOMScoreAdjust=-1000\nIOSchedulingPriority=9\n', ['5:systemd-invalid-value']],
  ['limits', 'LimitNOFILE=65536:infinity\nMemoryMax=50%\nTasksMax=lots\n', ['6:systemd-invalid-value']],
  ['memory suffixes are upper case', 'MemoryMax=1G\nMemoryHigh=1g\nMemoryLow=1GiB\nMemoryMin=1 T\n', ['5:systemd-invalid-value', '6:systemd-invalid-value']],
  ['block IO weight range', 'BlockIOWeight=5\nIOWeight=5\n', ['4:systemd-legacy-name', '4:systemd-invalid-value']],
  ['log level names and numbers', 'SyslogLevel=info\nLogLevelMax=7\nSyslogFacility=local3\n', []],
  ['relative exec path', 'ExecStartPre=./prepare\n', ['4:systemd-invalid-exec']],
  ['plain program name', 'ExecStartPre=true\nExecStartPre=-!!/bin/x\nExecStartPre=@/bin/sh sh -c x\n', []],
  ['empty command and bad prefixes', 'ExecStartPre=-\nExecStartPre=+!/bin/x\nExecStartPre=|/bin/x\n', ['4:systemd-invalid-exec', '5:systemd-invalid-exec', '6:systemd-newer-value']],
  ['unbalanced quotes', 'ExecStartPre=/bin/echo "oops\n', ['4:systemd-invalid-exec']],
  ['unknown escapes', "ExecStartPre=/bin/sh -c 'echo \\$HOME'\nExecStartPre=/usr/bin/find / -exec ls {} \\;\n", ['4:systemd-exec-escape']],
  ['environment escapes', 'Environment=A=\\d\nEnvironment=B=a\\tb\n', ['4:systemd-invalid-value']],
  ['unsigned in hex', 'FileDescriptorStoreMax=0x10\n', []],
];
const unitCases: Array<[string, string, string[]]> = [
  ['unit name without suffix', 'After=network\n', ['1:systemd-invalid-value']],
  ['comma-separated units', 'Wants=a.service,b.service\n', ['1:systemd-invalid-value']],
  ['template and specifier names', 'After=foo@.service bar@%i.service %p-db.service\n', []],
];
for (const [name, extra, expected] of unitCases) {
  test(`diagnostics: ${name}`, () => {
    assert.deepEqual(codes(diags(`[Unit]\n${extra}[Service]\nExecStart=/bin/a\n`)), expected);
  });
}

for (const [name, extra, expected] of cases) {
  test(`diagnostics: ${name}`, () => {
    assert.deepEqual(codes(diags(base + extra)), expected);
  });
}

test('did-you-mean on a misspelled key', () => {
  const d = diags(base + 'Restrat=always\n')[0];
  assert.match(d.message, /Did you mean Restart=/);
  assert.deepEqual((d.data as { suggestions: string[] }).suggestions[0], 'Restart');
  assert.equal(d.codeDescription?.href, 'file:///docs/rules/systemd-unknown-directive.md');
});

test('continued value: the diagnostic spans the lines systemd joins', () => {
  const d = diags(base + 'PrivateTmp=ye \\\n  s\n').find((x) => x.code === 'systemd-invalid-value');
  assert.ok(d);
  assert.equal(d.range.start.line, 4);
  assert.equal(d.range.end.line, 5);
});

const required: Array<[string, string, string, number]> = [
  ['service without ExecStart', 'app.service', '[Service]\nType=simple\n', 1],
  ['oneshot without ExecStart or RemainAfterExit', 'app.service', '[Service]\nType=oneshot\nExecStop=/bin/x\n', 1],
  ['oneshot with RemainAfterExit and ExecStop', 'app.service', '[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStop=/bin/x\n', 0],
  ['timer without trigger', 'app.timer', '[Timer]\nPersistent=true\n', 1],
  ['timer with OnCalendar', 'app.timer', '[Timer]\nOnCalendar=daily\n', 0],
  ['socket without Listen', 'app.socket', '[Socket]\nAccept=no\n', 1],
  ['path without trigger', 'app.path', '[Path]\nMakeDirectory=yes\n', 1],
  ['drop-in needs nothing', 'app.service.d/override.conf', '[Service]\nRestart=always\n', 0],
  ['empty (masked) file', 'app.service', '', 0],
  ['dbus without BusName', 'app.service', '[Service]\nType=dbus\nExecStart=/bin/x\n', 1],
];
for (const [name, file, text, n] of required) {
  test(`missing required: ${name}`, () => {
    const ds = diags(text, `file:///etc/systemd/system/${file}`).filter((d) => d.code === 'systemd-missing-required');
    assert.equal(ds.length, n);
  });
}

test('version setting: explicit version and auto without host', () => {
  const t = base + 'RestartSteps=3\n';
  assert.deepEqual(codes(diags(t, SVC, { systemd: { version: '254' } })), []);
  assert.deepEqual(codes(diags(t, SVC, { systemd: { version: '253' } })), ['4:systemd-newer-directive']);
  assert.deepEqual(codes(newService().diagnostics(doc(SVC, t))), [], 'auto without a host systemd = newest');
});

// systemd 252/254 `systemd-analyze verify` accept these (booleans or a plain policy number); they were false errors.
test('enums that also take a boolean or a number', () => {
  const sock = 'file:///etc/systemd/system/app.socket';
  assert.deepEqual(codes(diags('[Socket]\nListenStream=80\nBindIPv6Only=yes\nTimestamping=no\n', sock)), []);
  assert.deepEqual(codes(diags(base + 'CPUSchedulingPolicy=3\n')), []);
  assert.deepEqual(codes(diags(base + 'MemoryPressureWatch=yes\n', SVC, { systemd: { version: '254' } })), []);
  assert.deepEqual(codes(diags('[Socket]\nListenStream=80\nBindIPv6Only=3\n', sock)), ['2:systemd-invalid-value']);
});

test('MemoryLimit= is removed when targeting 258', () => {
  assert.deepEqual(codes(diags(base + 'MemoryLimit=1G\n', SVC, { systemd: { version: '258' } })), ['4:systemd-removed-directive']);
});

test('rule severities can be overridden and turned off', () => {
  const ds = diags(base + 'Restartt=1\n', SVC, { rules: { 'systemd-unknown-directive': 'off' } });
  assert.deepEqual(codes(ds), []);
});

test('drop-in of a timer checks [Timer] keys', () => {
  const ds = diags('[Timer]\nOnCalender=daily\n', 'file:///etc/systemd/system/x.timer.d/10-a.conf');
  assert.deepEqual(codes(ds), ['1:systemd-unknown-directive']);
});

test('systemctl edit temp file is read as a drop-in', () => {
  const ds = diags('[Service]\nRestart=sometimes\n', 'file:///etc/systemd/system/app.service.d/.#override.conf3a5b9c1d2e3f4a5b');
  assert.deepEqual(codes(ds), ['1:systemd-invalid-value']);
});

test('template units are services', () => {
  assert.deepEqual(codes(diags(base, 'file:///etc/systemd/system/app@.service')), []);
});

test('Requires= in a drop-in is ordered by After= in the unit file (workspace)', () => {
  const s = newService(undefined, { systemd: '252' });
  s.parse({ uri: 'file:///etc/systemd/system/app.service', text: '[Unit]\nAfter=db.service\n[Service]\nExecStart=/bin/a\n' }, false);
  const ds = s.diagnostics(doc('file:///etc/systemd/system/app.service.d/ha.conf', '[Unit]\nRequires=db.service\n'));
  assert.deepEqual(codes(ds), []);
  const alone = newService(undefined, { systemd: '252' }).diagnostics(doc('file:///etc/systemd/system/app.service.d/ha.conf', '[Unit]\nRequires=db.service\n'));
  assert.deepEqual(codes(alone), ['1:systemd-requires-without-after']);
});

test('a unit whose ExecStart= lives in a workspace drop-in is not flagged as missing it', () => {
  const s = newService(undefined, { systemd: '252' });
  s.parse({ uri: 'file:///etc/systemd/system/app.service.d/exec.conf', text: '[Service]\nExecStart=/bin/a\n' }, false);
  assert.deepEqual(codes(s.diagnostics(doc('file:///etc/systemd/system/app.service', '[Service]\nType=simple\n'))), []);
});

test('condition paths must be absolute after ! and |', () => {
  const t = '[Unit]\nConditionPathExists=|!/etc/x\nConditionPathExists=rel\n[Service]\nExecStart=/bin/a\n';
  assert.deepEqual(codes(diags(t)), ['2:systemd-invalid-value']);
});

test('build templates (.service.in): @placeholders@ are not checked as values', () => {
  const t = '[Service]\nExecStart=@bindir@/app\nUser=@user@\nPrivateTmp=@private_tmp@\n';
  assert.deepEqual(codes(diags(t, 'file:///src/units/app.service.in')), []);
  assert.deepEqual(codes(diags('[Service]\nExecStart=/bin/a\nPrivateTmp=maybe\n', 'file:///src/units/app.service.in')), ['2:systemd-invalid-value']);
});

test('other systemd config formats opened as unit files are left alone', () => {
  const s = newService(undefined, { systemd: '252' });
  const ds = s.diagnostics(doc('file:///etc/systemd/resolved.conf', '[Resolve]\nDNS=1.1.1.1\n', 'systemd-unit-file'));
  assert.deepEqual(codes(ds), []);
  const unit = s.diagnostics(doc('file:///tmp/untitled.conf', '[Service]\nRestartt=1\n', 'systemd-unit-file'));
  assert.deepEqual(codes(unit), ['1:systemd-unknown-directive']);
});
