// HA best-practice warnings keepalived -t does not give: tracking weights too small to move the master
// role, weight 0, tracking on the address owner, clear-text PASS auth, scripts haconf cannot find, and
// vrrp_scripts that fail over faster than the checked service can restart.
import type { KStatement, KTree } from '../../parser/keepalived';
import type { ServiceContext } from '../../types';
import type { DiagnosticSink } from '../rules';
import { syncedInstances } from './dropped';
import { instancesOf } from './instances';
import { child, children, isDynamic, kw, wordRange } from './util';
import { peerPriorities, priorityVariants } from './peers';
import { checkScriptTiming } from './scriptTiming';
import type { Resolution } from './resolve';

interface ScriptInfo {
  stmt: KStatement;
  weight: number;
}

function scriptsOf(tree: KTree): Map<string, ScriptInfo> {
  const out = new Map<string, ScriptInfo>();
  for (const s of tree.root) {
    if (kw(s) !== 'vrrp_script' || !s.words[1]) continue;
    const w = child(s, 'weight')?.words[1];
    out.set(s.words[1].text, { stmt: s, weight: w && /^-?\d+$/.test(w.text) ? Number(w.text) : 0 });
  }
  return out;
}

export function checkHa(tree: KTree, res: Resolution, uri: string, ctx: ServiceContext, sink: DiagnosticSink): void {
  const scripts = scriptsOf(tree);
  for (const inst of instancesOf(tree)) checkInstance(tree, inst, scripts, uri, ctx, sink);
  for (const s of tree.root) {
    if (kw(s) !== 'vrrp_instance') continue;
    const auth = child(s, 'authentication');
    const type = auth && child(auth, 'auth_type');
    if (type?.words[1]?.text === 'PASS') sink.add('keepalived-ha-pass-auth', wordRange(type.words[1]));
  }
  for (const s of tree.root) if (kw(s) === 'vrrp_script') checkScriptTiming(s, ctx, sink);
  checkScriptPaths(res, ctx, sink);
}

function checkInstance(tree: KTree, inst: KStatement, scripts: Map<string, ScriptInfo>, uri: string, ctx: ServiceContext, sink: DiagnosticSink): void {
  const tracks = children(inst, 'track_script').flatMap((t) => t.block?.children ?? []);
  const prio = child(inst, 'priority');
  if (prio?.words[1]?.text === '255' && tracks.length) {
    sink.add('keepalived-ha-owner-tracking', wordRange(prio.words[1]), [tracks[0].words[0].text]);
    return; // weights are dropped on the owner (keepalived reports it): no gap to reason about
  }
  if (syncedInstances(tree).has(inst.words[1]?.text ?? '')) return; // weights dropped in a sync group
  const own = priorityVariants(inst);
  const peers = peerPriorities(inst, tree, uri, ctx);
  for (const t of tracks) {
    const name = t.words[0];
    if (!name || isDynamic(name)) continue;
    const wi = t.words.findIndex((w) => w.text === 'weight');
    const override = wi > 0 ? t.words[wi + 1] : undefined;
    const weight = override && /^-?\d+$/.test(override.text) ? Number(override.text) : scripts.get(name.text)?.weight;
    if (weight === undefined) continue;
    const weightWord = override ?? child(scripts.get(name.text)?.stmt ?? inst, 'weight')?.words[1];
    if (weight === 0) {
      if (weightWord?.text === '0') sink.add('keepalived-ha-weight-zero', wordRange(override ?? name), [name.text]);
      continue;
    }
    // the node with the highest priority must drop below the next one when the check fails
    const all = [...own, ...peers.map((p) => p.priority)].sort((a, b) => b - a);
    if (all.length < 2) continue;
    const gap = all[0] - all[1];
    if (Math.abs(weight) <= gap) {
      const peer = peers.length ? ` (peer${peers[0].where ? ` in ${peers[0].where}` : ''})` : '';
      sink.add('keepalived-ha-weight-gap', wordRange(override ?? name), [
        `When '${name.text}' fails, weight ${weight} changes the priority by ${Math.abs(weight)}, but the priorities ${all[0]} and ${all[1]}${peer} are ${gap} apart: the master keeps the addresses. Use a weight larger than ${gap}.`,
      ], { data: { suggested: String(weight < 0 ? -(gap + 1) : gap + 1), ...(weightWord ? { weightRange: wordRange(weightWord) } : {}) } });
    }
  }
}

function checkScriptPaths(res: Resolution, ctx: ServiceContext, sink: DiagnosticSink): void {
  for (const s of res.scripts) {
    const w = s.words[1];
    if (!w || isDynamic(w)) continue;
    // a bare command is looked up on PATH and an absolute path is host knowledge: only a relative
    // path (which depends on keepalived's working directory) is worth a warning when no file matches
    const path = w.text.trim().split(/\s+/)[0];
    if (!RELATIVE_PATH.test(path) || knownInWorkspace(ctx, path)) continue;
    sink.add('keepalived-ha-missing-script', wordRange(w), [path]);
  }
}

/** `dir/script.sh`, `./x`: relative, with a folder, and no shell syntax. */
const RELATIVE_PATH = /^[A-Za-z0-9_.][\w.-]*\/[\w./-]*[\w-]$/;

function knownInWorkspace(ctx: ServiceContext, path: string): boolean {
  for (const d of ctx.workspace.documents()) if (d.uri.endsWith(`/${path}`)) return true;
  return false;
}
