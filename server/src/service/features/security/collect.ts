// Builds a service's SecurityInfo from its unit file and drop-ins (applied in the order given), then adds what
// systemd 252 implies when it loads the unit (DynamicUser=, PrivateDevices=, ProtectClock=, … change other settings).
import type { SdTree } from '../../parser/systemd/tree';
import { BOOL_SETTINGS, BoolSetting, defaultInfo, SecurityInfo } from './info';
import { applySyscallFilter } from './syscalls';
import { ALL_CAPS, applyCapabilities, applyFamilies, applyNamespaces, parseBoolean, parseUmask } from './values';

const ENUMS: Record<string, { field: 'protectProc' | 'procSubset' | 'keyringMode' | 'notifyAccess' | 'devicePolicy'; values: string[] }> = {
  ProtectProc: { field: 'protectProc', values: ['noaccess', 'invisible', 'ptraceable', 'default'] },
  ProcSubset: { field: 'procSubset', values: ['all', 'pid'] },
  KeyringMode: { field: 'keyringMode', values: ['inherit', 'private', 'shared'] },
  NotifyAccess: { field: 'notifyAccess', values: ['none', 'main', 'exec', 'all'] },
  DevicePolicy: { field: 'devicePolicy', values: ['auto', 'closed', 'strict'] },
};

function isBoolSetting(key: string): key is BoolSetting {
  return (BOOL_SETTINGS as readonly string[]).includes(key);
}

/** 127.0.0.0/8 and ::1, whatever the prefix length (that is what the offline check looks at). */
function isLocalhost(addr: string): boolean {
  const a = addr.split('/')[0];
  return /^127\./.test(a) || /^(0*:)*:?0*1$/.test(a) || a === '::1';
}

function applyIp(info: SecurityInfo, key: string, value: string): void {
  const ip = info.ip;
  if (key === 'IPAddressDeny') {
    if (value === '') {
      ip.denyAny4 = ip.denyAny6 = false;
      return;
    }
    for (const w of value.split(/\s+/).filter(Boolean)) {
      if (w === 'any') ip.denyAny4 = ip.denyAny6 = true;
      else if (/^[\d.]+\/0+$/.test(w)) ip.denyAny4 = true;
      else if (/^[0-9a-f:]+\/0+$/i.test(w)) ip.denyAny6 = true;
    }
    return;
  }
  if (value === '') {
    ip.allowLocalhost = ip.allowOther = false;
    return;
  }
  for (const w of value.split(/\s+/).filter(Boolean)) {
    if (w === 'localhost' || isLocalhost(w)) ip.allowLocalhost = true;
    else ip.allowOther = true;
  }
}

function protectValue(value: string, extra: readonly string[]): string | undefined {
  const b = parseBoolean(value);
  if (b !== undefined) return b ? 'yes' : 'no';
  return extra.includes(value) ? value : undefined;
}

