// Building blocks of the exposure checks: the check shape and the kinds of check systemd 252 uses.
import { BoolSetting, SecurityInfo } from './info';
import { offendingCall } from './syscalls';

export interface Assessment {
  /** 0 (good) … range (bad); null when the check does not apply. */
  badness: number | null;
  /** Why, when the check has more than a good/bad answer. */
  note?: string;
}

export interface SecurityCheck {
  /** The name systemd prints, e.g. `CapabilityBoundingSet=~CAP_SYS_ADMIN`. */
  readonly id: string;
  /** The unit setting that fixes it. */
  readonly setting: string;
  readonly weight: number;
  readonly range: number;
  readonly good: string;
  readonly bad: string;
  /** Only for services with default dependencies (others run in early boot). */
  readonly defaultDepsOnly?: boolean;
  assess(info: SecurityInfo): Assessment;
}

export type Spec = Omit<SecurityCheck, 'setting'> & { setting?: string };

export const yes = (b: boolean): Assessment => ({ badness: b ? 0 : 1 });

export function bool(key: BoolSetting, weight: number, good: string, bad: string, defaultDepsOnly = false): Spec {
  return { id: `${key}=`, weight, range: 1, good, bad, defaultDepsOnly, assess: (i) => yes(i.bools[key]) };
}

export function cap(names: string, caps: string[], weight: number, good: string, bad: string): Spec {
  return {
    id: `CapabilityBoundingSet=~${names}`,
    setting: 'CapabilityBoundingSet',
    weight,
    range: 1,
    good,
    bad,
    assess: (i) => yes(!caps.some((c) => i.bounding.has(c))),
  };
}

export function ns(name: string, weight: number, what: string): Spec {
  return {
    id: `RestrictNamespaces=~${name}`,
    setting: 'RestrictNamespaces',
    weight,
    range: 1,
    good: `cannot create ${what} namespaces`,
    bad: `may create ${what} namespaces`,
    assess: (i) => yes(!i.namespaces.allowed.has(name)),
  };
}

/** How RestrictAddressFamilies= treats one group of families: restricted when the list keeps them out. */
export function family(label: string, match: (f: string) => boolean, weight: number, what: string): Spec {
  return {
    id: `RestrictAddressFamilies=~${label}`,
    setting: 'RestrictAddressFamilies',
    weight,
    range: 1,
    good: `cannot open ${what} sockets`,
    bad: `may open ${what} sockets`,
    assess: (i) => {
      const f = i.families;
      const listed = [...f.families].some(match);
      const restricted = f.set ? (listed ? !f.allowList : f.allowList) : false;
      return yes(restricted);
    },
  };
}

export function syscallGroup(group: string, weight: number): Spec {
  return {
    id: `SystemCallFilter=~${group}`,
    setting: 'SystemCallFilter',
    weight,
    range: 10,
    good: `system calls of ${group} are blocked`,
    bad: 'no system call filter',
    assess: (i) => {
      if (i.syscalls.calls === null || (!i.syscalls.allowList && i.syscalls.calls.size === 0)) {
        return { badness: 10, note: 'no system call filter' };
      }
      const hit = offendingCall(i.syscalls, group);
      if (i.syscalls.allowList) {
        return hit ? { badness: 9, note: `the allow list lets ${group} through (e.g. ${hit})` } : { badness: 0 };
      }
      return hit ? { badness: 10, note: `the deny list misses ${group} (e.g. ${hit})` } : { badness: 0 };
    },
  };
}

export const INET = (f: string) => f === 'AF_INET' || f === 'AF_INET6';
export const OTHER = (f: string) => !['AF_INET', 'AF_INET6', 'AF_UNIX', 'AF_NETLINK', 'AF_PACKET'].includes(f);
