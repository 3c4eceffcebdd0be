// How each directive's value is read: the dump's coarse type names mapped to our value kinds, refined by name
// where the dump says OTHER or where one type name covers several formats.
import type { ValueKind } from './types';

const BY_DUMP_TYPE: Readonly<Record<string, ValueKind>> = {
  BOOLEAN: 'bool',
  SECONDS: 'timespan',
  UNSIGNED: 'unsigned',
  INTEGER: 'integer',
  LONG: 'integer',
  SIZE: 'size',
  LIMIT: 'limit',
  MODE: 'mode',
  PATH: 'path',
  'PATH [...]': 'paths',
  'PATH [ARGUMENT [...]]': 'exec',
  'UNIT [...]': 'units',
  UNIT: 'unit',
  SLICE: 'unit',
  SERVICE: 'unit',
  SOCKETS: 'units',
  SIGNAL: 'signal',
  TIMER: 'timespan',
  CONDITION: 'condition',
  ENVIRON: 'environ',
  URL: 'url',
  STRING: 'string',
  WEIGHT: 'weight',
  CPUWEIGHT: 'weight',
  NICE: 'nice',
  OOMSCOREADJUST: 'integer',
  IOPRIORITY: 'integer',
  CPUSCHEDPRIO: 'integer',
  ACTION: 'enum',
  KILLMODE: 'enum',
  SERVICETYPE: 'enum',
  SERVICERESTART: 'enum',
  SERVICEEXITTYPE: 'enum',
  ACCESS: 'enum',
  TIMEOUTMODE: 'enum',
  POLICY: 'enum',
  OUTPUT: 'enum',
  INPUT: 'enum',
  SOCKETBIND: 'enum',
  'MOUNTFLAG [...]': 'enum',
};

/** Name-level refinements (win over the dump type). */
const BY_NAME: Readonly<Record<string, ValueKind>> = {
  OnCalendar: 'calendar',
  OnFailureJobMode: 'enum',
  OnSuccessJobMode: 'enum',
  TimeoutSec: 'timespan',
  TimeoutStopSec: 'timespan',
  TimeoutAbortSec: 'timespan',
  TimeoutIdleSec: 'timespan',
  JobTimeoutSec: 'timespan',
  JobRunningTimeoutSec: 'timespan',
  MountAPIVFS: 'bool',
  PIDFile: 'path',
  User: 'string',
  Group: 'string',
  WorkingDirectory: 'string',
  Requires: 'units',
  Alias: 'units',
  WantedBy: 'units',
  RequiredBy: 'units',
  UpheldBy: 'units',
  Also: 'units',
  DefaultInstance: 'string',
  TimerSlackNSec: 'other',
  IODeviceLatencyTargetSec: 'other',
};

const ENUM_NAMES = new Set([
  'ProtectSystem', 'ProtectHome', 'PrivateTmp', 'PrivateUsers', 'ProtectHostname', 'ProtectControlGroups', 'ProtectProc',
  'ProcSubset', 'KeyringMode', 'CollectMode', 'UtmpMode', 'RuntimeDirectoryPreserve', 'Timestamping', 'ManagedOOMSwap',
  'ManagedOOMMemoryPressure', 'ManagedOOMPreference', 'MemoryPressureWatch', 'CPUPressureWatch', 'IOPressureWatch', 'MemoryTHP',
  'CPUSetPartition', 'OOMPolicy', 'RestartMode', 'SyslogLevel',
  'LogLevelMax', 'SyslogFacility', 'IOSchedulingClass', 'CPUSchedulingPolicy',
]);

export function kindOf(name: string, dumpType: string): ValueKind {
  if (ENUM_NAMES.has(name)) return 'enum';
  return BY_NAME[name] ?? BY_DUMP_TYPE[dumpType] ?? 'other';
}

/** Value kinds whose repeats add to a list. */
const LIST_KINDS = new Set<ValueKind>(['units', 'paths', 'exec', 'condition', 'environ', 'url']);

/** Directives that accumulate although their kind alone would not say so. */
const LIST_NAMES = new Set([
  'ListenStream', 'ListenDatagram', 'ListenSequentialPacket', 'ListenFIFO', 'ListenNetlink', 'ListenSpecial',
  'ListenMessageQueue', 'ListenUSBFunction', 'Symlinks', 'EnvironmentFile', 'PassEnvironment', 'UnsetEnvironment',
  'SupplementaryGroups', 'DeviceAllow', 'IPAddressAllow', 'IPAddressDeny', 'IPIngressFilterPath', 'IPEgressFilterPath',
  'SystemCallFilter', 'SystemCallArchitectures', 'SystemCallLog', 'CapabilityBoundingSet', 'AmbientCapabilities',
  'RestrictAddressFamilies', 'RestrictNamespaces', 'DelegateNamespaces', 'RestrictFileSystems', 'BindPaths',
  'BindReadOnlyPaths', 'TemporaryFileSystem', 'LoadCredential', 'LoadCredentialEncrypted', 'SetCredential',
  'SetCredentialEncrypted', 'ImportCredential', 'RuntimeDirectory', 'StateDirectory', 'CacheDirectory', 'LogsDirectory',
  'ConfigurationDirectory', 'LogExtraFields', 'LogFilterPatterns', 'ExtensionImages', 'ExtensionDirectories', 'MountImages',
  'IODeviceWeight', 'IOReadBandwidthMax', 'IOWriteBandwidthMax', 'IOReadIOPSMax', 'IOWriteIOPSMax', 'IODeviceLatencyTargetSec',
  'BlockIODeviceWeight', 'BlockIOReadBandwidth', 'BlockIOWriteBandwidth', 'SocketBindAllow', 'SocketBindDeny',
  'RestrictNetworkInterfaces', 'BPFProgram', 'NFTSet', 'OpenFile', 'SuccessExitStatus', 'RestartPreventExitStatus',
  'RestartForceExitStatus', 'DisableControllers', 'CPUAffinity', 'AllowedCPUs', 'StartupAllowedCPUs', 'AllowedMemoryNodes',
  'StartupAllowedMemoryNodes', 'NUMAMask', 'Sockets', 'OnActiveSec', 'OnBootSec', 'OnStartupSec', 'OnUnitActiveSec',
  'OnUnitInactiveSec', 'OnCalendar', 'PathExists', 'PathExistsGlob', 'PathChanged', 'PathModified', 'DirectoryNotEmpty',
  'Environment', 'ExecSearchPath', 'Options', 'RootImageOptions', 'Documentation', 'FileDescriptorName', 'BindToDevice',
  'Personality', 'SecureBits', 'MountFlags', 'LogLevelMax', 'Slice', 'Delegate', 'CoredumpFilter', 'BPFDelegateCommands',
  'BPFDelegateMaps', 'BPFDelegatePrograms', 'BPFDelegateAttachments', 'TTYPath', 'SELinuxContext', 'AppArmorProfile',
  'SmackProcessLabel', 'StandardInputText', 'StandardInputData', 'What', 'Where', 'Alias', 'Also', 'WantedBy',
  'RequiredBy', 'UpheldBy',
]);

export function isList(name: string, kind: ValueKind): boolean {
  return LIST_KINDS.has(kind) || LIST_NAMES.has(name) || name.startsWith('Condition') || name.startsWith('Assert');
}
