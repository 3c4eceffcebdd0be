// What "Harden" may add for each kind of service, chosen by the ExecStart= binary, so the service keeps working:
// HAProxy keeps binding low ports, chroot and dropping to its user; keepalived keeps configuring addresses and
// routes (CAP_NET_ADMIN), raw/packet and netlink sockets, and running its check/notify scripts; a database keeps its
// data directory writable.

export type ServiceKind = 'haproxy' | 'keepalived' | 'database' | 'generic';

/** Deny-list groups that a root service keeping its own chroot/setuid logic never needs. */
const ROOT_DENY = '~@clock @cpu-emulation @debug @obsolete @raw-io @reboot @swap';

export interface HardenProfile {
  /** Settings in the order they are written. */
  readonly settings: ReadonlyArray<readonly [string, string]>;
  readonly why: string;
}

const COMMON: ReadonlyArray<readonly [string, string]> = [
  ['PrivateTmp', 'yes'],
  ['PrivateMounts', 'yes'],
  ['ProtectKernelLogs', 'yes'],
  ['ProtectControlGroups', 'yes'],
  ['ProtectClock', 'yes'],
  ['ProtectHostname', 'yes'],
  ['RestrictSUIDSGID', 'yes'],
  ['LockPersonality', 'yes'],
  ['SystemCallArchitectures', 'native'],
];

/** For daemons that neither tune the kernel nor need setuid helpers (everything but keepalived). */
const DAEMON: ReadonlyArray<readonly [string, string]> = [
  ['ProtectHome', 'yes'],
  ['NoNewPrivileges', 'yes'],
  ['ProtectKernelTunables', 'yes'],
  ['ProtectKernelModules', 'yes'],
  ['PrivateDevices', 'yes'],
  ['RestrictRealtime', 'yes'],
  ['RestrictNamespaces', 'yes'],
];

export const HARDEN_PROFILES: Record<ServiceKind, HardenProfile> = {
  haproxy: {
    why: 'keeps CAP_NET_BIND_SERVICE (ports below 1024) and what HAProxy needs to chroot and drop to its user',
    settings: [
      ...COMMON,
      ...DAEMON,
      ['ProtectSystem', 'full'],
      ['ProtectProc', 'invisible'],
      ['MemoryDenyWriteExecute', 'yes'],
      ['RestrictAddressFamilies', 'AF_UNIX AF_INET AF_INET6'],
      ['CapabilityBoundingSet', 'CAP_NET_BIND_SERVICE CAP_SETUID CAP_SETGID CAP_SYS_CHROOT CAP_DAC_OVERRIDE CAP_CHOWN CAP_FOWNER CAP_KILL'],
      ['SystemCallFilter', ROOT_DENY + ' @module'],
    ],
  },
  keepalived: {
    why:
      'keeps CAP_NET_ADMIN and CAP_NET_RAW, netlink and packet sockets, and leaves out what its check and notify scripts ' +
      'may need (no NoNewPrivileges=, no read-only /proc/sys, no W^X memory rule, no syscall allow list, readable /home)',
    settings: [
      ...COMMON,
      // Scripts may live under /home and may be JIT-compiled programs: home stays readable, W+X memory allowed.
      ['ProtectHome', 'read-only'],
      ['ProtectSystem', 'full'],
      ['PrivateDevices', 'yes'],
      ['RestrictAddressFamilies', 'AF_UNIX AF_INET AF_INET6 AF_NETLINK AF_PACKET'],
      [
        'CapabilityBoundingSet',
        'CAP_NET_ADMIN CAP_NET_RAW CAP_NET_BROADCAST CAP_NET_BIND_SERVICE CAP_SETUID CAP_SETGID CAP_KILL CAP_SYS_NICE ' +
          'CAP_DAC_OVERRIDE CAP_SYS_MODULE CAP_CHOWN CAP_FOWNER',
      ],
      ['SystemCallFilter', ROOT_DENY],
    ],
  },
  database: {
    why: 'keeps the data, runtime and log directories writable with ReadWritePaths= under ProtectSystem=strict',
    settings: [...COMMON, ...DAEMON, ['ProtectSystem', 'strict'], ['ProtectProc', 'invisible'], ['RestrictAddressFamilies', 'AF_UNIX AF_INET AF_INET6']],
  },
  generic: {
    why: 'adds settings that do not take anything a usual network daemon needs',
    settings: [
      ...COMMON,
      ...DAEMON,
      ['ProtectSystem', 'full'],
      ['RestrictAddressFamilies', 'AF_UNIX AF_INET AF_INET6 AF_NETLINK'],
      ['SystemCallFilter', ROOT_DENY + ' @module'],
    ],
  },
};

/** Data, runtime and log directories of well-known databases, by binary name. */
const DB_DIRS: Array<[RegExp, string[]]> = [
  [/^(postgres|postmaster|pg_ctl|pg_ctlcluster)$/, ['/var/lib/postgresql', '/run/postgresql', '/var/log/postgresql']],
  [/^(mysqld|mariadbd|mysqld_safe|mariadbd-safe)$/, ['/var/lib/mysql', '/run/mysqld', '/var/log/mysql']],
  [/^(redis-server|valkey-server)$/, ['/var/lib/redis', '/run/redis', '/var/log/redis']],
  [/^mongod$/, ['/var/lib/mongodb', '/var/log/mongodb']],
  [/^etcd$/, ['/var/lib/etcd']],
  [/^(influxd|clickhouse-server)$/, ['/var/lib/influxdb', '/var/lib/clickhouse']],
];

/** Options that name a data directory on the command line. */
const DATA_DIR_OPTION = /(?:^|\s)(?:--datadir|--data-dir|--dbpath|--dir|-D)(?:=|\s+)("[^"]+"|\S+)/;

export interface ServiceClass {
  readonly kind: ServiceKind;
  readonly binary: string;
  /** Directories that must stay writable (databases only). */
  readonly writable: string[];
}

function classifyBinary(binary: string, line: string): ServiceClass | undefined {
  if (/^haproxy/.test(binary)) return { kind: 'haproxy', binary, writable: [] };
  if (/^keepalived/.test(binary)) return { kind: 'keepalived', binary, writable: [] };
  for (const [re, dirs] of DB_DIRS) {
    if (re.test(binary)) {
      const opt = DATA_DIR_OPTION.exec(line)?.[1]?.replace(/^"|"$/g, '');
      const writable = opt && opt.startsWith('/') && !dirs.some((d) => opt.startsWith(d)) ? [opt, ...dirs] : dirs;
      return { kind: 'database', binary, writable };
    }
  }
  return undefined;
}

const WRAPPERS = /^(sh|bash|dash|env|exec|nice|ionice|chrt|taskset|runuser|setpriv)$/;

/**
 * Classify a service by the program of its first ExecStart= line (prefixes like `-`, `+`, `!` dropped). When that
 * program is a shell or a wrapper (`/bin/sh -c "… exec /usr/sbin/mariadbd …"`), the first known program named
 * anywhere on the line decides.
 */
export function classifyExecStart(execStart: string | undefined): ServiceClass {
  const line = (execStart ?? '').replace(/^[-@:+!]+/, '').trim();
  const first = (line.split(/\s+/)[0] ?? '').split('/').pop() ?? '';
  const direct = classifyBinary(first, line);
  if (direct) return direct;
  if (WRAPPERS.test(first)) {
    for (const token of line.split(/[\s;"'`|&()=]+/)) {
      const found = classifyBinary(token.split('/').pop() ?? '', line);
      if (found) return found;
    }
  }
  return { kind: 'generic', binary: first, writable: [] };
}
