// SystemCallFilter= as systemd 252 builds it: the first assignment decides allow list or deny list (an allow list
// starts with the @default group); later assignments of the same kind add calls, of the other kind remove them;
// an empty assignment resets. Groups expand recursively; `:errno`/`:kill` suffixes are dropped.
import { SYSCALL_GROUPS } from './syscallGroups';

export interface SyscallFilter {
  /** null while no filter is set. */
  readonly calls: ReadonlySet<string> | null;
  readonly allowList: boolean;
}

export const NO_FILTER: SyscallFilter = { calls: null, allowList: false };

function expand(name: string, add: boolean, into: Set<string>, depth = 0): void {
  if (depth > 8) return;
  if (name.startsWith('@')) {
    const members = SYSCALL_GROUPS[name];
    if (!members) return; // unknown groups are ignored
    for (const m of members) expand(m, add, into, depth + 1);
    return;
  }
  if (add) into.add(name);
  else into.delete(name);
}

export function applySyscallFilter(cur: SyscallFilter, value: string): SyscallFilter {
  if (value === '') return NO_FILTER;
  let v = value;
  const invert = v.startsWith('~');
  if (invert) v = v.slice(1);
  let calls: Set<string>;
  let allowList = cur.allowList;
  if (cur.calls === null) {
    calls = new Set();
    allowList = !invert;
    if (allowList) expand('@default', true, calls);
  } else calls = new Set(cur.calls);
  const add = !invert === allowList;
  for (const w of v.split(/\s+/).filter(Boolean)) expand(w.split(':')[0], add, calls);
  return { calls, allowList };
}

/** A member of `group` (native calls only) that the filter lets through (allow list) or fails to block (deny list). */
export function offendingCall(filter: SyscallFilter, group: string): string | undefined {
  const calls = filter.calls ?? new Set<string>();
  const visit = (g: string, depth: number): string | undefined => {
    for (const m of SYSCALL_GROUPS[g] ?? []) {
      if (m.startsWith('@')) {
        const hit = depth < 8 ? visit(m, depth + 1) : undefined;
        if (hit) return hit;
      } else if (calls.has(m) === filter.allowList) return m;
    }
    return undefined;
  };
  return visit(group, 0);
}