function applyService(info: SecurityInfo, key: string, value: string, filters: { ingress: boolean; egress: boolean }): void {
  if (isBoolSetting(key)) {
    if (key === 'Delegate' && value !== '' && parseBoolean(value) === undefined) info.bools.Delegate = true;
    else info.bools[key] = parseBoolean(value) ?? (value === '' ? false : info.bools[key]);
    return;
  }
  const en = ENUMS[key];
  if (en) {
    if (en.values.includes(value)) info[en.field] = value;
    return;
  }
  switch (key) {
    case 'User':
      info.user = value;
      return;
    case 'DynamicUser':
      info.dynamicUser = parseBoolean(value) ?? info.dynamicUser;
      return;
    case 'SupplementaryGroups':
      info.supplementaryGroups = value === '' ? [] : [...info.supplementaryGroups, ...value.split(/\s+/).filter(Boolean)];
      return;
    case 'CapabilityBoundingSet':
      info.bounding = applyCapabilities(info.bounding, ALL_CAPS, value);
      return;
    case 'AmbientCapabilities':
      info.ambient = applyCapabilities(info.ambient, new Set(), value);
      return;
    case 'RestrictNamespaces':
      info.namespaces = applyNamespaces(info.namespaces, value);
      return;
    case 'RestrictAddressFamilies':
      info.families = applyFamilies(info.families, value);
      return;
    case 'SystemCallFilter':
      info.syscalls = applySyscallFilter(info.syscalls, value);
      return;
    case 'SystemCallArchitectures':
      info.archs = value === '' ? [] : [...info.archs, ...value.split(/\s+/).filter(Boolean)];
      return;
    case 'ProtectHome':
      info.protectHome = protectValue(value, ['read-only', 'tmpfs']) ?? info.protectHome;
      return;
    case 'ProtectSystem':
      info.protectSystem = protectValue(value, ['full', 'strict']) ?? info.protectSystem;
      return;
    case 'RootDirectory':
      info.rootDirectory = value;
      return;
    case 'RootImage':
      info.rootImage = value;
      return;
    case 'DeviceAllow':
      info.deviceAllow = value === '' ? [] : [...info.deviceAllow, value];
      return;
    case 'IPAddressDeny':
    case 'IPAddressAllow':
      applyIp(info, key, value);
      return;
    case 'IPIngressFilterPath':
      filters.ingress = value !== '';
      return;
    case 'IPEgressFilterPath':
      filters.egress = value !== '';
      return;
    case 'UMask':
      info.umask = parseUmask(value) ?? info.umask;
      return;
    default:
      return;
  }
}

/** What systemd adds when it loads the unit (unit_patch_contexts in systemd 252). */
function implied(info: SecurityInfo): void {
  const drop = (...caps: string[]) => {
    const next = new Set(info.bounding);
    for (const c of caps) next.delete(c);
    info.bounding = next;
  };
  if (info.dynamicUser) {
    if (info.user === '') info.user = info.unitName.replace(/(@[^.]*)?\.service$/, '') || 'dynamic';
    info.bools.PrivateTmp = true;
    info.bools.RemoveIPC = true;
    info.protectSystem = 'strict';
    if (info.protectHome === 'no') info.protectHome = 'read-only';
    info.bools.NoNewPrivileges = true;
    info.bools.RestrictSUIDSGID = true;
  }
  if (info.bools.PrivateDevices) {
    drop('CAP_MKNOD', 'CAP_SYS_RAWIO');
    if (info.devicePolicy === 'auto') info.devicePolicy = 'closed';
  }
  if (info.bools.ProtectKernelModules) drop('CAP_SYS_MODULE');
  if (info.bools.ProtectKernelLogs) drop('CAP_SYSLOG');
  if (info.bools.ProtectClock) {
    drop('CAP_SYS_TIME', 'CAP_WAKE_ALARM');
    info.deviceAllow = [...info.deviceAllow, 'char-rtc r'];
  }
  if (info.rootImage && (info.devicePolicy !== 'auto' || info.deviceAllow.length)) {
    info.deviceAllow = [...info.deviceAllow, '/dev/loop-control rw'];
  }
}

/** The service's settings from its unit file followed by its drop-ins, each a parsed tree. */
export function collectSecurityInfo(unitName: string, trees: readonly SdTree[]): SecurityInfo {
  const info = defaultInfo(unitName);
  const filters = { ingress: false, egress: false };
  for (const tree of trees) {
    for (const e of tree.entries) {
      const section = e.section?.name;
      if (section === 'Unit' && e.key === 'DefaultDependencies') {
        info.defaultDependencies = parseBoolean(e.value) ?? (e.value === '' ? true : info.defaultDependencies);
      } else if (section === 'Service') applyService(info, e.key, e.value, filters);
    }
  }
  info.ip.customFilters = filters.ingress || filters.egress;
  implied(info);
  return info;
}
