// Value parsers for the sandboxing settings, following how systemd 252 reads them (what a repeated or empty
// assignment does, which words it ignores). Facts of systemd's behaviour: https://www.freedesktop.org/software/systemd/man/systemd.exec.html

/** Linux capabilities in kernel bit order (capability(7)); a number in a unit file names the same bit. */
export const CAPABILITIES = [
  'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_FOWNER', 'CAP_FSETID', 'CAP_KILL', 'CAP_SETGID',
  'CAP_SETUID', 'CAP_SETPCAP', 'CAP_LINUX_IMMUTABLE', 'CAP_NET_BIND_SERVICE', 'CAP_NET_BROADCAST', 'CAP_NET_ADMIN',
  'CAP_NET_RAW', 'CAP_IPC_LOCK', 'CAP_IPC_OWNER', 'CAP_SYS_MODULE', 'CAP_SYS_RAWIO', 'CAP_SYS_CHROOT', 'CAP_SYS_PTRACE',
  'CAP_SYS_PACCT', 'CAP_SYS_ADMIN', 'CAP_SYS_BOOT', 'CAP_SYS_NICE', 'CAP_SYS_RESOURCE', 'CAP_SYS_TIME',
  'CAP_SYS_TTY_CONFIG', 'CAP_MKNOD', 'CAP_LEASE', 'CAP_AUDIT_WRITE', 'CAP_AUDIT_CONTROL', 'CAP_SETFCAP',
  'CAP_MAC_OVERRIDE', 'CAP_MAC_ADMIN', 'CAP_SYSLOG', 'CAP_WAKE_ALARM', 'CAP_BLOCK_SUSPEND', 'CAP_AUDIT_READ',
  'CAP_PERFMON', 'CAP_BPF', 'CAP_CHECKPOINT_RESTORE',
] as const;

export type CapSet = ReadonlySet<string>;
export const ALL_CAPS: CapSet = new Set(CAPABILITIES);

function capName(word: string): string | undefined {
  const upper = word.toUpperCase();
  if ((ALL_CAPS as Set<string>).has(upper)) return upper;
  if (/^\d+$/.test(word)) return CAPABILITIES[Number(word)];
  return undefined;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * One CapabilityBoundingSet=/AmbientCapabilities= assignment. `~` inverts; an assignment naming nothing, or one
 * made while the set still has its initial value, replaces the set; later ones add (or, inverted, remove).
 * Unknown capability names are skipped. A set this returns is new; later calls may change it in place.
 */
export function applyCapabilities(current: CapSet, initial: CapSet, value: string): CapSet {
  let v = value;
  const invert = v.startsWith('~');
  if (invert) v = v.slice(1);
  const sum = new Set<string>();
  for (const w of v.split(/[\s,]+/)) {
    const c = w ? capName(w) : undefined;
    if (c) sum.add(c);
  }
  if (sum.size === 0 || current === initial || sameSet(current, initial)) {
    return invert ? new Set(CAPABILITIES.filter((c) => !sum.has(c))) : sum;
  }
  const next = current as Set<string>;
  for (const c of sum) invert ? next.delete(c) : next.add(c);
  return next;
}

/** Namespace types of RestrictNamespaces=, as systemd names them. */
export const NAMESPACES = ['cgroup', 'ipc', 'net', 'mnt', 'pid', 'user', 'uts'] as const;

/** The namespaces a service may create; `initial` until RestrictNamespaces= is set (then all are allowed). */
export interface NamespaceState {
  readonly initial: boolean;
  readonly allowed: ReadonlySet<string>;
}
export const NS_INITIAL: NamespaceState = { initial: true, allowed: new Set(NAMESPACES) };

export function parseBoolean(v: string): boolean | undefined {
  if (/^(1|yes|y|true|t|on)$/i.test(v)) return true;
  if (/^(0|no|n|false|f|off)$/i.test(v)) return false;
  return undefined;
}

/** One RestrictNamespaces= assignment: a boolean, a list of allowed types, or `~` and the forbidden types. */
export function applyNamespaces(cur: NamespaceState, value: string): NamespaceState {
  if (value === '') return NS_INITIAL;
  let v = value;
  const invert = v.startsWith('~');
  if (invert) v = v.slice(1);
  const b = parseBoolean(v);
  if (b === true) return { initial: false, allowed: new Set() };
  if (b === false) return { initial: false, allowed: new Set(NAMESPACES) };
  const flags = new Set<string>();
  for (const w of v.split(/\s+/).filter(Boolean)) {
    if (!(NAMESPACES as readonly string[]).includes(w)) return cur; // systemd ignores the whole line
    flags.add(w);
  }
  if (cur.initial) {
    return { initial: false, allowed: invert ? new Set(NAMESPACES.filter((n) => !flags.has(n))) : flags };
  }
  const next = new Set(cur.allowed);
  for (const f of flags) invert ? next.delete(f) : next.add(f);
  return { initial: false, allowed: next };
}

/** RestrictAddressFamilies= state: whether the list allows or denies, and the families named. */
export interface FamilyState {
  readonly set: boolean;
  readonly allowList: boolean;
  readonly families: ReadonlySet<string>;
}
export const FAMILIES_INITIAL: FamilyState = { set: false, allowList: false, families: new Set() };

export function applyFamilies(cur: FamilyState, value: string): FamilyState {
  if (value === '') return FAMILIES_INITIAL;
  if (value === 'none') return { set: true, allowList: true, families: new Set() };
  let v = value;
  const invert = v.startsWith('~');
  if (invert) v = v.slice(1);
  // An empty set (never set, after `none`, or emptied) makes this assignment decide allow or deny list anew.
  const first = !cur.set || cur.families.size === 0;
  const allowList = first ? !invert : cur.allowList;
  const next = new Set(first ? [] : cur.families);
  for (const w of v.split(/\s+/).filter(Boolean)) {
    if (!/^AF_[A-Z0-9_]+$/.test(w)) continue;
    if (!invert === allowList) next.add(w);
    else next.delete(w);
  }
  return { set: true, allowList, families: next };
}

/** Parse an octal UMask= value; undefined when systemd would ignore it. */
export function parseUmask(v: string): number | undefined {
  if (!/^[0-7]{1,4}$/.test(v)) return undefined;
  return parseInt(v, 8);
}
