// Directives added after systemd 252, with the release that introduced each (hand-maintained; see
// scripts/data/systemd-refresh.mjs --check-gperf to find ones missing here). The set of names was taken from
// upstream load-fragment-gperf.gperf.in (main, after 258). Releases 253-255 and 258-259 were checked against the
// upstream release notes (test/unit/systemd/newer-versions.test.ts pins them); the 256/257 entries (WantsMountsFor,
// MemoryZSwapWriteback, PassFileDescriptorsToExec, PrivatePIDs, BindLogSockets, ManagedOOMMemoryPressureDurationSec,
// DeferReactivation) and LandlockConfig (259) are not yet confirmed per tag. A wrong one only shifts when the
// "newer than the target" error starts. Group names: EXEC, KILL, CGROUP expand to every section that carries that set.
export type Group = 'EXEC' | 'KILL' | 'CGROUP';

export interface Addition {
  readonly where: Group | string;
  readonly name: string;
  readonly since: number;
  /** Value type in the dump's vocabulary. */
  readonly type: string;
}

export const NEWEST_VERSION = 259;
export const KNOWN_VERSIONS: readonly number[] = [252, 253, 254, 255, 256, 257, 258, 259];

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
  { where: 'EXEC', name: 'LandlockConfig', since: 259, type: 'PATH' },
  { where: 'EXEC', name: 'UserNamespacePath', since: 259, type: 'PATH' },
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
  { where: 'Unit', name: 'SurviveFinalKillSignal', since: 255, type: 'BOOLEAN' },
  { where: 'Unit', name: 'ConditionVersion', since: 258, type: 'CONDITION' },
  { where: 'Unit', name: 'AssertVersion', since: 258, type: 'CONDITION' },
  { where: 'Unit', name: 'WantsMountsFor', since: 256, type: 'PATH [...]' },
  { where: 'Unit', name: 'ConditionKernelModuleLoaded', since: 258, type: 'CONDITION' },
  { where: 'Unit', name: 'AssertKernelModuleLoaded', since: 258, type: 'CONDITION' },
  { where: 'Service', name: 'OpenFile', since: 253, type: 'OTHER' },
  { where: 'Service', name: 'ReloadSignal', since: 253, type: 'SIGNAL' },
  { where: 'Service', name: 'RestartSteps', since: 254, type: 'UNSIGNED' },
  { where: 'Service', name: 'RestartMaxDelaySec', since: 254, type: 'SECONDS' },
  { where: 'Service', name: 'RestartMode', since: 254, type: 'OTHER' },
  { where: 'Service', name: 'FileDescriptorStorePreserve', since: 254, type: 'OTHER' },
  { where: 'Service', name: 'ExecReloadPost', since: 259, type: 'PATH [ARGUMENT [...]]' },
  { where: 'Socket', name: 'PollLimitIntervalSec', since: 255, type: 'SECONDS' },
  { where: 'Socket', name: 'PollLimitBurst', since: 255, type: 'UNSIGNED' },
  { where: 'Socket', name: 'PassFileDescriptorsToExec', since: 256, type: 'BOOLEAN' },
  { where: 'Socket', name: 'PassPIDFD', since: 258, type: 'BOOLEAN' },
  { where: 'Socket', name: 'AcceptFileDescriptors', since: 258, type: 'BOOLEAN' },
  { where: 'Socket', name: 'DeferTrigger', since: 258, type: 'OTHER' },
  { where: 'Socket', name: 'DeferTriggerMaxSec', since: 258, type: 'SECONDS' },
  { where: 'Timer', name: 'DeferReactivation', since: 257, type: 'BOOLEAN' },
  { where: 'Timer', name: 'RandomizedOffsetSec', since: 258, type: 'SECONDS' },
  { where: 'Slice', name: 'ConcurrencySoftMax', since: 258, type: 'OTHER' },
  { where: 'Slice', name: 'ConcurrencyHardMax', since: 258, type: 'OTHER' },
  { where: 'Install', name: 'UpheldBy', since: 254, type: 'UNIT [...]' },
];
