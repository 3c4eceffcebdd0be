import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DUMP } from '../../../server/src/service/schema/systemd/generated';
import { ADDITIONS, KNOWN_VERSIONS, NEWEST_VERSION } from '../../../server/src/service/schema/systemd/newer';
import { DEPRECATIONS, LEGACY_SERVICE_PLACEMENT } from '../../../server/src/service/schema/systemd/legacy';
import { ALL_SECTIONS, directive, directivesIn, manLink, sectionsFor, sectionsWith } from '../../../server/src/service/schema/systemd/index';
import { targetVersion } from '../../../server/src/service/schema/systemd/version';
import { DEFAULT_SETTINGS, mergeSettings } from '../../../server/src/service/settings';
import { isTimespan } from '../../../server/src/service/validation/systemd/values';
import { isCalendar } from '../../../server/src/service/validation/systemd/calendar';

test('the dump covers every section with hundreds of directives', () => {
  assert.deepEqual(Object.keys(DUMP).sort(), [...ALL_SECTIONS].sort());
  assert.ok(Object.values(DUMP).reduce((n, l) => n + l.length, 0) > 1100);
});

test('additions are really new: none is in the 252 dump for its sections', () => {
  for (const a of ADDITIONS) {
    assert.ok(a.since > 252 && a.since <= NEWEST_VERSION, a.name);
    assert.ok(!Object.values(DUMP).some((l) => l.some(([n]) => n === a.name)), `${a.name} is already in the dump`);
  }
  assert.equal(KNOWN_VERSIONS[KNOWN_VERSIONS.length - 1], NEWEST_VERSION);
});

test('every enum directive has its values', () => {
  for (const s of ALL_SECTIONS) for (const d of directivesIn(s, NEWEST_VERSION)) {
    if (d.kind === 'enum') assert.ok(d.enumSpec && d.enumSpec.values.length > 0, `${s}.${d.name}`);
  }
});

test('renames point at directives that exist', () => {
  for (const [name, dep] of Object.entries(DEPRECATIONS)) {
    if (dep.replacement) assert.ok(sectionsWith(dep.replacement).length > 0, `${name} -> ${dep.replacement}`);
  }
  for (const k of LEGACY_SERVICE_PLACEMENT) assert.ok(directive('Service', k) && directive('Unit', k.replace(/Interval$/, 'Interval')), k);
});

const sets: Array<[string, string, string]> = [
  ['Service', 'PrivateTmp', 'systemd.exec'],
  ['Socket', 'ProtectSystem', 'systemd.exec'],
  ['Service', 'KillMode', 'systemd.kill'],
  ['Scope', 'KillSignal', 'systemd.kill'],
  ['Slice', 'MemoryMax', 'systemd.resource-control'],
  ['Mount', 'CPUWeight', 'systemd.resource-control'],
  ['Service', 'Restart', 'systemd.service'],
  ['Timer', 'OnCalendar', 'systemd.timer'],
  ['Unit', 'After', 'systemd.unit'],
  ['Service', 'LogFilterPatterns', 'systemd.exec'],
];
for (const [section, name, man] of sets) {
  test(`${section}.${name} is documented on ${man}`, () => {
    const d = directive(section, name);
    assert.ok(d);
    assert.equal(d.man, man);
    assert.equal(manLink(d), `https://www.freedesktop.org/software/systemd/man/latest/${man}.html#${name}=`);
  });
}

test('exec, kill and resource-control sets sit where systemd has them', () => {
  assert.ok(directive('Service', 'ProtectHome') && directive('Socket', 'ProtectHome') && directive('Mount', 'ProtectHome') && directive('Swap', 'ProtectHome'));
  assert.ok(!directive('Timer', 'ProtectHome') && !directive('Slice', 'ProtectHome') && !directive('Scope', 'ProtectHome'));
  assert.ok(directive('Scope', 'KillMode') && !directive('Slice', 'KillMode'));
  assert.ok(directive('Slice', 'MemoryMax') && directive('Scope', 'MemoryMax') && !directive('Timer', 'MemoryMax'));
});

test('sections per unit type', () => {
  assert.deepEqual(sectionsFor('target'), ['Unit', 'Install']);
  assert.deepEqual(sectionsFor('socket'), ['Unit', 'Socket', 'Install']);
  assert.equal(sectionsFor(undefined).length, 11);
});

test('haconf.systemd.version: auto uses the host, else the newest; explicit wins', () => {
  assert.equal(targetVersion({ settings: DEFAULT_SETTINGS, hostVersions: { systemd: '252' } }), 252);
  assert.equal(targetVersion({ settings: DEFAULT_SETTINGS, hostVersions: {} }), NEWEST_VERSION);
  assert.equal(targetVersion({ settings: mergeSettings({ systemd: { version: '255' } }), hostVersions: { systemd: '252' } }), 255);
  assert.equal(targetVersion({ settings: DEFAULT_SETTINGS, hostVersions: { systemd: '252.39-1~deb12u2' } }), 252);
});

const spans: Array<[string, boolean]> = [
  ['5', true], ['5s', true], ['1min 30s', true], ['1h30min', true], ['2.5h', true], ['.5', true], ['5 min', true],
  ['infinity', true], ['500ms', true], ['1y 2M', true], ['5x', false], ['5S', false], ['-5s', false], ['1e3', false],
  ['5.', false], ['', false], ['5secs', false],
];
for (const [v, ok] of spans) test(`time span ${JSON.stringify(v)} is ${ok ? 'valid' : 'invalid'}`, () => assert.equal(isTimespan(v), ok));

const calendars: Array<[string, boolean]> = [
  ['daily', true], ['Mon..Fri *-*-* 09:00', true], ['*:0/15', true], ['*-02~03', true], ['Sat,Sun 10:00 Europe/Berlin', true],
  ['@1700000000', true], ['2024-*-* 1:2:3.5', true], ['25:00', false], ['*-13-01', false], ['Funday', false],
  ['weekly Mon', false], ['Mon,,Tue 4:00', false], ['1-2-3-4', false], ['1969-01-01', false],
];
for (const [v, ok] of calendars) test(`calendar ${JSON.stringify(v)} is ${ok ? 'accepted' : 'rejected'}`, () => assert.equal(isCalendar(v), ok));
