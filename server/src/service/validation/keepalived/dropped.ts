// Weighted tracking keepalived drops: in a vrrp_sync_group (without sync_group_tracking_weight) and on the
// address owner (priority 255), weights cannot change priorities, so keepalived removes weighted
// track_script/track_bfd entries altogether (the check stops counting for that instance), zeroes
// track_interface weights, and ignores track_file weights. keepalived -t reports each one.
import type { KStatement, KTree } from '../../parser/keepalived';
import type { DiagnosticSink } from '../rules';
import { instancesOf } from './instances';
import { child, children, kw, wordRange } from './util';

const syncedCache = new WeakMap<KTree, Map<string, string>>();

/** Instance name -> sync group name, for groups that do not set sync_group_tracking_weight (once per tree). */
export function syncedInstances(tree: KTree): Map<string, string> {
  let out = syncedCache.get(tree);
  if (!out) syncedCache.set(tree, (out = collectSynced(tree)));
  return out;
}

function collectSynced(tree: KTree): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of tree.root) {
    if (kw(g) !== 'vrrp_sync_group' || !g.block || child(g, 'sync_group_tracking_weight')) continue;
    for (const m of children(g, 'group').flatMap((b) => b.block?.children ?? [])) {
      if (m.words[0]) out.set(m.words[0].text, g.words[1]?.text ?? '');
    }
  }
  return out;
}

function scriptWeights(tree: KTree): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of tree.root) {
    if (kw(s) !== 'vrrp_script' || !s.words[1]) continue;
    const w = child(s, 'weight')?.words[1]?.text;
    out.set(s.words[1].text, w && /^[-+]?\d+$/.test(w) ? Number(w) : 0);
  }
  return out;
}

/** The `weight N` of a track entry line, if written. */
function entryWeight(item: KStatement): number | undefined {
  const i = item.words.findIndex((w) => w.text === 'weight');
  const v = i > 0 ? item.words[i + 1]?.text : undefined;
  return v !== undefined && /^[-+]?\d+$/.test(v) ? Number(v) : undefined;
}

export function checkDroppedTracking(tree: KTree, sink: DiagnosticSink): void {
  const synced = syncedInstances(tree);
  const weights = scriptWeights(tree);
  for (const inst of instancesOf(tree)) {
    const name = inst.words[1]?.text ?? '';
    const group = synced.get(name);
    const owner = child(inst, 'priority')?.words[1]?.text === '255';
    if (group === undefined && !owner) continue;
    const why = group !== undefined ? `the instance is in vrrp_sync_group '${group}' (without sync_group_tracking_weight)` : 'the instance is the address owner (priority 255)';
    const entries = (list: string) => children(inst, list).flatMap((b) => b.block?.children ?? []).filter((e) => e.words[0] && !e.cond);
    for (const e of entries('track_script')) {
      const w = entryWeight(e) ?? weights.get(e.words[0].text) ?? 0;
      if (w) sink.add('keepalived-ignored-setting', wordRange(e.words[0]), [`keepalived drops the weighted track_script '${e.words[0].text}' because ${why}: this check no longer affects the instance. Use weight 0 (fault on failure)${group !== undefined ? ' or sync_group_tracking_weight' : ''}.`]);
    }
    for (const e of entries('track_bfd')) {
      if (entryWeight(e)) sink.add('keepalived-ignored-setting', wordRange(e.words[0]), [`keepalived drops the weighted track_bfd '${e.words[0].text}' because ${why}.`]);
    }
    const own = child(inst, 'interface')?.words[1]?.text;
    for (const e of entries('track_interface')) {
      if (entryWeight(e) && e.words[0].text !== own) sink.add('keepalived-ignored-setting', wordRange(e.words[0]), [`keepalived ignores the weight of tracked interface '${e.words[0].text}' because ${why}: a failure faults the instance instead.`]);
    }
    for (const e of entries('track_file')) {
      const w = entryWeight(e);
      if (w === undefined || w !== 0) sink.add('keepalived-ignored-setting', wordRange(e.words[0]), [`keepalived ignores the weight of track_file '${e.words[0].text}' because ${why}${w === undefined || w === 1 ? ' (the default weight is 1: write weight 0)' : ' and drops the entry'}.`]);
    }
  }
}
