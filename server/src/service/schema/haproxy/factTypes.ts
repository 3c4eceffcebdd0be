// Shapes of the generated haproxy keyword facts (see scripts/data/haproxy-refresh.mjs).

/** [bitmask of versions, fact] when every version agrees, else one entry per version (null = absent). */
export type VersionedFact = readonly [number, string] | ReadonlyArray<string | null>;
export type VersionedFacts = Readonly<Record<string, VersionedFact>>;
export type SectionFacts = Readonly<Record<string, VersionedFacts>>;

export interface BindServerFacts {
  readonly bind: VersionedFacts;
  readonly server: VersionedFacts;
}

export interface SampleFacts {
  readonly converters: VersionedFacts;
  readonly fetches: VersionedFacts;
  readonly acls: VersionedFacts;
}

/** The fact for version index `vi`, or null when that version lacks the name. */
export function factAt(f: VersionedFact, vi: number): string | null {
  if (typeof f[0] === 'number') return (f[0] & (1 << vi)) !== 0 ? (f[1] as string) : null;
  return (f as ReadonlyArray<string | null>)[vi] ?? null;
}

/** Bitmask of the versions that have the name. */
export function versionMask(f: VersionedFact): number {
  if (typeof f[0] === 'number') return f[0];
  return (f as ReadonlyArray<string | null>).reduce<number>((m, x, i) => (x === null ? m : m | (1 << i)), 0);
}
