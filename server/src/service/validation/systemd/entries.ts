// Small queries over a parsed unit shared by the checks, the HA rules and the quick fixes.
import type { SdEntry, SdTree } from '../../parser/systemd/tree';

const INDEX = new WeakMap<SdTree, Map<string, Map<string, SdEntry[]>>>();
const NONE: readonly SdEntry[] = [];

/** Entries of `key` in every [section] of the file (repeated sections count as one), in order. Do not mutate. */
export function entriesOf(tree: SdTree, section: string, key: string): readonly SdEntry[] {
  let index = INDEX.get(tree);
  if (!index) {
    index = new Map();
    for (const s of tree.sections) {
      let keys = index.get(s.name);
      if (!keys) index.set(s.name, (keys = new Map()));
      for (const e of s.entries) {
        const list = keys.get(e.key);
        if (list) list.push(e);
        else keys.set(e.key, [e]);
      }
    }
    INDEX.set(tree, index);
  }
  return index.get(section)?.get(key) ?? NONE;
}

/** The effective value of a single-value directive: the last assignment, or undefined. */
export function lastValue(tree: SdTree, section: string, key: string): string | undefined {
  const all = entriesOf(tree, section, key);
  return all.length ? all[all.length - 1].value : undefined;
}

/** Entries of a list directive that are still in effect: those after the last empty (reset) assignment. */
export function effectiveList(tree: SdTree, section: string, key: string): SdEntry[] {
  const all = entriesOf(tree, section, key);
  let from = 0;
  all.forEach((e, i) => {
    if (e.value === '') from = i + 1;
  });
  return all.slice(from);
}

/** Whitespace-separated words of a value with their offsets inside it. */
export function words(value: string): Array<{ word: string; start: number }> {
  const out: Array<{ word: string; start: number }> = [];
  for (const m of value.matchAll(/\S+/g)) out.push({ word: m[0], start: m.index ?? 0 });
  return out;
}

export function isTrue(v: string | undefined): boolean {
  return v !== undefined && /^(1|yes|y|true|t|on)$/i.test(v);
}

/** The unit name of a file URI or path (`…/foo@.service` → `foo@.service`). */
export function unitNameOf(uri: string): string {
  const base = decodeURIComponent(uri).split(/[\\/]/).pop() ?? '';
  return base;
}
