// SystemCallFilter= as systemd 252 builds it: the first assignment decides allow list or deny list (an allow list
// starts with the @default group); later assignments of the same kind add calls, of the other kind remove them;
// an empty assignment resets. Groups expand recursively; `:errno`/`:kill` suffixes are dropped.
import { SYSCALL_GROUPS } from './syscallGroups';

export interface SyscallFilter {
  /** null while no filter is set. */
  readonly calls: ReadonlySet<string> | null;
  readonly allowList: boolean;
  /** The assignment applied last: repeating it changes nothing. */
  readonly last?: string;
}

export const NO_FILTER: SyscallFilter = { calls: null, allowList: false };

/** Every call a name stands for: itself, or a group's members expanded recursively (memoised per known group). */
const flat = new Map<string, readonly string[]>();
function callsOf(name: string, depth = 0): readonly string[] {
  if (!name.startsWith('@')) return [name];
  const hit = flat.get(name);
  if (hit) return hit;
  const members = SYSCALL_GROUPS[name];
  if (!members) return []; // unknown groups are ignored
  const out = depth > 8 ? [] : members.flatMap((m) => callsOf(m, depth + 1));
  flat.set(name, out);
  return out;
}

/** Apply one assignment. The filter's set is private to one collection run, so it is changed in place. */
export function applySyscallFilter(cur: SyscallFilter, value: string): SyscallFilter {
  if (value === '') return NO_FILTER;
  if (cur.calls !== null && cur.last === value) return cur;
  let v = value;
  const invert = v.startsWith('~');
  if (invert) v = v.slice(1);
  let calls = cur.calls as Set<string> | null;
  let allowList = cur.allowList;
  if (calls === null) {
    calls = new Set();
    allowList = !invert;
    if (allowList) for (const c of callsOf('@default')) calls.add(c);
  }
  const add = !invert === allowList;
  for (const w of v.split(/\s+/)) {
    if (!w) continue;
    for (const c of callsOf(w.split(':')[0])) add ? calls.add(c) : calls.delete(c);
  }
  return { calls, allowList, last: value };
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
