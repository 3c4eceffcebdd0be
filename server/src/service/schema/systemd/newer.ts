// Directives added after systemd 252, with the release that introduced each (hand-maintained; see
// scripts/data/systemd-refresh.mjs --check-gperf to find ones missing here). Group names: EXEC, KILL, CGROUP expand to
// every section that carries that set.
//
// Evidence (checked 2026-11-25; test/unit/systemd/newer-versions.test.ts pins every entry):
//   - which names a release parses: the `Section.Name` keys of the load-fragment gperf table, read with `strings` from
//     Debian's libsystemd-core of 252 (installed), 254.26 (bookworm-backports), 257.13 (trixie) and 262.1 (sid);
//     the 254 `systemd-analyze verify` also ran on a probe unit (every entry <= 254 known, every later one unknown);
//   - the exact release inside a bracket: the "Added in version N." marker of the setting in the man pages shipped by
//     those packages (systemd.exec/unit/service/socket/timer/resource-control/slice.5), else the upstream NEWS file
//     shipped in the 262 package ("CHANGES WITH N" section that introduces it).
// A wrong number only shifts when the "newer than the target" error starts.
export type Group = 'EXEC' | 'KILL' | 'CGROUP';

export interface Addition {
  readonly where: Group | string;
  readonly name: string;
  readonly since: number;
  /** Value type in the dump's vocabulary. */
  readonly type: string;
}

export const NEWEST_VERSION = 262;
export const KNOWN_VERSIONS: readonly number[] = [252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262];

