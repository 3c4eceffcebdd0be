// The previous parse of each uri, so the next version reuses what did not change: line offsets, directive
// objects, and (through previousTree) the per-directive caches of the checks. Bounded: the most recently
// parsed uris only, each held only as long as its tree is.
import type { Directive, HaproxyTree } from './types';

export interface ParseState {
  /** The text as parsed (BOM replaced). */
  readonly body: string;
  /** Offset of each line in `body`. */
  readonly starts: Int32Array;
  /** Lexer problems of the lines that have some, by line. */
  readonly lineErrors: ReadonlyMap<number, ReadonlyArray<[number, number, string]>>;
  /** The directives (headers included) by id, hence by line. */
  readonly byId: readonly Directive[];
  readonly tree: HaproxyTree;
}

const MAX_URIS = 16;
/** uri → its last parse, held weakly: the state lives as long as its tree (kept by whoever holds the tree). */
const states = new Map<string, WeakRef<ParseState>>();
const stateOf = new WeakMap<HaproxyTree, ParseState>();
/** A tree → the tree of the version before it (one step only: older links are dropped). */
const previous = new WeakMap<HaproxyTree, HaproxyTree>();

export function previousParse(uri: string): ParseState | undefined {
  return states.get(uri)?.deref();
}

export function rememberParse(uri: string, state: ParseState): void {
  const old = previousParse(uri);
  if (old && old.tree !== state.tree) {
    previous.delete(old.tree);
    previous.set(state.tree, old.tree);
  }
  stateOf.set(state.tree, state);
  states.delete(uri);
  states.set(uri, new WeakRef(state));
  if (states.size > MAX_URIS) {
    const oldest = states.keys().next().value as string;
    const dropped = states.get(oldest)?.deref();
    if (dropped) previous.delete(dropped.tree);
    states.delete(oldest);
  }
}

/** Directives of a tree by id (headers included), recorded by the parser. */
const byId = new WeakMap<HaproxyTree, readonly Directive[]>();

export function recordDirectives(tree: HaproxyTree, directives: readonly Directive[]): void {
  byId.set(tree, directives);
}

/**
 * The previous version of `tree` (same uri, while `tree` is the latest) and a test of whether a directive of
 * `tree` is shared with it (same object, hence same id and words), so a value computed for it there can be
 * reused: `prevCache[d.id]`.
 */
export function previousTree(tree: HaproxyTree): { tree: HaproxyTree; shared(d: Directive): boolean } | undefined {
  const prev = previous.get(tree);
  const prevById = prev && byId.get(prev);
  if (!prev || !prevById) return undefined;
  return { tree: prev, shared: (d) => prevById[d.id] === d };
}

/** Same directive objects in the same order: the parser keeps a directive object only for an unchanged line at
 *  the same place, so a section whose lines all compare equal here is unchanged since the version checked. */
export function sameDirectives(a: readonly Directive[], b: readonly Directive[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
