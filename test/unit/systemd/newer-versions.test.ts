// Release numbers of the post-252 additions in schema/systemd/newer.ts, each pinned with its evidence.
// Checked on 2026-11-25 from Debian's binary packages of systemd (installed 252.39; 254.26 from bookworm-backports,
// 257.13 from trixie, 262.1 from sid, fetched with apt-get download into /tmp, nothing installed):
//   - bracket: the release range in which the `Section.Name` key first appears in the load-fragment gperf table of
//     libsystemd-core (read with `strings`): absent in 252 and present in 254 -> 253-254; absent in 254 and present in
//     257 -> 255-257; absent in 257 and present in 262 -> 258-262. For 254 this was also confirmed by running that
//     release's `systemd-analyze verify` on a probe unit (every entry <= 254 known, every later one an unknown key).
//   - source of the exact number: "man N" = the "Added in version N." marker of the setting in the man page shipped
//     in the 262 package (257's pages agree for every entry up to 257); an Assert twin shares the entry of its
//     Condition; "NEWS N" = the upstream NEWS file of the 262 package introduces the setting under "CHANGES WITH N".
// LandlockConfig= (once listed as 259) is in no release up to 262: no gperf key, no man page, no NEWS entry; removed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ADDITIONS, KNOWN_VERSIONS, NEWEST_VERSION } from '../../../server/src/service/schema/systemd/newer';
import { DUMP, DUMP_VERSION } from '../../../server/src/service/schema/systemd/generated';

const dumped = new Set(Object.values(DUMP).flatMap((list) => list.map(([name]) => name)));
const since = (name: string): number | undefined => ADDITIONS.find((a) => a.name === name)?.since;

