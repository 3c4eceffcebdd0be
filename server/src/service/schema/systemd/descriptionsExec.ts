// Our own descriptions of execution-environment options (spread into DESCRIPTIONS). Facts checked against
// systemd.exec(5): https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html
const LIMITS: Readonly<Record<string, string>> = {
  AS: 'address space (virtual memory) size',
  CPU: 'CPU time, in seconds',
  DATA: 'data segment size',
  FSIZE: 'size of files the process may create',
  LOCKS: 'number of file locks',
  MSGQUEUE: 'bytes in POSIX message queues',
  NICE: 'nice level the process may raise itself to',
  RSS: 'resident set size (ignored by modern kernels)',
  RTPRIO: 'real-time scheduling priority',
  RTTIME: 'CPU time a real-time process may consume without making a blocking system call',
  SIGPENDING: 'number of queued signals',
  STACK: 'stack size',
};

function limits(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [res, what] of Object.entries(LIMITS)) {
    out[`Limit${res}`] = `Resource limit (setrlimit RLIMIT_${res}) on the ${what}. Give one value, or soft:hard; infinity lifts it.`;
  }
  return out;
}

/** The per-kind directory options that follow one pattern (Cache, Logs, State, Configuration). */
function directoryExtras(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kind of ['Cache', 'Logs', 'State', 'Configuration']) {
    out[`${kind}DirectoryMode`] = `Access mode (octal) for the directories created by ${kind}Directory=; default 0755.`;
  }
  for (const kind of ['Cache', 'Logs', 'State']) {
    out[`${kind}DirectoryQuota`] = `Disk quota applied to the ${kind}Directory= directories, as an absolute size or a percentage of the backing file system.`;
    out[`${kind}DirectoryAccounting`] = `Track the disk space used by the ${kind}Directory= directories (through a quota project) without enforcing a limit.`;
  }
  return out;
}

