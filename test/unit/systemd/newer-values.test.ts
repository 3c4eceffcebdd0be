// Values (and value forms) newer than systemd 252: their releases, pinned with evidence, and how the version machinery
// treats them: a `systemd-newer-value` error below that release, nothing from it on; completion hides them below it;
// hover names the release. Evidence (checked 2026-11-25): "252 no" = the installed systemd 252's `systemd-analyze verify`
// rejects the value ("Failed to parse ..., ignoring"); "254 yes/no" = the 254.26 `systemd-analyze` of Debian
// bookworm-backports accepts/rejects it; "NEWS N" = the upstream NEWS (shipped in Debian's 262 package) announces it
// under "CHANGES WITH N"; "man N" = the man page of the 257 or 262 package lists it or marks it "Added in version N."
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-types';
import { ENUMS } from '../../../server/src/service/schema/systemd/enums';
import { execPrefix } from '../../../server/src/service/schema/systemd/execPrefixes';
import { caret, doc, newService } from '../helpers';

const SVC = 'file:///etc/systemd/system/app.service';
const svc = (version: string) => newService({ systemd: { version } });

// [ENUMS key, value, release, evidence]
const VALUES: ReadonlyArray<readonly [string, string, number, string]> = [
  ['Service.Type', 'notify-reload', 253, '252 no, 254 yes, NEWS 253'],
  ['OnFailureJobMode', 'restart-dependencies', 254, '252 no, 254 yes, NEWS 254'],
  ['FailureAction', 'soft-reboot', 254, '252 no, 254 yes, NEWS 254 (soft-reboot added)'],
  ['FailureAction', 'soft-reboot-force', 254, '252 no, 254 yes, NEWS 254'],
  // kexec/halt actions: not named in NEWS; 252 rejects, 254 accepts and its man page lists them; no 253 build at hand.
  ['FailureAction', 'kexec', 254, '252 no, 254 yes, man 254'],
  ['FailureAction', 'kexec-force', 254, '252 no, 254 yes, man 254'],
  ['FailureAction', 'halt', 254, '252 no, 254 yes, man 254'],
  ['FailureAction', 'halt-force', 254, '252 no, 254 yes, man 254'],
  ['FailureAction', 'halt-immediate', 254, '252 no, 254 yes, man 254'],
  ['Service.RestartMode', 'debug', 257, '254 no, NEWS 257, man 257 marker'],
  ['PrivateTmp', 'disconnected', 257, '252 no, 254 no, NEWS 257, man 257'],
  ['PrivateUsers', 'identity', 257, '252 no, 254 no, NEWS 257, man 257'],
  // "self": not in NEWS; the 254 man page says boolean only, the 257 one lists self and identity.
  ['PrivateUsers', 'self', 257, '252 no, 254 no, man 257'],
  ['PrivateUsers', 'full', 258, 'NEWS 258; not in the 257 man page'],
  ['PrivateUsers', 'managed', 260, 'NEWS 260 (was wrongly 258)'],
  ['ProtectControlGroups', 'private', 257, '252 no, 254 no, NEWS 257'],
  ['ProtectControlGroups', 'strict', 257, '252 no, 254 no, NEWS 257'],
  ['ProtectHostname', 'private', 258, '252 no, 254 no, NEWS 258; not in the 257 man page'],
  ['CPUSchedulingPolicy', 'ext', 260, 'NEWS 260; not in the 257 man page (was wrongly 258)'],
];

for (const [key, value, release, evidence] of VALUES) {
  test(`${key}=${value} needs systemd ${release} (${evidence})`, () => {
    assert.equal(ENUMS[key]?.values.find((v) => v.value === value)?.since, release);
  });
}

// No new values up to 262: the value lists in the 254, 257 and 262 man pages match, NEWS names none, and 252 accepts
// every value modelled (test/parity/systemd-newer-values.test.ts).
for (const key of ['ProtectSystem', 'ProtectHome', 'Service.Restart', 'KillMode', 'StandardOutput', 'Service.NotifyAccess', 'Service.ExitType']) {
  test(`${key}= has no value newer than 252`, () => {
    assert.deepEqual(ENUMS[key]?.values.filter((v) => v.since).map((v) => v.value), []);
  });
}

