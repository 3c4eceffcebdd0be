// The checks of `systemd-analyze security` in systemd 252: the same names, weights, ranges and badness rules
// (facts of systemd's behaviour; descriptions are our own words). See docs/security.md.
import { runsPrivileged } from './info';
import { bool, cap, family, INET, ns, OTHER, SecurityCheck, Spec, syscallGroup, yes } from './checkKit';
import { MORE_SPECS } from './checksMore';

export type { Assessment, SecurityCheck } from './checkKit';

const SPECS: Spec[] = [
  {
    id: 'User=/DynamicUser=',
    setting: 'User',
    weight: 2000,
    range: 10,
    good: 'runs as a non-root user',
    bad: 'runs as root',
    assess: (i) => {
      if (i.user === 'nobody') return { badness: 9, note: "runs as 'nobody', a user meant for nothing" };
      if (i.dynamicUser && i.user !== '0' && i.user !== 'root') return { badness: 0, note: 'runs as a transient user' };
      if (i.user !== '' && i.user !== '0' && i.user !== 'root') return { badness: 0, note: 'runs as a fixed non-root user' };
      return { badness: 10 };
    },
  },
  {
    id: 'SupplementaryGroups=',
    weight: 200,
    range: 1,
    good: 'has no supplementary groups',
    bad: 'runs with supplementary groups',
    assess: (i) => (runsPrivileged(i) ? { badness: null } : yes(i.supplementaryGroups.length === 0)),
  },
  bool('PrivateDevices', 1000, 'sees no hardware devices', 'may reach hardware devices'),
  bool('PrivateMounts', 1000, 'cannot install system mounts', 'may install system mounts'),
  bool('PrivateNetwork', 2500, "has no access to the host's network", "has access to the host's network"),
  bool('PrivateTmp', 1000, "cannot see other programs' temporary files", 'shares /tmp with other programs', true),
  bool('PrivateUsers', 1000, 'cannot see other users', 'can see other users'),
  bool('ProtectControlGroups', 1000, 'cannot change the cgroup tree', 'may change the cgroup tree'),
  bool('ProtectKernelModules', 1000, 'cannot load or read kernel modules', 'may load or read kernel modules'),
  bool('ProtectKernelTunables', 1000, 'cannot change kernel tunables', 'may change kernel tunables (/proc/sys, …)'),
  bool('ProtectKernelLogs', 1000, 'cannot use the kernel log buffer', 'may read or write the kernel log buffer'),
  bool('ProtectClock', 1000, 'cannot set the clocks', 'may set the system or hardware clock'),
  ...MORE_SPECS.head,
  bool('LockPersonality', 100, 'cannot change its ABI personality', 'may change its ABI personality'),
  bool('MemoryDenyWriteExecute', 100, 'cannot map memory writable and executable', 'may map memory writable and executable'),
  bool('NoNewPrivileges', 1000, 'cannot gain privileges (setuid, file caps)', 'may gain privileges through setuid or file capabilities'),
  cap('CAP_SYS_ADMIN', ['CAP_SYS_ADMIN'], 1500, 'has no administrator capability', 'keeps CAP_SYS_ADMIN'),
  cap('CAP_SET(UID|GID|PCAP)', ['CAP_SETUID', 'CAP_SETGID', 'CAP_SETPCAP'], 1500, 'cannot change identity or capabilities', 'may change UID/GID or capabilities'),
  cap('CAP_SYS_PTRACE', ['CAP_SYS_PTRACE'], 1500, 'cannot ptrace other processes', 'may ptrace other processes'),
  cap('CAP_SYS_TIME', ['CAP_SYS_TIME'], 1000, 'cannot set the clock', 'may set the clock'),
  cap('CAP_NET_ADMIN', ['CAP_NET_ADMIN'], 1000, 'cannot configure networking', 'may configure networking'),
  cap('CAP_SYS_RAWIO', ['CAP_SYS_RAWIO'], 1000, 'has no raw I/O', 'has raw I/O access'),
  cap('CAP_SYS_MODULE', ['CAP_SYS_MODULE'], 1000, 'cannot load kernel modules', 'may load kernel modules'),
  cap('CAP_AUDIT_*', ['CAP_AUDIT_CONTROL', 'CAP_AUDIT_READ', 'CAP_AUDIT_WRITE'], 500, 'has no audit access', 'has audit subsystem access'),
  cap('CAP_SYSLOG', ['CAP_SYSLOG'], 500, 'has no kernel log access', 'may use the kernel log'),
  cap('CAP_SYS_(NICE|RESOURCE)', ['CAP_SYS_NICE', 'CAP_SYS_RESOURCE'], 500, 'cannot raise priorities or limits', 'may raise priorities and resource limits'),
  cap('CAP_MKNOD', ['CAP_MKNOD'], 500, 'cannot create device nodes', 'may create device nodes'),
  cap('CAP_(CHOWN|FSETID|SETFCAP)', ['CAP_CHOWN', 'CAP_FSETID', 'CAP_SETFCAP'], 1000, 'cannot change file owners, modes or capabilities', 'may change file owners, modes or capabilities'),
  cap('CAP_(DAC_*|FOWNER|IPC_OWNER)', ['CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_FOWNER', 'CAP_IPC_OWNER'], 1000, 'cannot bypass file/IPC permissions', 'may bypass file and IPC permission checks'),
  cap('CAP_KILL', ['CAP_KILL'], 500, 'cannot signal arbitrary processes', 'may signal any process'),
  cap('CAP_NET_(BIND_SERVICE|BROADCAST|RAW)', ['CAP_NET_BIND_SERVICE', 'CAP_NET_BROADCAST', 'CAP_NET_RAW'], 500, 'has no extra network privileges', 'may bind low ports, broadcast or use raw sockets'),
  cap('CAP_SYS_BOOT', ['CAP_SYS_BOOT'], 100, 'cannot reboot', 'may reboot the machine'),
  cap('CAP_BPF', ['CAP_BPF'], 25, 'cannot load BPF programs', 'may load BPF programs'),
  cap('CAP_MAC_*', ['CAP_MAC_ADMIN', 'CAP_MAC_OVERRIDE'], 100, 'cannot change MAC policy', 'may change or bypass MAC policy'),
  cap('CAP_LINUX_IMMUTABLE', ['CAP_LINUX_IMMUTABLE'], 75, 'cannot make files immutable', 'may make files immutable'),
  cap('CAP_IPC_LOCK', ['CAP_IPC_LOCK'], 50, 'cannot lock memory', 'may lock memory into RAM'),
  cap('CAP_SYS_CHROOT', ['CAP_SYS_CHROOT'], 50, 'cannot chroot', 'may chroot'),
  cap('CAP_BLOCK_SUSPEND', ['CAP_BLOCK_SUSPEND'], 25, 'cannot block suspend', 'may hold wake locks'),
  cap('CAP_WAKE_ALARM', ['CAP_WAKE_ALARM'], 25, 'cannot set wake-up timers', 'may set timers that wake the system'),
  cap('CAP_LEASE', ['CAP_LEASE'], 25, 'cannot take file leases', 'may take file leases'),
  cap('CAP_SYS_TTY_CONFIG', ['CAP_SYS_TTY_CONFIG'], 25, 'cannot vhangup', 'may vhangup terminals'),
  cap('CAP_SYS_PACCT', ['CAP_SYS_PACCT'], 25, 'cannot switch process accounting', 'may switch process accounting'),
  ...MORE_SPECS.middle,
  ns('user', 1500, 'user'),
  ns('mnt', 500, 'mount'),
  ns('ipc', 500, 'IPC'),
  ns('pid', 500, 'PID'),
  ns('cgroup', 500, 'cgroup'),
  ns('net', 500, 'network'),
  ns('uts', 100, 'hostname'),
  family('AF_(INET|INET6)', INET, 1500, 'Internet'),
  family('AF_UNIX', (f) => f === 'AF_UNIX', 25, 'local (AF_UNIX)'),
  family('AF_NETLINK', (f) => f === 'AF_NETLINK', 200, 'netlink'),
  family('AF_PACKET', (f) => f === 'AF_PACKET', 1000, 'packet'),
  family('…', OTHER, 1250, 'exotic'),
  ...MORE_SPECS.archs,
  syscallGroup('@swap', 1000),
  syscallGroup('@obsolete', 250),
  syscallGroup('@clock', 1000),
  syscallGroup('@cpu-emulation', 250),
  syscallGroup('@debug', 1000),
  syscallGroup('@mount', 1000),
  syscallGroup('@module', 1000),
  syscallGroup('@raw-io', 1000),
  syscallGroup('@reboot', 1000),
  syscallGroup('@privileged', 700),
  syscallGroup('@resources', 700),
  ...MORE_SPECS.tail,
];

export const SECURITY_CHECKS: readonly SecurityCheck[] = SPECS.map((s) => ({
  ...s,
  setting: s.setting ?? s.id.replace(/[=~].*$/, ''),
}));
