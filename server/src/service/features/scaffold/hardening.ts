// systemd sandboxing lines, each with the systemd release that introduced it, so a unit written for an
// older target leaves out what that release would not understand.

export interface HardeningLine {
  line: string;
  since: number;
}

const h = (line: string, since: number): HardeningLine => ({ line, since });

/** The options every generated or overridden service gets. */
export const BASE_HARDENING: readonly HardeningLine[] = [
  h('NoNewPrivileges=yes', 187),
  h('PrivateTmp=yes', 1),
  h('PrivateDevices=yes', 209),
  h('ProtectSystem=strict', 232),
  h('ProtectHome=yes', 214),
  h('ProtectKernelTunables=yes', 232),
  h('ProtectKernelModules=yes', 232),
  h('ProtectKernelLogs=yes', 244),
  h('ProtectControlGroups=yes', 232),
  h('ProtectClock=yes', 245),
  h('ProtectHostname=yes', 242),
  h('RestrictNamespaces=yes', 233),
  h('RestrictRealtime=yes', 231),
  h('RestrictSUIDSGID=yes', 242),
  h('LockPersonality=yes', 235),
  h('SystemCallArchitectures=native', 209),
  h('SystemCallFilter=@system-service', 239),
  h('DevicePolicy=closed', 208),
  h('KeyringMode=private', 235),
];

/** Extra confinement for processes that run as an unprivileged user and need no view of others. */
export const USER_HARDENING: readonly HardeningLine[] = [
  h('PrivateIPC=yes', 248),
  h('ProtectProc=invisible', 247),
  h('ProcSubset=pid', 247),
  h('RemoveIPC=yes', 232),
];

/** For services with no JIT and no special system calls (the web app, the checks). */
export const STRICT_HARDENING: readonly HardeningLine[] = [
  h('PrivateUsers=yes', 232),
  h('MemoryDenyWriteExecute=yes', 231),
  h('SystemCallFilter=~@privileged @resources', 231),
];

export function hardening(systemdVersion: number, ...groups: ReadonlyArray<readonly HardeningLine[]>): string {
  return groups
    .flat()
    .filter((l) => l.since <= systemdVersion)
    .map((l) => l.line)
    .join('\n');
}
