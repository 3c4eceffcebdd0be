// The effective sandboxing settings of one service: what the exposure checks look at, after the unit file and its
// drop-ins were applied in order and systemd's implied settings (DynamicUser=, PrivateDevices=, …) were added.
import { ALL_CAPS, CapSet, FAMILIES_INITIAL, FamilyState, NamespaceState, NS_INITIAL } from './values';
import { NO_FILTER, SyscallFilter } from './syscalls';

export interface IpAccess {
  denyAny4: boolean;
  denyAny6: boolean;
  allowLocalhost: boolean;
  allowOther: boolean;
  customFilters: boolean;
}

export interface SecurityInfo {
  unitName: string;
  defaultDependencies: boolean;
  user: string;
  dynamicUser: boolean;
  supplementaryGroups: string[];
  ambient: CapSet;
  bounding: CapSet;
  namespaces: NamespaceState;
  families: FamilyState;
  syscalls: SyscallFilter;
  archs: string[];
  bools: Record<BoolSetting, boolean>;
  protectHome: string;
  protectSystem: string;
  protectProc: string;
  procSubset: string;
  keyringMode: string;
  notifyAccess: string;
  rootDirectory: string;
  rootImage: string;
  devicePolicy: string;
  deviceAllow: string[];
  ip: IpAccess;
  umask: number;
}

/** Settings that are plain booleans in the exec/cgroup context. */
export const BOOL_SETTINGS = [
  'LockPersonality', 'MemoryDenyWriteExecute', 'NoNewPrivileges', 'ProtectHostname', 'PrivateDevices',
  'PrivateMounts', 'PrivateNetwork', 'PrivateTmp', 'PrivateUsers', 'ProtectControlGroups', 'ProtectKernelModules',
  'ProtectKernelTunables', 'ProtectKernelLogs', 'ProtectClock', 'RemoveIPC', 'RestrictRealtime', 'RestrictSUIDSGID',
  'Delegate',
] as const;
export type BoolSetting = (typeof BOOL_SETTINGS)[number];

export function defaultInfo(unitName: string): SecurityInfo {
  const bools = {} as Record<BoolSetting, boolean>;
  for (const b of BOOL_SETTINGS) bools[b] = false;
  return {
    unitName,
    defaultDependencies: true,
    user: '',
    dynamicUser: false,
    supplementaryGroups: [],
    ambient: new Set(),
    bounding: ALL_CAPS,
    namespaces: NS_INITIAL,
    families: FAMILIES_INITIAL,
    syscalls: NO_FILTER,
    archs: [],
    bools,
    protectHome: 'no',
    protectSystem: 'no',
    protectProc: 'default',
    procSubset: 'all',
    keyringMode: 'private',
    notifyAccess: 'none',
    rootDirectory: '',
    rootImage: '',
    devicePolicy: 'auto',
    deviceAllow: [],
    ip: { denyAny4: false, denyAny6: false, allowLocalhost: false, allowOther: false, customFilters: false },
    umask: 0o022,
  };
}

/** Root, or no user at all (and no DynamicUser=): the options that only matter for other users do not apply. */
export function runsPrivileged(i: SecurityInfo): boolean {
  if (i.user === '0' || i.user === 'root') return true;
  if (i.dynamicUser) return false;
  return i.user === '';
}
