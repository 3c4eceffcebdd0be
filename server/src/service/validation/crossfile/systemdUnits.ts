// systemd ↔ the rest of the workspace: units named in dependency settings exist (in the workspace or as
// well-known system units), and the After=/Before= ordering of the workspace's units has no cycle.
import type { SystemdFacts, UnitRef } from '../../workspace/facts/systemd';
import { fileName, Finding } from './finding';
import { isKnownSystemUnit } from './knownUnits';

const STRONG = new Set(['Requires', 'BindsTo', 'Requisite', 'OnFailure', 'OnSuccess', 'Upholds']);

/** `foo@bar.service`, `foo@%n.service` → `foo@.service`; specifiers elsewhere make a name unknowable. */
function templateOf(name: string): string | undefined {
  const m = /^([^@]+)@[^.]*(\.[a-z]+)$/.exec(name);
  return m ? `${m[1]}@${m[2]}` : undefined;
}

function exists(name: string, units: Map<string, string[]>): boolean {
  if (units.has(name) || isKnownSystemUnit(name)) return true;
  const t = templateOf(name);
  return !!t && (units.has(t) || isKnownSystemUnit(t));
}

export function checkUnitRefs(uri: string, f: SystemdFacts, units: Map<string, string[]>): Finding[] {
  const out: Finding[] = [];
  for (const r of f.refs) {
    if (r.name.includes('%') && !templateOf(r.name)) continue;
    if (!/\.[a-z]+$/.test(r.name) || exists(r.name, units)) continue;
    out.push({
      uri,
      range: r.range,
      code: 'ha-unknown-unit',
      message: `${r.key}=${r.name}: no unit of that name is in the workspace, and it is not a well-known system unit.${STRONG.has(r.key) ? ' Without it on the host this unit fails to start.' : ' systemd ignores the ordering when the unit does not exist.'}`,
      related: [],
    });
  }
  return out;
}

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly uri: string;
  readonly ref: UnitRef;
}

/** Ordering cycles among the workspace's units (Tarjan's strongly connected components), in every file involved. */
export function checkOrderingCycles(systemd: Map<string, SystemdFacts>): Finding[] {
  const edges = new Map<string, Edge[]>();
  const add = (e: Edge) => edges.set(e.from, [...(edges.get(e.from) ?? []), e]);
  const names = new Set([...systemd.values()].map((f) => f.unit).filter(Boolean));
  for (const [uri, f] of systemd) {
    if (!f.unit) continue;
    for (const r of f.refs) {
      if (!names.has(r.name) || r.name === f.unit) continue;
      // `A: After=B` means B starts first (B → A); `A: Before=B` means A → B
      if (r.key === 'After') add({ from: r.name, to: f.unit, uri, ref: r });
      else if (r.key === 'Before') add({ from: f.unit, to: r.name, uri, ref: r });
    }
  }
  const out: Finding[] = [];
  for (const scc of components(names, edges)) {
    if (scc.size < 2) continue;
    const inCycle = [...scc].flatMap((n) => (edges.get(n) ?? []).filter((e) => scc.has(e.to)));
    const chain = [...scc].sort().join(', ');
    for (const e of inCycle) {
      out.push({
        uri: e.uri,
        range: e.ref.range,
        code: 'ha-ordering-cycle',
        message: `${e.ref.key}=${e.ref.name} closes an ordering cycle between ${chain}: systemd breaks it at boot by dropping a start job, so one of them may not start.`,
        related: inCycle.filter((o) => o !== e).map((o) => ({ uri: o.uri, range: o.ref.range, message: `${o.ref.key}=${o.ref.name} in ${fileName(o.uri)}` })),
      });
    }
  }
  return out;
}

function components(nodes: Set<string>, edges: Map<string, Edge[]>): Array<Set<string>> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: Array<Set<string>> = [];
  let next = 0;
  // iterative Tarjan, so deep chains cannot overflow the call stack
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: Array<[string, number]> = [[root, 0]];
    while (work.length) {
      const top = work[work.length - 1];
      const [v, i] = top;
      if (i === 0) {
        index.set(v, next);
        low.set(v, next++);
        stack.push(v);
        onStack.add(v);
      }
      const es = edges.get(v) ?? [];
      if (i < es.length) {
        top[1]++;
        const w = es[i].to;
        if (!index.has(w)) work.push([w, 0]);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const p = work[work.length - 1][0];
        low.set(p, Math.min(low.get(p)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const scc = new Set<string>();
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          scc.add(w);
        } while (w !== v);
        out.push(scc);
      }
    }
  }
  return out;
}