test('ProtectHostname=yes:NAME and private:NAME forms need systemd 258 (NEWS 258; the 257 man page has none)', () => {
  const forms = ENUMS.ProtectHostname?.prefixes ?? [];
  for (const p of ['private:', 'yes:']) assert.equal(forms.find((f) => f.prefix === p)?.since, 258, p);
});

test("the '|' exec prefix needs systemd 258 (NEWS 258; 252 and 254 reject '|/bin/x' as not a valid path)", () => {
  assert.equal(execPrefix('|')?.since, 258);
  assert.equal(execPrefix('!!')?.ignoredSince, 258);
});

// --- diagnostics -------------------------------------------------------------------------------------------------

/** Diagnostics of `[Service]`-style text whose value under test is wrapped in ⟦ ⟧. */
function check(marked: string, version: string): { diags: Diagnostic[]; range: { line: number; from: number; to: number } } {
  const a = caret(marked, '⟦');
  const b = caret(a.text, '⟧');
  const diags = svc(version).diagnostics(doc(SVC, b.text)).filter((d) => d.code === 'systemd-newer-value');
  return { diags, range: { line: a.position.line, from: a.position.character, to: b.position.character } };
}

const UNITS: ReadonlyArray<readonly [string, number]> = [
  ['[Service]\nExecStart=/bin/app\nType=⟦notify-reload⟧\n', 253],
  ['[Service]\nExecStart=/bin/app\nPrivateTmp=⟦disconnected⟧\n', 257],
  ['[Service]\nExecStart=/bin/app\nPrivateUsers=⟦identity⟧\n', 257],
  ['[Service]\nExecStart=/bin/app\nPrivateUsers=⟦full⟧\n', 258],
  ['[Service]\nExecStart=/bin/app\nPrivateUsers=⟦managed⟧\n', 260],
  ['[Service]\nExecStart=/bin/app\nProtectHostname=⟦private⟧\n', 258],
  ['[Service]\nExecStart=/bin/app\nProtectHostname=⟦private:web1⟧\n', 258],
  ['[Service]\nExecStart=/bin/app\nProtectHostname=⟦yes:web1⟧\n', 258],
  ['[Service]\nExecStart=/bin/app\nProtectControlGroups=⟦strict⟧\n', 257],
  ['[Service]\nExecStart=/bin/app\nCPUSchedulingPolicy=⟦ext⟧\n', 260],
  ['[Unit]\nFailureAction=⟦soft-reboot⟧\n[Service]\nExecStart=/bin/app\n', 254],
  ['[Unit]\nOnFailureJobMode=⟦restart-dependencies⟧\n[Service]\nExecStart=/bin/app\n', 254],
  ['[Service]\nExecStart=⟦|⟧echo "$HOME"\n', 258],
  ['[Service]\nExecStart=/bin/app\nExecStartPre=-⟦|⟧/usr/bin/prepare\n', 258],
];

for (const [marked, release] of UNITS) {
  const label = marked.replace(/\n/g, ' ').replace(/[⟦⟧]/g, '');
  test(`newer value flagged below ${release}, on the value: ${label}`, () => {
    const { diags, range } = check(marked, String(release - 1));
    assert.equal(diags.length, 1, JSON.stringify(diags));
    const d = diags[0];
    assert.equal(d.severity, 1, 'an error, like a newer directive: the target release ignores the line');
    assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.character], [range.line, range.from, range.to]);
    assert.match(d.message, new RegExp(`needs systemd ${release}; release ${release - 1}`));
  });
  test(`newer value accepted from ${release} on: ${label}`, () => {
    assert.deepEqual(check(marked, String(release)).diags, []);
    assert.deepEqual(check(marked, '262').diags, []);
  });
}

test('a newer value gets the same severity as a newer directive', () => {
  const ds = svc('252').diagnostics(doc(SVC, '[Service]\nExecStart=/bin/app\nType=notify-reload\nRestartSteps=3\n'));
  const sev = (code: string) => ds.find((d) => d.code === code)?.severity;
  assert.equal(sev('systemd-newer-value'), sev('systemd-newer-directive'));
});