// [directive, first release, gperf bracket, source of the exact number]
const PINNED: ReadonlyArray<readonly [string, number, string, string]> = [
  ['LogFilterPatterns', 253, '253-254', 'man 253'],
  ['RootImagePolicy', 254, '253-254', 'man 254'],
  ['MountImagePolicy', 254, '253-254', 'man 254'],
  ['ExtensionImagePolicy', 254, '253-254', 'man 254'],
  ['RootEphemeral', 254, '253-254', 'man 254'],
  ['ImportCredential', 254, '253-254', 'man 254'],
  ['MemoryKSM', 254, '253-254', 'man 254'],
  ['SetLoginEnvironment', 255, '255-257', 'man 255'],
  ['PrivatePIDs', 257, '255-257', 'man 257'],
  ['BindLogSockets', 257, '255-257', 'man 257'],
  ['PrivateBPF', 258, '258-262', 'man 258'],
  ['BPFDelegateCommands', 258, '258-262', 'man 258'],
  ['BPFDelegateMaps', 258, '258-262', 'man 258'],
  ['BPFDelegatePrograms', 258, '258-262', 'man 258'],
  ['BPFDelegateAttachments', 258, '258-262', 'man 258'],
  ['DelegateNamespaces', 258, '258-262', 'man 258'],
  ['StateDirectoryAccounting', 258, '258-262', 'man 258'],
  ['StateDirectoryQuota', 258, '258-262', 'man 258'],
  ['CacheDirectoryAccounting', 258, '258-262', 'man 258'],
  ['CacheDirectoryQuota', 258, '258-262', 'man 258'],
  ['LogsDirectoryAccounting', 258, '258-262', 'man 258'],
  ['LogsDirectoryQuota', 258, '258-262', 'man 258'],
  ['UserNamespacePath', 259, '258-262', 'man 259'],
  ['MemoryTHP', 260, '258-262', 'man 260'],
  ['RootMStack', 260, '258-262', 'man 260'],
  ['StartupMemoryLow', 254, '253-254', 'NEWS 254'],
  ['StartupMemoryHigh', 254, '253-254', 'NEWS 254'],
  ['StartupMemoryMax', 254, '253-254', 'NEWS 254'],
  ['StartupMemorySwapMax', 254, '253-254', 'NEWS 254'],
  ['StartupMemoryZSwapMax', 254, '253-254', 'NEWS 254'],
  ['MemoryZSwapMax', 253, '253-254', 'NEWS 253'],
  ['DefaultStartupMemoryLow', 254, '253-254', 'NEWS 254'],
  ['DelegateSubgroup', 254, '253-254', 'man 254'],
  ['MemoryPressureWatch', 254, '253-254', 'man 254'],
  ['MemoryPressureThresholdSec', 254, '253-254', 'man 254'],
  ['NFTSet', 255, '255-257', 'NEWS 255'],
  ['CoredumpReceive', 255, '255-257', 'man 255'],
  ['MemoryZSwapWriteback', 256, '255-257', 'man 256'],
  ['ManagedOOMMemoryPressureDurationSec', 257, '255-257', 'man 257'],
  ['BindNetworkInterface', 260, '258-262', 'man 260'],
  ['CPUPressureWatch', 261, '258-262', 'man 261'],
  ['CPUPressureThresholdSec', 261, '258-262', 'man 261'],
  ['IOPressureWatch', 261, '258-262', 'man 261'],
  ['IOPressureThresholdSec', 261, '258-262', 'man 261'],
  ['CPUSetPartition', 261, '258-262', 'man 261'],
  ['OOMRules', 261, '258-262', 'man 261'],
  ['SurviveFinalKillSignal', 255, '255-257', 'man 255'],
  ['ConditionVersion', 258, '258-262', 'man 258'],
  ['AssertVersion', 258, '258-262', 'man 258 (ConditionVersion=)'],
  ['WantsMountsFor', 256, '255-257', 'man 256'],
  ['ConditionKernelModuleLoaded', 258, '258-262', 'man 258'],
  ['AssertKernelModuleLoaded', 258, '258-262', 'man 258 (ConditionKernelModuleLoaded=)'],
  ['ConditionPathIsSocket', 260, '258-262', 'man 260'],
  ['AssertPathIsSocket', 260, '258-262', 'man 260 (ConditionPathIsSocket=)'],
  ['ConditionFraction', 261, '258-262', 'man 261'],
  ['AssertFraction', 261, '258-262', 'man 261 (ConditionFraction=)'],
  ['ConditionMachineTag', 261, '258-262', 'man 261'],
  ['AssertMachineTag', 261, '258-262', 'man 261 (ConditionMachineTag=)'],
  ['OpenFile', 253, '253-254', 'man 253'],
  ['ReloadSignal', 253, '253-254', 'man 253'],
  ['RestartSteps', 254, '253-254', 'man 254'],
  ['RestartMaxDelaySec', 254, '253-254', 'man 254'],
  ['RestartMode', 254, '253-254', 'man 254'],
  ['FileDescriptorStorePreserve', 254, '253-254', 'man 254'],
  ['ExecReloadPost', 259, '258-262', 'man 259'],
  ['RefreshOnReload', 260, '258-262', 'man 260'],
  ['LUOSession', 262, '258-262', 'man 262'],
  ['RestartRandomizedDelaySec', 262, '258-262', 'man 262'],
  ['PollLimitIntervalSec', 255, '255-257', 'man 255'],
  ['PollLimitBurst', 255, '255-257', 'man 255'],
  ['PassFileDescriptorsToExec', 256, '255-257', 'man 256'],
  ['PassPIDFD', 258, '258-262', 'man 258'],
  ['AcceptFileDescriptors', 258, '258-262', 'man 258'],
  ['DeferTrigger', 258, '258-262', 'man 258'],
  ['DeferTriggerMaxSec', 258, '258-262', 'man 258'],
  ['XAttrEntryPoint', 262, '258-262', 'man 262'],
  ['XAttrListen', 262, '258-262', 'man 262'],
  ['XAttrAccept', 262, '258-262', 'man 262'],
  ['DeferReactivation', 257, '255-257', 'man 257'],
  ['RandomizedOffsetSec', 258, '258-262', 'man 258'],
  ['ConcurrencySoftMax', 258, '258-262', 'man 258'],
  ['ConcurrencyHardMax', 258, '258-262', 'man 258'],
  ['ActivatingConcurrencyMax', 262, '258-262', 'man 262'],
  ['UpheldBy', 254, '253-254', 'NEWS 254'],
];

for (const [name, release, bracket, source] of PINNED) {
  test(`${name}= first appeared in systemd ${release} (gperf ${bracket}, ${source})`, () => {
    assert.equal(since(name), release);
    const [lo, hi = lo] = bracket.split('-').map(Number);
    assert.ok(release >= lo && release <= hi, `${release} outside ${bracket}`);
    assert.match(source, new RegExp(`^(man|NEWS) ${release}\\b`));
  });
}

test('every addition is pinned with its evidence', () => {
  const pinned = new Set(PINNED.map(([name]) => name));
  assert.deepEqual(ADDITIONS.map((a) => a.name).filter((n) => !pinned.has(n)), []);
});

test('LandlockConfig= is not modelled: no systemd release up to 262 has it', () => {
  assert.equal(since('LandlockConfig'), undefined);
});

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
