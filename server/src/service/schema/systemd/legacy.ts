// Legacy and deprecated directives: renamed ones systemd still reads, and ones it reads but ignores.
import type { Deprecation } from './types';

/** Directive name -> what to say about it. Applies in every section that has the directive. */
export const DEPRECATIONS: Readonly<Record<string, Deprecation>> = {
  BindTo: { replacement: 'BindsTo', note: 'old spelling of BindsTo=, still read' },
  PropagateReloadTo: { replacement: 'PropagatesReloadTo', note: 'old spelling of PropagatesReloadTo=, still read' },
  PropagateReloadFrom: { replacement: 'ReloadPropagatedFrom', note: 'old spelling of ReloadPropagatedFrom=, still read' },
  StartLimitInterval: { replacement: 'StartLimitIntervalSec', note: 'old name of StartLimitIntervalSec=, still read' },
  ReadWriteDirectories: { replacement: 'ReadWritePaths', note: 'old name of ReadWritePaths=, still read' },
  ReadOnlyDirectories: { replacement: 'ReadOnlyPaths', note: 'old name of ReadOnlyPaths=, still read' },
  InaccessibleDirectories: { replacement: 'InaccessiblePaths', note: 'old name of InaccessiblePaths=, still read' },
  OnFailureIsolate: { note: 'replaced by OnFailureJobMode=isolate' },
  PermissionsStartOnly: { note: 'deprecated; prefix the commands that need privileges with "+" instead' },
  RequiresOverridable: { replacement: 'Requires', systemdWarns: true, note: 'obsolete; systemd reads it as Requires= and warns' },
  RequisiteOverridable: { replacement: 'Requisite', systemdWarns: true, note: 'obsolete; systemd reads it as Requisite= and warns' },
  MemoryLimit: { replacement: 'MemoryMax', removedIn: 258, systemdWarns: true, note: 'cgroup v1 setting; use MemoryMax=' },
  CPUShares: { replacement: 'CPUWeight', removedIn: 258, systemdWarns: true, note: 'cgroup v1 setting; use CPUWeight=' },
  StartupCPUShares: { replacement: 'StartupCPUWeight', removedIn: 258, systemdWarns: true, note: 'cgroup v1 setting; use StartupCPUWeight=' },
  BlockIOAccounting: { replacement: 'IOAccounting', removedIn: 258, note: 'cgroup v1 setting; use IOAccounting=' },
  BlockIOWeight: { replacement: 'IOWeight', removedIn: 258, note: 'cgroup v1 setting; use IOWeight=' },
  StartupBlockIOWeight: { replacement: 'StartupIOWeight', removedIn: 258, note: 'cgroup v1 setting; use StartupIOWeight=' },
  BlockIODeviceWeight: { replacement: 'IODeviceWeight', removedIn: 258, note: 'cgroup v1 setting; use IODeviceWeight=' },
  BlockIOReadBandwidth: { replacement: 'IOReadBandwidthMax', removedIn: 258, note: 'cgroup v1 setting; use IOReadBandwidthMax=' },
  BlockIOWriteBandwidth: { replacement: 'IOWriteBandwidthMax', removedIn: 258, note: 'cgroup v1 setting; use IOWriteBandwidthMax=' },
  CPUAccounting: { removedIn: 258, note: 'CPU accounting is always on with the unified cgroup hierarchy' },
};

/** Directives systemd 252 still recognises only to warn that support was removed (not in the dump). */
export const REMOVED_252: ReadonlyArray<{ where: string; name: string }> = [
  { where: 'Unit', name: 'IgnoreOnSnapshot' },
  { where: 'EXEC', name: 'Capabilities' },
  { where: 'Service', name: 'SysVStartPriority' },
  { where: 'Service', name: 'BusPolicy' },
  { where: 'CGROUP', name: 'NetClass' },
];

/**
 * Directives systemd still accepts in [Service] for compatibility although they belong in [Unit].
 * StartLimitIntervalSec= is not among them: in [Service] it is an unknown key.
 */
export const LEGACY_SERVICE_PLACEMENT: readonly string[] = [
  'StartLimitInterval',
  'StartLimitBurst',
  'StartLimitAction',
  'FailureAction',
  'RebootArgument',
];
