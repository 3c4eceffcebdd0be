// Parity with the installed systemd on the version data: every enum value haconf models must be accepted by
// `systemd-analyze verify` exactly when haconf says the installed release knows it, and every directive added after
// the installed release must be an unknown key there. haconf, targeting the installed release, must flag each
// rejected line with systemd-newer-value / systemd-newer-directive on the line verify reports. Each enum directive is
// also probed with a boolean and a number: verify must accept them exactly when the spec says acceptsBool/acceptsNumber.
// HACONF_SYSTEMD_ANALYZE may name another systemd-analyze build (e.g. an unpacked newer Debian package, with
// LD_LIBRARY_PATH pointing at its libsystemd-shared) to check the data against that release too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { doc, newService } from '../unit/helpers';
import { ALL_SECTIONS, directive } from '../../server/src/service/schema/systemd/index';
import { ADDITIONS } from '../../server/src/service/schema/systemd/newer';
import { ENUMS } from '../../server/src/service/schema/systemd/enums';
import { EXEC_PREFIXES } from '../../server/src/service/schema/systemd/execPrefixes';

interface Probe {
  readonly section: string;
  readonly line: string;
  /** Release that introduced the value or directive (0: older than 252). */
  readonly since: number;
  readonly code: 'systemd-newer-value' | 'systemd-newer-directive' | 'systemd-invalid-value';
  /** Whether systemd accepts the line whatever the release (the boolean/number probes), instead of `since`. */
  readonly accepted?: boolean;
  /** Goes in a unit of its own: systemd stops reading a unit at a command it rejects. */
  readonly alone?: boolean;
}

const ANALYZE = process.env.HACONF_SYSTEMD_ANALYZE ?? 'systemd-analyze';

/** Unit file suffix and the lines that make a minimal valid unit around a section. */
const UNIT_OF: Readonly<Record<string, readonly [string, string]>> = {
  Unit: ['service', '[Service]\nExecStart=/bin/true\n'],
  Service: ['service', 'ExecStart=/bin/true\n'],
  Socket: ['socket', 'ListenStream=/run/haconf-probe.sock\n'],
  Timer: ['timer', 'OnCalendar=daily\n'],
  Slice: ['slice', ''],
};
const GROUP_SECTION: Readonly<Record<string, string>> = { EXEC: 'Service', KILL: 'Service', CGROUP: 'Service' };

/** Probes for a systemd release `installed`: enum values of the directives it knows, exec prefixes, added directives. */
function probes(installed: number): Probe[] {
  const out: Probe[] = [];
  const names = new Set(Object.keys(ENUMS).map((k) => (k.includes('.') ? k.slice(k.indexOf('.') + 1) : k)));
  for (const name of names) {
    const section = ALL_SECTIONS.find((s) => UNIT_OF[s] && directive(s, name)?.enumSpec);
    const d = section ? directive(section, name) : undefined;
    if (!section || !d?.enumSpec || d.since > installed) continue;
    for (const v of d.enumSpec.values) out.push({ section, line: `${name}=${v.value}`, since: v.since ?? 0, code: 'systemd-newer-value' });
    for (const p of d.enumSpec.prefixes ?? []) out.push({ section, line: `${name}=${p.prefix}probe`, since: p.since ?? 0, code: 'systemd-newer-value' });
    // Whether a boolean or a plain number is taken too (acceptsBool / acceptsNumber).
    out.push({ section, line: `${name}=yes`, since: 0, code: 'systemd-invalid-value', accepted: Boolean(d.enumSpec.acceptsBool) });
    out.push({ section, line: `${name}=3`, since: 0, code: 'systemd-invalid-value', accepted: Boolean(d.enumSpec.acceptsNumber) });
  }
  for (const p of EXEC_PREFIXES) {
    if (p.since) out.push({ section: 'Service', line: `ExecStartPre=${p.prefix}/bin/true`, since: p.since, code: 'systemd-newer-value', alone: true });
  }
  for (const a of ADDITIONS) {
    const section = GROUP_SECTION[a.where] ?? a.where;
    if (UNIT_OF[section]) out.push({ section, line: `${a.name}=`, since: a.since, code: 'systemd-newer-directive' });
  }
  return out;
}

/** Lines of `path` that verify reports, with the message. */
function verify(path: string): Map<number, string> {
  const r = spawnSync(ANALYZE, ['verify', '--man=no', path], { encoding: 'utf8', timeout: 20000 });
  const out = new Map<number, string>();
  for (const l of `${r.stdout}\n${r.stderr}`.split('\n')) {
    if (!l.startsWith(`${path}:`)) continue;
    const m = /^[^:]+:(\d+): (.*)$/.exec(l);
    if (m) out.set(Number(m[1]), m[2]);
  }
  return out;
}

/** A message verify gives for a value or key it does not know (not a warning about a known, obsolete value). */
function rejects(msg: string | undefined, code: Probe['code']): boolean {
  if (!msg) return false;
  if (code === 'systemd-newer-directive') return msg.startsWith('Unknown key');
  return /Failed to parse|Invalid syntax|Neither a valid executable name/.test(msg);
}

test('version data agrees with the installed systemd-analyze verify', (t) => {
  const which = spawnSync(ANALYZE, ['--version'], { encoding: 'utf8' });
  if (which.status !== 0) return t.skip('systemd-analyze is not installed');
  const installed = Number(/systemd (\d+)/.exec(which.stdout)?.[1] ?? 0);
  const svc = newService({ systemd: { version: String(installed) } });
  const tmp = mkdtempSync(join(tmpdir(), 'haconf-newer-'));
  const wrong: string[] = [];
  let checked = 0;
  try {
    const all = probes(installed);
    const groups = Object.keys(UNIT_OF).map((section) => all.filter((p) => p.section === section && !p.alone));
    groups.push(...all.filter((p) => p.alone).map((p) => [p]));
    for (const [n, ps] of groups.entries()) {
      if (!ps.length) continue;
      const section = ps[0].section;
      const [suffix, tail] = UNIT_OF[section];
      const text = `[${section}]\n${ps.map((p) => p.line).join('\n')}\n${tail}`;
      const path = join(tmp, `${n}`, `haconf-probe-${section.toLowerCase()}.${suffix}`);
      mkdirSync(join(tmp, `${n}`));
      writeFileSync(path, text);
      if (suffix !== 'service' && suffix !== 'slice') writeFileSync(join(tmp, `${n}`, `haconf-probe-${section.toLowerCase()}.service`), '[Service]\nExecStart=/bin/true\n');
      const reported = verify(path);
      const ours = svc.diagnostics(doc(`file://${path}`, text));
      ps.forEach((p, i) => {
        const line = i + 2;
        const newer = p.accepted === undefined ? p.since > installed : !p.accepted;
        checked++;
        if (rejects(reported.get(line), p.code) !== newer) wrong.push(`verify ${newer ? 'accepts' : 'rejects'} ${p.line} (since ${p.since}): ${reported.get(line) ?? 'no message'}`);
        const flagged = ours.some((d) => d.code === p.code && d.range.start.line === line - 1);
        if (flagged !== newer) wrong.push(`haconf ${flagged ? 'flags' : 'misses'} ${p.line} (since ${p.since}) on ${installed}`);
      });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`systemd ${installed}: ${checked} facts checked against verify`);
  assert.ok(checked > 200, `only ${checked} probes`);
  assert.deepEqual(wrong, []);
});
