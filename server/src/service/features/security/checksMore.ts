// The exposure checks with more than a yes/no answer (ProtectHome=, ProtectSystem=, UMask=, IPAddressDeny=, …).
import { Assessment, bool, Spec, yes } from './checkKit';
import { runsPrivileged } from './info';

const isRootPath = (p: string) => p === '' || /^\/+$/.test(p);

const head: Spec[] = [
  {
    id: 'ProtectHome=',
    weight: 1000,
    range: 10,
    good: 'cannot see home directories',
    bad: 'has full access to home directories',
    defaultDepsOnly: true,
    assess: (i): Assessment => {
      if (i.protectHome === 'yes') return { badness: 0 };
      if (i.protectHome === 'read-only') return { badness: 5, note: 'can read home directories' };
      if (i.protectHome === 'tmpfs') return { badness: 1, note: 'sees empty stand-in home directories' };
      return { badness: 10 };
    },
  },
  bool('ProtectHostname', 50, 'cannot change the host or domain name', 'may change the host or domain name'),
  {
    id: 'ProtectSystem=',
    weight: 1000,
    range: 10,
    good: 'sees the OS tree read-only',
    bad: 'may write all of the OS tree',
    defaultDepsOnly: true,
    assess: (i): Assessment => {
      if (i.protectSystem === 'strict') return { badness: 0 };
      if (i.protectSystem === 'full') return { badness: 3, note: 'may write little of the OS tree (/etc is read-only)' };
      if (i.protectSystem === 'yes') return { badness: 5, note: 'may write parts of the OS tree (/usr and /boot are read-only)' };
      return { badness: 10 };
    },
  },
  {
    id: 'RootDirectory=/RootImage=',
    setting: 'RootDirectory',
    weight: 200,
    range: 1,
    good: 'has its own root directory or image',
    bad: "runs in the host's root directory",
    defaultDepsOnly: true,
    assess: (i) => yes(!(isRootPath(i.rootDirectory) && isRootPath(i.rootImage))),
  },
];

const middle: Spec[] = [
  {
    id: 'UMask=',
    weight: 100,
    range: 10,
    good: 'new files are private to the service user',
    bad: 'new files are world-writable',
    assess: (i): Assessment => {
      const m = i.umask;
      if (!(m & 0o002)) return { badness: 10 };
      if (!(m & 0o004)) return { badness: 5, note: 'new files are world-readable' };
      if (!(m & 0o020)) return { badness: 2, note: 'new files are group-writable' };
      if (!(m & 0o040)) return { badness: 1, note: 'new files are group-readable' };
      return { badness: 0 };
    },
  },
  {
    id: 'KeyringMode=',
    weight: 1000,
    range: 1,
    good: 'keeps its own kernel keyring',
    bad: 'shares kernel key material with other services',
    assess: (i) => yes(i.keyringMode === 'private'),
  },
  {
    id: 'ProtectProc=',
    weight: 1000,
    range: 3,
    good: "cannot see other users' processes in /proc",
    bad: 'sees every process in /proc',
    assess: (i): Assessment => {
      if (i.protectProc === 'invisible' || i.protectProc === 'ptraceable') return { badness: 0 };
      if (i.protectProc === 'noaccess') return { badness: 1, note: "other users' processes are listed but not readable" };
      return { badness: 3 };
    },
  },
  {
    id: 'ProcSubset=',
    weight: 10,
    range: 1,
    good: 'sees only process entries in /proc',
    bad: 'sees all of /proc, not only processes',
    assess: (i) => yes(i.procSubset === 'pid'),
  },
  {
    id: 'NotifyAccess=',
    weight: 1000,
    range: 1,
    good: 'child processes cannot report service state',
    bad: 'any child process may report service state',
    assess: (i) => ({ badness: i.notifyAccess === 'all' ? 1 : 0 }),
  },
  {
    id: 'RemoveIPC=',
    weight: 100,
    range: 1,
    good: 'SysV IPC objects are removed when it stops',
    bad: 'may leave SysV IPC objects behind',
    assess: (i) => (runsPrivileged(i) ? { badness: null } : yes(i.bools.RemoveIPC)),
  },
  {
    id: 'Delegate=',
    weight: 100,
    range: 1,
    good: 'manages no cgroup subtree of its own',
    bad: 'manages a delegated cgroup subtree',
    assess: (i) => ({ badness: i.bools.Delegate ? 1 : 0 }),
  },
  bool('RestrictRealtime', 500, 'cannot take realtime scheduling', 'may take realtime scheduling'),
  bool('RestrictSUIDSGID', 1000, 'cannot create SUID/SGID files', 'may create SUID/SGID files'),
];

const archs: Spec[] = [
  {
    id: 'SystemCallArchitectures=',
    weight: 1000,
    range: 10,
    good: 'may only use the native system call ABI',
    bad: 'may use system calls of every ABI',
    assess: (i): Assessment => {
      if (i.archs.length === 0) return { badness: 10 };
      // Only a list of nothing but `native` counts: naming the native ABI explicitly (x86-64) scores as several.
      if (i.archs.every((a) => a === 'native')) return { badness: 0 };
      return { badness: 8, note: 'may use system calls of several ABIs' };
    },
  },
];

const tail: Spec[] = [
  {
    id: 'IPAddressDeny=',
    weight: 1000,
    range: 10,
    good: 'blocks all IP traffic',
    bad: 'has no IP address allow list',
    assess: (i): Assessment => {
      const ip = i.ip;
      if (ip.customFilters) return { badness: 0, note: 'uses custom BPF ingress/egress filters' };
      if (!(ip.denyAny4 && ip.denyAny6)) return { badness: 10 };
      if (ip.allowOther) return { badness: 5, note: 'allows some addresses beyond localhost' };
      if (ip.allowLocalhost) return { badness: 2, note: 'allows only localhost' };
      return { badness: 0 };
    },
  },
  {
    id: 'DeviceAllow=',
    weight: 1000,
    range: 10,
    good: 'has a minimal device list',
    bad: 'has no device access list',
    assess: (i): Assessment => {
      if (i.devicePolicy !== 'strict' && i.devicePolicy !== 'closed') return { badness: 10 };
      if (i.deviceAllow.length) return { badness: 5, note: `device list with extra devices: ${i.deviceAllow.join(', ')}` };
      return { badness: 0 };
    },
  },
  {
    id: 'AmbientCapabilities=',
    weight: 500,
    range: 1,
    good: 'gets no ambient capabilities',
    bad: 'gets ambient capabilities',
    assess: (i) => ({ badness: i.ambient.size ? 1 : 0 }),
  },
];

export const MORE_SPECS = { head, middle, archs, tail };