export const EXEC_DESCRIPTIONS: Readonly<Record<string, string>> = {
  ...limits(),
  ...directoryExtras(),
  // Process properties
  CPUSchedulingPriority: 'Static priority (1-99) for the real-time CPU scheduling policies fifo and rr.',
  CPUSchedulingResetOnFork: 'Make child processes fall back to the default scheduling policy and priority when forked.',
  IOSchedulingPriority: 'I/O priority within the chosen I/O scheduling class, from 0 (highest) to 7 (lowest).',
  TimerSlackNSec: 'Timer slack for the processes, in nanoseconds: how much the kernel may delay timer wake-ups to batch them.',
  Personality: 'Execution domain reported to the processes (e.g. x86 for 32-bit uname output).',
  SecureBits: 'Securebits flags set for the processes, such as keep-caps or noroot, controlling how capabilities behave across user changes.',
  CoredumpFilter: 'Which kinds of memory mappings go into core dumps (the kernel coredump_filter bits), e.g. private-anonymous or shared-dax.',
  NUMAPolicy: 'NUMA memory policy for the processes: default, preferred, bind, interleave or local.',
  NUMAMask: 'NUMA nodes the NUMAPolicy= applies to, as a list or ranges of node numbers.',
  IgnoreSIGPIPE: 'Whether SIGPIPE is ignored by the started processes (the default is yes).',
  KeyringMode: 'Which kernel session keyring the processes get: inherit, private (a fresh one) or shared (also linked with the user keyring).',
  SetLoginEnvironment: 'Set the login-style variables ($HOME, $LOGNAME, $SHELL) for the processes even when no User= is set.',
  ExecSearchPath: 'Colon-separated directories searched for relative executables in the Exec*= lines, instead of the built-in default.',
  UtmpIdentifier: 'Identifier (up to four characters) of the utmp/wtmp record written for the service, e.g. for gettys.',
  UtmpMode: 'Type of the utmp/wtmp record written when UtmpIdentifier= is set: init, login or user.',
  // Terminal
  TTYReset: 'Reset the terminal named by TTYPath= to a sane state before and after running the process.',
  TTYVHangup: 'Hang up the terminal named by TTYPath= before and after the process runs, so that earlier users lose their handle on it.',
  TTYVTDisallocate: 'If TTYPath= is a virtual console, deallocate it (clearing its scrollback) before and after use.',
  TTYColumns: 'Number of columns configured on the terminal of TTYPath=.',
  TTYRows: 'Number of rows configured on the terminal of TTYPath=.',
  // Input/output and logging
  StandardInputText: 'Text fed to the process on standard input when StandardInput=data; C-style escapes are resolved and a newline is appended.',
  StandardInputData: 'Base64-encoded data fed to the process on standard input when StandardInput=data.',
  SyslogFacility: 'Syslog facility (daemon, local0, ...) used for messages the process writes to the journal or syslog.',
  SyslogLevelPrefix: 'Whether a <N> prefix on an output line sets that line\'s log level (the default is yes).',
  LogExtraFields: 'Extra FIELD=value pairs attached to every journal entry logged by the unit.',
  LogRateLimitIntervalSec: 'Window for the journal rate limit on this unit\'s messages; excess messages in the window are dropped.',
  LogRateLimitBurst: 'How many messages the unit may log within LogRateLimitIntervalSec= before the journal drops further ones.',
  LogFilterPatterns: 'Regular expressions that select which log messages of the unit the journal keeps; a leading ~ turns a pattern into a drop rule.',
  LogNamespace: 'Send the unit\'s logs to a separate journal namespace served by its own journald instance.',
  // Security labels
  SELinuxContext: 'SELinux security context the processes run with; a leading - makes a failure to set it non-fatal.',
  AppArmorProfile: 'AppArmor profile the processes are switched into; a leading - ignores a missing profile.',
  SmackProcessLabel: 'SMACK label the processes run with.',
  // Sandboxing
  PrivateMounts: 'Run in a private mount namespace, so mounts done by the service are invisible to the host and vice versa.',
  PrivateIPC: 'Give the service its own IPC namespace (System V IPC and POSIX message queues).',
  PrivatePIDs: 'Run the service in a new PID namespace in which its main process is PID 1.',
  PrivateBPF: 'Mount a private bpffs for the service, optionally delegating BPF features to it.',
  MountFlags: 'Mount propagation of the service\'s mount namespace: shared, slave (default) or private.',
  MountAPIVFS: 'Mount /proc, /sys, /dev and /run inside the service\'s root when RootDirectory=/RootImage= is used.',
  ProcSubset: 'With pid, mount /proc so that it shows only process directories, hiding system-wide files.',
  TemporaryFileSystem: 'Mount an empty tmpfs over each listed path (optionally with mount options), hiding what was there.',
  ExecPaths: 'Paths from which programs may be executed even when NoExecPaths= forbids execution above them.',
  NoExecPaths: 'Paths under which execution of programs is forbidden (mounted noexec for the service).',
  ReadOnlyDirectories: 'Old name of ReadOnlyPaths=.',
  ReadWriteDirectories: 'Old name of ReadWritePaths=.',
  InaccessibleDirectories: 'Old name of InaccessiblePaths=.',
  NetworkNamespacePath: 'Join the network namespace found at this path (e.g. /run/netns/NAME) instead of the host one.',
  IPCNamespacePath: 'Join the IPC namespace found at this path instead of the host one.',
  UserNamespacePath: 'Join the user namespace found at this path instead of creating or inheriting one (systemd 259+).',
  DelegateNamespaces: 'Namespace types that the service may create itself inside its user namespace.',
  RestrictFileSystems: 'Allow (or, with ~, deny) access to files on the listed file system types, enforced by a BPF LSM program.',
  SystemCallLog: 'System calls to log to the audit log when the service invokes them (or, with ~, all calls except those).',
  BPFDelegateCommands: 'BPF commands a delegated bpffs (PrivateBPF=) allows the service to use.',
  BPFDelegateMaps: 'BPF map types a delegated bpffs (PrivateBPF=) allows the service to create.',
  BPFDelegatePrograms: 'BPF program types a delegated bpffs (PrivateBPF=) allows the service to load.',
  BPFDelegateAttachments: 'BPF attach types a delegated bpffs (PrivateBPF=) allows the service to use.',
  // Images
  RootImage: 'Disk image (or block device) mounted as the root directory of the service.',
  RootImageOptions: 'Mount options for the partitions of RootImage=, keyed by partition name.',
  RootImagePolicy: 'Image policy for RootImage=: which partitions may be used and whether they must be verity-protected or encrypted.',
  RootEphemeral: 'Run the service on a throwaway copy of its root directory or image that is removed when it stops.',
  RootHash: 'Root hash of the dm-verity data used to verify RootImage=, in hex or as a path to a file holding it.',
  RootHashSignature: 'PKCS#7 signature of RootHash=, as a path or base64 data, checked by the kernel.',
  RootVerity: 'Path to the dm-verity data file for RootImage=, when it is not embedded in the image.',
  MountImages: 'Extra disk images mounted at given paths inside the service\'s file system.',
  MountImagePolicy: 'Image policy for MountImages=.',
  ExtensionImages: 'System extension images overlaid on /usr and /opt of the service\'s root.',
  ExtensionImagePolicy: 'Image policy for ExtensionImages=.',
  ExtensionDirectories: 'Directories holding system extensions overlaid on /usr and /opt of the service\'s root.',
  // Credentials
  LoadCredentialEncrypted: 'Like LoadCredential=, but the file is decrypted (systemd-creds, TPM or host key) before being handed to the service.',
  SetCredentialEncrypted: 'Like SetCredential=, but the inline value is an encrypted credential decrypted before use.',
  ImportCredential: 'Pass credentials of the service manager whose names match a glob to the service.',
  // Misc
  MemoryKSM: 'Let the kernel merge identical memory pages of the service (kernel same-page merging).',
  MemoryTHP: 'Transparent huge page policy for the processes: inherit (unchanged), disable, madvise (only where the program asks) or system (back to the system default) (systemd 260+).',
  RootMStack: 'Run the service on a root file system assembled with overlayfs from a mount-stack directory, as an alternative to RootDirectory= or RootImage= (systemd 260+).',
  BindLogSockets: 'Bind-mount the journal sockets into the service even when its file system is otherwise sandboxed.',
  TimeoutCleanSec: 'Time limit for `systemctl clean` removing the unit\'s directories.',
};
