// Release numbers of the post-252 additions in schema/systemd/newer.ts.
// Tagged sources could not be fetched here (the systemd/systemd snapshot is too large for the fetch tool), so the pinned
// numbers below were checked on 2026-11-25 against upstream release notes instead of per-tag gperf files:
//   - NEWS "CHANGES WITH 253/254/255" sections (systemd/systemd NEWS, commit 03a46b5e),
//   - the v258 and v259 release notes (mirrored in philiptaron/systemd: systemd-258/release-notes.md, RELEASE-NOTES-RAW.md),
//   - src/core/load-fragment-gperf.gperf.in on main (commit 00f37365, between v258 and v259): every EXEC/CGROUP name in
//     newer.ts is still defined there (none renamed or removed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ADDITIONS, KNOWN_VERSIONS, NEWEST_VERSION } from '../../../server/src/service/schema/systemd/newer';
import { DUMP, DUMP_VERSION } from '../../../server/src/service/schema/systemd/generated';

const dumped = new Set(Object.values(DUMP).flatMap((list) => list.map(([name]) => name)));
const since = (name: string): number | undefined => ADDITIONS.find((a) => a.name === name)?.since;

// [directive, first release, where it was checked]
const PINNED: ReadonlyArray<readonly [string, number, string]> = [
  ['LogFilterPatterns', 253, 'NEWS v253'],
  ['OpenFile', 253, 'NEWS v253'],
  ['ReloadSignal', 253, 'NEWS v253'],
  ['MemoryZSwapMax', 253, 'NEWS v253'],
  ['StartupMemoryLow', 254, 'NEWS v254 (was wrongly 253)'],
  ['DefaultStartupMemoryLow', 254, 'NEWS v254 (was wrongly 253)'],
  ['StartupMemoryZSwapMax', 254, 'NEWS v254 (was wrongly 253)'],
  ['RestartMode', 254, 'NEWS v254'],
  ['RestartSteps', 254, 'NEWS v254'],
  ['UpheldBy', 254, 'NEWS v254'],
  ['MemoryKSM', 254, 'NEWS v254'],
  ['RootImagePolicy', 254, 'NEWS v254'],
  ['SurviveFinalKillSignal', 255, 'NEWS v255 (was wrongly 254)'],
  ['NFTSet', 255, 'NEWS v255'],
  ['SetLoginEnvironment', 255, 'NEWS v255'],
  ['PollLimitBurst', 255, 'NEWS v255'],
  ['ConditionVersion', 258, 'v258 release notes (was wrongly 255)'],
  ['ConditionKernelModuleLoaded', 258, 'v258 release notes'],
  ['DelegateNamespaces', 258, 'v258 release notes'],
  ['DeferTrigger', 258, 'v258 release notes'],
  ['ConcurrencySoftMax', 258, 'v258 release notes'],
  ['PrivateBPF', 258, 'v258 release notes'],
  ['UserNamespacePath', 259, 'v259 release notes (was missing)'],
  ['ExecReloadPost', 259, 'v259 release notes (was missing)'],
];

for (const [name, release, source] of PINNED) {
  test(`${name}= first appeared in systemd ${release} (${source})`, () => {
    assert.equal(since(name), release);
  });
}

test('the dump the additions are measured against is systemd 252', () => {
  assert.equal(DUMP_VERSION, 252);
});

for (const a of ADDITIONS) {
  test(`${a.name} is newer than the 252 dump and has a known release`, () => {
    assert.equal(dumped.has(a.name), false, `${a.name} is already in the 252 dump`);
    assert.ok(a.since > DUMP_VERSION && a.since <= NEWEST_VERSION, `${a.name} since ${a.since}`);
    assert.ok(KNOWN_VERSIONS.includes(a.since));
  });
}

test('each addition is listed once per place', () => {
  const keys = ADDITIONS.map((a) => `${a.where}.${a.name}`);
  assert.equal(new Set(keys).size, keys.length);
});
