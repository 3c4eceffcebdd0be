// Deterministic random service units mixing the sandboxing settings the exposure checks read, including repeated,
// inverted and reset assignments, and a drop-in half of the time. Used by the security parity test.

const CHOICES: Array<[string, string[]]> = [
  ['User', ['root', 'nobody', 'www-data', '0', '']],
  ['DynamicUser', ['yes', 'no']],
  ['SupplementaryGroups', ['adm', '', 'adm systemd-journal']],
  ['PrivateDevices', ['yes', 'no']],
  ['PrivateMounts', ['yes']],
  ['PrivateNetwork', ['yes', 'no']],
  ['PrivateTmp', ['yes', 'no']],
  ['PrivateUsers', ['yes']],
  ['ProtectControlGroups', ['yes']],
  ['ProtectKernelModules', ['yes']],
  ['ProtectKernelTunables', ['yes']],
  ['ProtectKernelLogs', ['yes']],
  ['ProtectClock', ['yes']],
  ['ProtectHome', ['yes', 'no', 'read-only', 'tmpfs']],
  ['ProtectHostname', ['yes']],
  ['ProtectSystem', ['yes', 'no', 'full', 'strict']],
  ['RootDirectory', ['/srv/root', '/']],
  ['LockPersonality', ['yes']],
  ['MemoryDenyWriteExecute', ['yes']],
  ['NoNewPrivileges', ['yes', 'no']],
  ['CapabilityBoundingSet', ['CAP_NET_BIND_SERVICE', '~CAP_SYS_ADMIN CAP_SYS_PTRACE', '', '~', 'CAP_NET_ADMIN CAP_NET_RAW', '~CAP_SETUID CAP_SETGID CAP_SETPCAP']],
  ['AmbientCapabilities', ['CAP_NET_BIND_SERVICE', '', '~CAP_SYS_ADMIN']],
  ['UMask', ['0077', '0027', '0022', '0002', '0007', '0067']],
  ['KeyringMode', ['private', 'shared', 'inherit']],
  ['ProtectProc', ['invisible', 'noaccess', 'ptraceable', 'default']],
  ['ProcSubset', ['pid', 'all']],
  ['NotifyAccess', ['all', 'main', 'none']],
  ['RemoveIPC', ['yes', 'no']],
  ['Delegate', ['yes', 'no', 'cpu memory']],
  ['RestrictRealtime', ['yes']],
  ['RestrictSUIDSGID', ['yes']],
  ['RestrictNamespaces', ['yes', 'no', 'net ipc', '~user mnt', '~cgroup', '']],
  ['RestrictAddressFamilies', ['AF_UNIX AF_INET AF_INET6', '~AF_PACKET AF_NETLINK', 'none', 'AF_UNIX', '~AF_INET6', '']],
  ['SystemCallArchitectures', ['native', 'x86-64 x86', '']],
  ['SystemCallFilter', ['@system-service', '~@privileged @resources', '~@mount @swap @reboot @clock', '@system-service @clock', '~@debug', '']],
  ['IPAddressDeny', ['any', '0.0.0.0/0', '']],
  ['IPAddressAllow', ['localhost', '10.0.0.0/8', '127.0.0.1', '']],
  ['DevicePolicy', ['closed', 'strict', 'auto']],
  ['DeviceAllow', ['/dev/null rw', '']],
  ['IPIngressFilterPath', ['/sys/fs/bpf/ingress', '']],
  ['RootImage', ['/srv/image.raw']],
  ['NotifyAccess', ['exec']],
  ['ProtectSystem', ['true', 'off']],
  ['PrivateTmp', ['on', '0']],
  ['CapabilityBoundingSet', ['cap_chown', '12', 'CAP_BOGUS CAP_KILL']],
];

/** A small seeded generator (mulberry32), so failures are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function block(rand: () => number, density: number): string[] {
  const lines: string[] = [];
  for (const [key, values] of CHOICES) {
    if (rand() >= density) continue;
    const times = rand() < 0.2 ? 2 : 1;
    for (let k = 0; k < times; k++) lines.push(`${key}=${values[Math.floor(rand() * values.length)]}`);
  }
  return lines;
}

export interface RandomUnit {
  unit: string;
  dropIn?: string;
}

export function randomUnit(seed: number): RandomUnit {
  const rand = rng(seed);
  const deps = rand() < 0.1 ? 'DefaultDependencies=no\n' : '';
  const unit = `[Unit]\nDescription=random ${seed}\n${deps}\n[Service]\nExecStart=/bin/true\n${block(rand, 0.4).join('\n')}\n`;
  if (rand() < 0.5) return { unit };
  return { unit, dropIn: `[Service]\n${block(rand, 0.15).join('\n')}\n` };
}
