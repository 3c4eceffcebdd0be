// Value sets of enumerated directives, with our own one-line meanings. Keyed by directive name
// (`Section.Name` where the same name means different things in different sections).
//
// `since` marks a value (or prefix form) newer than 252; test/unit/systemd/newer-values.test.ts pins each with its
// evidence. Checked 2026-11-25: every value without `since` is accepted by the installed systemd 252's
// `systemd-analyze verify` and every value with one is rejected ("Failed to parse ..., ignoring"); the same probe with
// the 254.26 `systemd-analyze` (Debian bookworm-backports) accepts exactly the values marked <= 254. Exact releases
// after that come from the upstream NEWS shipped in Debian's 262 package (the "CHANGES WITH N" entry announcing the
// value) and the man pages of the 257 and 262 packages (the value listed, or an "Added in version N." marker).
import type { EnumPrefix, EnumSpec } from './types';

const ACTION: EnumSpec = {
  values: [
    { value: 'none', doc: 'Do nothing.' },
    { value: 'reboot', doc: 'Reboot cleanly, stopping all units.' },
    { value: 'reboot-force', doc: 'Reboot after killing services, without a clean stop of every unit.' },
    { value: 'reboot-immediate', doc: 'Reboot at once, like a hardware reset (data may be lost).' },
    { value: 'poweroff', doc: 'Power off cleanly.' },
    { value: 'poweroff-force', doc: 'Power off after killing services.' },
    { value: 'poweroff-immediate', doc: 'Power off at once.' },
    { value: 'exit', doc: 'Ask the service manager to exit (useful in containers and user managers).' },
    { value: 'exit-force', doc: 'Make the service manager exit at once.' },
    { value: 'soft-reboot', doc: 'Restart userspace only, keeping the kernel.', since: 254 },
    { value: 'soft-reboot-force', doc: 'Restart userspace only, forcefully.', since: 254 },
    { value: 'kexec', doc: 'Reboot into the loaded kexec kernel.', since: 254 },
    { value: 'kexec-force', doc: 'Reboot into kexec after killing services.', since: 254 },
    { value: 'halt', doc: 'Halt the system cleanly.', since: 254 },
    { value: 'halt-force', doc: 'Halt after killing services.', since: 254 },
    { value: 'halt-immediate', doc: 'Halt at once.', since: 254 },
  ],
};

const JOB_MODE: EnumSpec = {
  values: [
    { value: 'fail', doc: 'Fail if it conflicts with a queued job.' },
    { value: 'replace', doc: 'Replace conflicting queued jobs (the default).' },
    { value: 'replace-irreversibly', doc: 'Like replace, and later requests cannot undo it.' },
    { value: 'isolate', doc: 'Start the unit and stop every unit not needed by it.' },
    { value: 'flush', doc: 'Cancel all queued jobs first.' },
    { value: 'ignore-dependencies', doc: 'Ignore all dependencies.' },
    { value: 'ignore-requirements', doc: 'Ignore requirement dependencies, keep ordering.' },
    { value: 'restart-dependencies', doc: 'Propagate restarts to units that depend on it.', since: 254 },
  ],
};

const MANAGED_OOM: EnumSpec = {
  values: [
    { value: 'auto', doc: 'systemd-oomd does not act on this unit.' },
    { value: 'kill', doc: 'systemd-oomd may kill processes in this cgroup under pressure.' },
  ],
};

const LOG_LEVEL: EnumSpec = {
  acceptsNumber: true,
  values: [
    { value: 'emerg', doc: 'System is unusable.' },
    { value: 'alert', doc: 'Action must be taken immediately.' },
    { value: 'crit', doc: 'Critical conditions.' },
    { value: 'err', doc: 'Error conditions.' },
    { value: 'warning', doc: 'Warning conditions.' },
    { value: 'notice', doc: 'Normal but significant.' },
    { value: 'info', doc: 'Informational.' },
    { value: 'debug', doc: 'Debug messages.' },
  ],
};

/** CPUPressureWatch= and IOPressureWatch= (261): like MemoryPressureWatch=, a boolean, auto or skip. */
const PRESSURE_WATCH: EnumSpec = {
  acceptsBool: true,
  values: [
    { value: 'auto', doc: 'Watch when the matching accounting is on.' },
    { value: 'skip', doc: 'Do not set up watching and do not pass the environment variables.' },
  ],
};

const OUTPUT_PREFIXES: readonly EnumPrefix[] = [{ prefix: 'file:' }, { prefix: 'append:' }, { prefix: 'truncate:' }, { prefix: 'fd:' }];

