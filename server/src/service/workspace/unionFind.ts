// Disjoint sets over dense integer ids, for grouping instances and files (near-linear).
export class UnionFind {
  private readonly parent: number[] = [];

  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }

  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[x] !== r) {
      const next = this.parent[x];
      this.parent[x] = r;
      x = next;
    }
    return r;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** Members of each set, sets in order of their smallest member. */
  groups(): number[][] {
    const by = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      let g = by.get(r);
      if (!g) by.set(r, (g = []));
      g.push(i);
    }
    return [...by.values()];
  }
}

/** Union every pair of ids that share a key: one union per id, not per pair. */
export function unionByKey(uf: UnionFind, pairs: Iterable<[string, number]>): void {
  const firstOf = new Map<string, number>();
  for (const [key, id] of pairs) {
    const f = firstOf.get(key);
    if (f === undefined) firstOf.set(key, id);
    else uf.union(f, id);
  }
}