test('a value unknown on the target suggests only values the target knows', () => {
  const ds = svc('252').diagnostics(doc(SVC, '[Service]\nExecStart=/bin/app\nType=notfy\n'));
  const d = ds.find((x) => x.code === 'systemd-invalid-value');
  assert.ok(d, 'invalid value reported');
  assert.ok(!d.message.includes('notify-reload'), d.message);
  assert.deepEqual((d.data as { suggestions: string[] }).suggestions, ['notify']);
});

test("the '|' prefix on 258 goes to the shell: no path or argv[0] complaints", () => {
  const text = '[Service]\nExecStart=|cd /srv && ./run.sh\nExecStartPre=|\nExecStartPost=@|echo hi\n';
  assert.deepEqual(svc('258').diagnostics(doc(SVC, text)).filter((d) => String(d.code).startsWith('systemd-')), []);
});

// --- completion ----------------------------------------------------------------------------------------------------

function labels(marked: string, version: string): string[] {
  const { text, position } = caret(marked, '¦');
  return svc(version).completion(doc(SVC, text), position).map((i: CompletionItem) => i.label);
}

const OFFERED: ReadonlyArray<readonly [string, string, number]> = [
  ['[Service]\nType=¦', 'notify-reload', 253],
  ['[Service]\nPrivateTmp=¦', 'disconnected', 257],
  ['[Service]\nPrivateUsers=¦', 'managed', 260],
  ['[Service]\nProtectHostname=¦', 'private', 258],
  ['[Service]\nCPUSchedulingPolicy=¦', 'ext', 260],
  ['[Service]\nRestartMode=¦', 'debug', 257],
  ['[Service]\nExecStart=¦', '|', 258],
];

for (const [marked, value, release] of OFFERED) {
  test(`completion offers ${value} from ${release} on, not before`, () => {
    assert.ok(!labels(marked, String(release - 1)).includes(value), `offered on ${release - 1}`);
    assert.ok(labels(marked, String(release)).includes(value), `missing on ${release}`);
  });
}

test("the '!!' exec prefix is no longer offered once systemd ignores it (258)", () => {
  assert.ok(labels('[Service]\nExecStart=¦', '257').includes('!!'));
  assert.ok(!labels('[Service]\nExecStart=¦', '258').includes('!!'));
});

// --- hover ---------------------------------------------------------------------------------------------------------

function hover(marked: string, version: string): string {
  const { text, position } = caret(marked, '¦');
  const h: Hover | null = svc(version).hover(doc(SVC, text), position);
  return h ? (h.contents as MarkupContent).value : '';
}

test('hover on a newer value names its release and warns when the target is older', () => {
  const old = hover('[Service]\nType=notify-re¦load\n', '252');
  assert.match(old, /systemd 253\+/);
  assert.match(old, /not known to the target release 252/);
  const now = hover('[Service]\nType=notify-re¦load\n', '262');
  assert.match(now, /systemd 253\+/);
  assert.doesNotMatch(now, /not known/);
});

test('hover on a newer value form names its release', () => {
  assert.match(hover('[Service]\nProtectHostname=priv¦ate:web1\n', '257'), /`ProtectHostname=private:…` \(systemd 258\+\) — \*\*not known to the target release 257/);
});

test("hover on the '|' exec prefix explains it and names its release", () => {
  const text = hover('[Service]\nExecStart=-¦|echo hi\n', '252');
  assert.match(text, /exec prefix/);
  assert.match(text, /systemd 258\+/);
  assert.match(hover('[Service]\nExecStart=¦-/bin/app\n', '252'), /Ignore a non-zero exit code/);
});

test('hover on a directive newer than the target says the target does not know it', () => {
  assert.match(hover('[Service]\nRestart¦Steps=3\n', '252'), /Available since systemd 254\. \*\*The target release 252 does not know it/);
  assert.doesNotMatch(hover('[Service]\nRestart¦Steps=3\n', '254'), /does not know/);
});