export const ADDITIONS: readonly Addition[] = [
  { where: 'EXEC', name: 'LogFilterPatterns', since: 253, type: 'OTHER' },
  { where: 'EXEC', name: 'RootImagePolicy', since: 254, type: 'OTHER' },
  { where: 'EXEC', name: 'MountImagePolicy', since: 254, type: 'OTHER' },
  { where: 'EXEC', name: 'ExtensionImagePolicy', since: 254, type: 'OTHER' },
  { where: 'EXEC', name: 'RootEphemeral', since: 254, type: 'BOOLEAN' },
  { where: 'EXEC', name: 'ImportCredential', since: 254, type: 'OTHER' },
  { where: 'EXEC', name: 'MemoryKSM', since: 254, type: 'BOOLEAN' },
  { where: 'EXEC', name: 'SetLoginEnvironment', since: 255, type: 'BOOLEAN' },
  { where: 'EXEC', name: 'PrivatePIDs', since: 257, type: 'BOOLEAN' },
  { where: 'EXEC', name: 'BindLogSockets', since: 257, type: 'BOOLEAN' },
  { where: 'EXEC', name: 'PrivateBPF', since: 258, type: 'OTHER' },
  { where: 'EXEC', name: 'BPFDelegateCommands', since: 258, type: 'OTHER' },
  { where: 'EXEC', name: 'BPFDelegateMaps', since: 258, type: 'OTHER' },
  { where: 'EXEC', name: 'BPFDelegatePrograms', since: 258, type: 'OTHER' },
  { where: 'EXEC', name: 'BPFDelegateAttachments', since: 258, type: 'OTHER' },
  { where: 'EXEC', name: 'DelegateNamespaces', since: 258, type: 'NAMESPACES' },
  { where: 'EXEC', name: 'StateDirectoryAccounting', since: 258, type: 'BOOLEAN' },
  { where: 'EXEC', name: 'StateDirectoryQuota', since: 258, type: 'OTHER' },
  { where: 'EXEC', name: 'CacheDirectoryAccounting', since: 258, type: 'BOOLEAN' },
  { where: 'EXEC', name: 'CacheDirectoryQuota', since: 258, type: 'OTHER' },
  { where: 'EXEC', name: 'LogsDirectoryAccounting', since: 258, type: 'BOOLEAN' },
  { where: 'EXEC', name: 'LogsDirectoryQuota', since: 258, type: 'OTHER' },
  { where: 'EXEC', name: 'UserNamespacePath', since: 259, type: 'PATH' },
  { where: 'EXEC', name: 'MemoryTHP', since: 260, type: 'OTHER' },
  { where: 'EXEC', name: 'RootMStack', since: 260, type: 'PATH' },
  { where: 'CGROUP', name: 'StartupMemoryLow', since: 254, type: 'LIMIT' },
  { where: 'CGROUP', name: 'StartupMemoryHigh', since: 254, type: 'LIMIT' },
  { where: 'CGROUP', name: 'StartupMemoryMax', since: 254, type: 'LIMIT' },
  { where: 'CGROUP', name: 'StartupMemorySwapMax', since: 254, type: 'LIMIT' },
  { where: 'CGROUP', name: 'StartupMemoryZSwapMax', since: 254, type: 'LIMIT' },
  { where: 'CGROUP', name: 'MemoryZSwapMax', since: 253, type: 'LIMIT' },
  { where: 'CGROUP', name: 'DefaultStartupMemoryLow', since: 254, type: 'LIMIT' },
  { where: 'CGROUP', name: 'DelegateSubgroup', since: 254, type: 'OTHER' },
  { where: 'CGROUP', name: 'MemoryPressureWatch', since: 254, type: 'OTHER' },
  { where: 'CGROUP', name: 'MemoryPressureThresholdSec', since: 254, type: 'SECONDS' },
  { where: 'CGROUP', name: 'NFTSet', since: 255, type: 'OTHER' },
  { where: 'CGROUP', name: 'CoredumpReceive', since: 255, type: 'BOOLEAN' },
  { where: 'CGROUP', name: 'MemoryZSwapWriteback', since: 256, type: 'BOOLEAN' },
  { where: 'CGROUP', name: 'ManagedOOMMemoryPressureDurationSec', since: 257, type: 'SECONDS' },
  { where: 'CGROUP', name: 'BindNetworkInterface', since: 260, type: 'STRING' },
  { where: 'CGROUP', name: 'CPUPressureWatch', since: 261, type: 'OTHER' },
  { where: 'CGROUP', name: 'CPUPressureThresholdSec', since: 261, type: 'SECONDS' },
  { where: 'CGROUP', name: 'IOPressureWatch', since: 261, type: 'OTHER' },
  { where: 'CGROUP', name: 'IOPressureThresholdSec', since: 261, type: 'SECONDS' },
  { where: 'CGROUP', name: 'CPUSetPartition', since: 261, type: 'OTHER' },
  { where: 'CGROUP', name: 'OOMRules', since: 261, type: 'OTHER' },
  { where: 'Unit', name: 'SurviveFinalKillSignal', since: 255, type: 'BOOLEAN' },
  { where: 'Unit', name: 'ConditionVersion', since: 258, type: 'CONDITION' },
  { where: 'Unit', name: 'AssertVersion', since: 258, type: 'CONDITION' },
  { where: 'Unit', name: 'WantsMountsFor', since: 256, type: 'PATH [...]' },
  { where: 'Unit', name: 'ConditionKernelModuleLoaded', since: 258, type: 'CONDITION' },
  { where: 'Unit', name: 'AssertKernelModuleLoaded', since: 258, type: 'CONDITION' },
  { where: 'Unit', name: 'ConditionPathIsSocket', since: 260, type: 'CONDITION' },
  { where: 'Unit', name: 'AssertPathIsSocket', since: 260, type: 'CONDITION' },
  { where: 'Unit', name: 'ConditionFraction', since: 261, type: 'CONDITION' },
  { where: 'Unit', name: 'AssertFraction', since: 261, type: 'CONDITION' },
  { where: 'Unit', name: 'ConditionMachineTag', since: 261, type: 'CONDITION' },
  { where: 'Unit', name: 'AssertMachineTag', since: 261, type: 'CONDITION' },
  { where: 'Service', name: 'OpenFile', since: 253, type: 'OTHER' },
  { where: 'Service', name: 'ReloadSignal', since: 253, type: 'SIGNAL' },
  { where: 'Service', name: 'RestartSteps', since: 254, type: 'UNSIGNED' },
  { where: 'Service', name: 'RestartMaxDelaySec', since: 254, type: 'SECONDS' },
  { where: 'Service', name: 'RestartMode', since: 254, type: 'OTHER' },
  { where: 'Service', name: 'FileDescriptorStorePreserve', since: 254, type: 'OTHER' },
  { where: 'Service', name: 'ExecReloadPost', since: 259, type: 'PATH [ARGUMENT [...]]' },
  { where: 'Service', name: 'RefreshOnReload', since: 260, type: 'OTHER' },
  { where: 'Service', name: 'LUOSession', since: 262, type: 'OTHER' },
  { where: 'Service', name: 'RestartRandomizedDelaySec', since: 262, type: 'SECONDS' },
  { where: 'Socket', name: 'PollLimitIntervalSec', since: 255, type: 'SECONDS' },
  { where: 'Socket', name: 'PollLimitBurst', since: 255, type: 'UNSIGNED' },
  { where: 'Socket', name: 'PassFileDescriptorsToExec', since: 256, type: 'BOOLEAN' },
  { where: 'Socket', name: 'PassPIDFD', since: 258, type: 'BOOLEAN' },
  { where: 'Socket', name: 'AcceptFileDescriptors', since: 258, type: 'BOOLEAN' },
  { where: 'Socket', name: 'DeferTrigger', since: 258, type: 'OTHER' },
  { where: 'Socket', name: 'DeferTriggerMaxSec', since: 258, type: 'SECONDS' },
  { where: 'Socket', name: 'XAttrEntryPoint', since: 262, type: 'OTHER' },
  { where: 'Socket', name: 'XAttrListen', since: 262, type: 'OTHER' },
  { where: 'Socket', name: 'XAttrAccept', since: 262, type: 'OTHER' },
  { where: 'Timer', name: 'DeferReactivation', since: 257, type: 'BOOLEAN' },
  { where: 'Timer', name: 'RandomizedOffsetSec', since: 258, type: 'SECONDS' },
  { where: 'Slice', name: 'ConcurrencySoftMax', since: 258, type: 'OTHER' },
  { where: 'Slice', name: 'ConcurrencyHardMax', since: 258, type: 'OTHER' },
  { where: 'Slice', name: 'ActivatingConcurrencyMax', since: 262, type: 'OTHER' },
  { where: 'Install', name: 'UpheldBy', since: 254, type: 'UNIT [...]' },
];