/** `yes:NAME` / `private:NAME` set the hostname of the new UTS namespace (NEWS 258; absent from the 257 man page). */
const HOSTNAME_PREFIXES: readonly EnumPrefix[] = ['private:', 'yes:', 'y:', 'true:', 't:', 'on:', '1:'].map((prefix) => ({ prefix, since: 258 }));

export const ENUMS: Readonly<Record<string, EnumSpec>> = {
  'Service.Type': {
    values: [
      { value: 'simple', doc: 'Started as soon as the main process is forked (the default with ExecStart=).' },
      { value: 'exec', doc: 'Started once the main binary has been executed successfully.' },
      { value: 'forking', doc: 'The start command forks and its parent exits; use PIDFile= for the daemon.' },
      { value: 'oneshot', doc: 'Started after the start command exits; for scripts that run to completion.' },
      { value: 'dbus', doc: 'Started once BusName= appears on the D-Bus system bus.' },
      { value: 'notify', doc: 'Started when the service sends READY=1 via sd_notify().' },
      { value: 'notify-reload', doc: 'Like notify, and reloads are signalled with ReloadSignal=.', since: 253 },
      { value: 'idle', doc: 'Like simple, but waits until other jobs are dispatched (console output tidiness).' },
    ],
  },
  'Service.Restart': {
    values: [
      { value: 'no', doc: 'Never restart (the default).' },
      { value: 'on-success', doc: 'Restart only after a clean exit.' },
      { value: 'on-failure', doc: 'Restart after an unclean exit code, a signal, a timeout or a watchdog hit.' },
      { value: 'on-abnormal', doc: 'Restart after a signal, a timeout or a watchdog hit, not after an exit code.' },
      { value: 'on-watchdog', doc: 'Restart only after the watchdog timed out.' },
      { value: 'on-abort', doc: 'Restart only after an uncaught signal.' },
      { value: 'always', doc: 'Restart however the service ended.' },
    ],
  },
  'Service.RestartMode': {
    values: [
      { value: 'normal', doc: 'Go through failed/inactive before restarting; dependents see the stop.' },
      { value: 'direct', doc: 'Restart without passing through a failed state, so dependents are not stopped.' },
      { value: 'debug', doc: 'Like normal, with debug logging for the restarted run.', since: 257 },
    ],
  },
  'Service.ExitType': {
    values: [
      { value: 'main', doc: 'The service stops when its main process exits (the default).' },
      { value: 'cgroup', doc: 'The service runs until the last process in its cgroup exits.' },
    ],
  },
  'Service.NotifyAccess': {
    values: [
      { value: 'none', doc: 'Ignore all sd_notify() messages.' },
      { value: 'main', doc: 'Accept messages from the main process only.' },
      { value: 'exec', doc: 'Accept messages from the main process and the Exec*= commands.' },
      { value: 'all', doc: 'Accept messages from every process of the cgroup.' },
    ],
  },
  'Service.OOMPolicy': {
    values: [
      { value: 'continue', doc: 'Log the OOM kill and keep the service running.' },
      { value: 'stop', doc: 'Stop the service cleanly after an OOM kill.' },
      { value: 'kill', doc: 'Kill the rest of the service after an OOM kill.' },
    ],
  },
  'Scope.OOMPolicy': { values: [] },
  'Service.TimeoutStartFailureMode': {
    values: [
      { value: 'terminate', doc: 'Send the stop signal (the default).' },
      { value: 'abort', doc: 'Send SIGABRT to get a core dump.' },
      { value: 'kill', doc: 'Send SIGKILL.' },
    ],
  },
  KillMode: {
    values: [
      { value: 'control-group', doc: 'Kill every remaining process in the cgroup (the default).' },
      { value: 'mixed', doc: 'Signal the main process, then SIGKILL the rest of the cgroup.' },
      { value: 'process', doc: 'Kill only the main process; others are left running.' },
      { value: 'none', doc: 'Kill nothing; only the stop command runs (discouraged).', deprecated: { note: "KillMode=none is unsafe (systemd no longer tracks the processes it leaves behind) and its support is deprecated; use 'mixed' or 'control-group'", replacement: 'mixed' } },
    ],
  },
  ProtectSystem: {
    acceptsBool: true,
    values: [
      { value: 'full', doc: 'Also make /etc read-only.' },
      { value: 'strict', doc: 'Make the whole file system read-only except API file systems and allowed paths.' },
    ],
  },
  ProtectHome: {
    acceptsBool: true,
    values: [
      { value: 'read-only', doc: 'Make /home, /root and /run/user read-only.' },
      { value: 'tmpfs', doc: 'Mount empty tmpfs over /home, /root and /run/user.' },
    ],
  },
  PrivateTmp: {
    acceptsBool: true,
    values: [{ value: 'disconnected', doc: 'A private /tmp not shared with other units.', since: 257 }],
  },
  PrivateUsers: {
    acceptsBool: true,
    values: [
      { value: 'self', doc: 'Map only the unit user.', since: 257 },
      { value: 'identity', doc: 'Map the first 65536 IDs one to one.', since: 257 },
      { value: 'full', doc: 'Map the whole ID range.', since: 258 },
      { value: 'managed', doc: 'Use a dynamically allocated transient range.', since: 260 },
    ],
  },
  ProtectHostname: {
    acceptsBool: true,
    prefixes: HOSTNAME_PREFIXES,
    values: [{ value: 'private', doc: 'Allow changing the hostname inside a private UTS namespace.', since: 258 }],
  },
  ProtectControlGroups: {
    acceptsBool: true,
    values: [
      { value: 'private', doc: 'A private cgroup namespace.', since: 257 },
      { value: 'strict', doc: 'A private, read-only cgroup namespace.', since: 257 },
    ],
  },
  ProtectProc: {
    values: [
      { value: 'default', doc: 'No restriction.' },
      { value: 'noaccess', doc: 'Other users\' processes are not accessible in /proc.' },
      { value: 'invisible', doc: 'Other users\' processes are hidden in /proc.' },
      { value: 'ptraceable', doc: 'Only processes that may be traced are visible.' },
    ],
  },
  ProcSubset: {
    values: [
      { value: 'all', doc: 'The full /proc.' },
      { value: 'pid', doc: 'Only the process directories of /proc.' },
    ],
  },
  KeyringMode: {
    values: [
      { value: 'inherit', doc: 'No special keyring.' },
      { value: 'private', doc: 'A new session keyring for each process.' },
      { value: 'shared', doc: 'A new session keyring linked to the user keyring.' },
    ],
  },
  DevicePolicy: {
    values: [
      { value: 'auto', doc: 'Allow all devices unless DeviceAllow= lists some.' },
      { value: 'closed', doc: 'Allow only standard pseudo devices and DeviceAllow= ones.' },
      { value: 'strict', doc: 'Allow only DeviceAllow= devices.' },
    ],
  },
  CollectMode: {
    values: [
      { value: 'inactive', doc: 'Unload the unit when it is inactive (the default).' },
      { value: 'inactive-or-failed', doc: 'Unload it when inactive or failed, resetting the failure.' },
    ],
  },
  UtmpMode: {
    values: [
      { value: 'init', doc: 'An INIT_PROCESS utmp record.' },
      { value: 'login', doc: 'An INIT_PROCESS and a LOGIN_PROCESS record.' },
      { value: 'user', doc: 'INIT_PROCESS, LOGIN_PROCESS and USER_PROCESS records.' },
    ],
  },
  RuntimeDirectoryPreserve: {
    acceptsBool: true,
    values: [{ value: 'restart', doc: 'Keep the directories across restarts, remove them on stop.' }],
  },
  MountFlags: {
    values: [
      { value: 'shared', doc: 'Mount propagation both ways.' },
      { value: 'slave', doc: 'Host mounts propagate into the unit, not back.' },
      { value: 'private', doc: 'No mount propagation.' },
    ],
  },
  BindIPv6Only: {
    acceptsBool: true,
    values: [
      { value: 'default', doc: 'Use the system default.' },
      { value: 'both', doc: 'Accept IPv4 and IPv6 on an IPv6 socket.' },
      { value: 'ipv6-only', doc: 'Accept IPv6 only.' },
    ],
  },
  Timestamping: {
    acceptsBool: true,
    values: [
      { value: 'off', doc: 'No timestamps.' },
      { value: 'us', doc: 'Microsecond timestamps.' },
      { value: 'usec', doc: 'Microsecond timestamps.' },
      { value: 'µs', doc: 'Microsecond timestamps.' },
      { value: 'ns', doc: 'Nanosecond timestamps.' },
      { value: 'nsec', doc: 'Nanosecond timestamps.' },
    ],
  },
  ManagedOOMSwap: MANAGED_OOM,
  ManagedOOMMemoryPressure: MANAGED_OOM,
  ManagedOOMPreference: {
    values: [
      { value: 'none', doc: 'No preference.' },
      { value: 'avoid', doc: 'Kill this cgroup only as a last resort.' },
      { value: 'omit', doc: 'Never kill this cgroup.' },
    ],
  },
  MemoryPressureWatch: {
    acceptsBool: true,
    values: [
      { value: 'auto', doc: 'Watch when memory accounting is on.' },
      { value: 'off', doc: 'Do not set up memory pressure watching.' },
      { value: 'on', doc: 'Always set it up.' },
      { value: 'skip', doc: 'Do not set it up and do not pass the environment variables.' },
    ],
  },
  // The directives below are 260/261 additions; their values are those listed by the 262 man pages (no binary probe).
  CPUPressureWatch: PRESSURE_WATCH,
  IOPressureWatch: PRESSURE_WATCH,
  MemoryTHP: {
    values: [
      { value: 'inherit', doc: 'Keep the transparent huge page setting the manager inherited (the default).' },
      { value: 'disable', doc: 'No transparent huge pages for the processes.' },
      { value: 'madvise', doc: 'Huge pages only where the program asks for them with madvise().' },
      { value: 'system', doc: 'Back to the system-wide policy.' },
    ],
  },
  CPUSetPartition: {
    values: [
      { value: 'member', doc: 'An ordinary member of the parent partition.' },
      { value: 'root', doc: 'A partition root with its own exclusive CPUs.' },
      { value: 'isolated', doc: 'A partition root whose CPUs are taken out of scheduler load balancing.' },
    ],
  },
  StandardInput: {
    prefixes: [{ prefix: 'file:' }, { prefix: 'fd:' }],
    values: [
      { value: 'null', doc: 'Read from /dev/null (the default).' },
      { value: 'tty', doc: 'Read from the TTYPath= terminal.' },
      { value: 'tty-force', doc: 'Take the terminal over even if another process uses it.' },
      { value: 'tty-fail', doc: 'Fail if the terminal is in use.' },
      { value: 'data', doc: 'Read StandardInputText=/StandardInputData=.' },
      { value: 'socket', doc: 'Use the activating socket (Accept=yes sockets).' },
    ],
  },
  StandardOutput: {
    prefixes: OUTPUT_PREFIXES,
    values: [
      { value: 'inherit', doc: 'Same as standard input.' },
      { value: 'null', doc: 'Discard.' },
      { value: 'tty', doc: 'The terminal.' },
      { value: 'journal', doc: 'The journal (the usual default).' },
      { value: 'kmsg', doc: 'The kernel log buffer.' },
      { value: 'journal+console', doc: 'The journal and the console.' },
      { value: 'kmsg+console', doc: 'The kernel log and the console.' },
      { value: 'syslog', doc: 'Legacy; treated as journal.', deprecated: { note: "'syslog' is obsolete and read as 'journal'", replacement: 'journal' } },
      { value: 'syslog+console', doc: 'Legacy; treated as journal+console.', deprecated: { note: "'syslog+console' is obsolete and read as 'journal+console'", replacement: 'journal+console' } },
      { value: 'socket', doc: 'The activating socket.' },
    ],
  },
  SyslogLevel: LOG_LEVEL,
  LogLevelMax: LOG_LEVEL,
  SyslogFacility: {
    acceptsNumber: true,
    values: ['kern', 'user', 'mail', 'daemon', 'auth', 'syslog', 'lpr', 'news', 'uucp', 'cron', 'authpriv', 'ftp',
      'local0', 'local1', 'local2', 'local3', 'local4', 'local5', 'local6', 'local7'].map((value) => ({ value, doc: `The ${value} syslog facility.` })),
  },
  IOSchedulingClass: {
    acceptsNumber: true,
    values: [
      { value: 'realtime', doc: 'Real-time I/O class: served first.' },
      { value: 'best-effort', doc: 'The normal I/O class.' },
      { value: 'idle', doc: 'Only when no other process needs the disk.' },
      { value: 'none', doc: 'No class set; derived from the CPU nice level.' },
    ],
  },
  CPUSchedulingPolicy: {
    acceptsNumber: true,
    values: [
      { value: 'other', doc: 'The normal time-sharing policy.' },
      { value: 'batch', doc: 'For CPU-bound, non-interactive work.' },
      { value: 'idle', doc: 'Only when the CPU is otherwise idle.' },
      { value: 'fifo', doc: 'Real-time first-in first-out.' },
      { value: 'rr', doc: 'Real-time round-robin.' },
      { value: 'ext', doc: 'A scheduler loaded through sched_ext.', since: 260 },
    ],
  },
  OnFailureJobMode: JOB_MODE,
  OnSuccessJobMode: JOB_MODE,
  FailureAction: ACTION,
  SuccessAction: ACTION,
  StartLimitAction: ACTION,
  JobTimeoutAction: ACTION,
};
ENUMS_ALIAS('StandardError', 'StandardOutput');
ENUMS_ALIAS('Service.TimeoutStopFailureMode', 'Service.TimeoutStartFailureMode');
ENUMS_ALIAS('Scope.OOMPolicy', 'Service.OOMPolicy');

function ENUMS_ALIAS(name: string, of: string): void {
  (ENUMS as Record<string, EnumSpec>)[name] = ENUMS[of];
}
