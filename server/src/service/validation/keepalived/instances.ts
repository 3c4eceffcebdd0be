// Checks over whole vrrp_instances and the names they use, as keepalived makes them after reading the file:
// missing virtual_router_id / interface / virtual_ipaddress, nopreempt with MASTER, the same VRID twice on
// one interface, and track_script / group entries naming nothing.
import type { KStatement, KTree, NameKind } from '../../parser/keepalived';
import { namesOf } from '../../parser/keepalived';
import type { ServiceContext } from '../../types';
import type { DiagnosticSink } from '../rules';
import { definedInWorkspace } from './workspaceNames';
import { globToRegExp, uriPath } from './includes';
import { child, isDynamic, kw, wordRange } from './util';

const instanceCache = new WeakMap<KTree, KStatement[]>();
export function instancesOf(tree: KTree): KStatement[] {
  let list = instanceCache.get(tree);
  if (!list) {
    list = tree.root.filter((s) => kw(s) === 'vrrp_instance' && s.block);
    instanceCache.set(tree, list);
  }
  return list;
}

function globalFlag(tree: KTree, name: string): KStatement | undefined {
  for (const s of tree.root) if (kw(s) === 'global_defs') { const c = child(s, name); if (c) return c; }
  return undefined;
}

/** A vrrp_script needs a `script` line; keepalived drops the vrrp_script otherwise. */
function checkScriptBlocks(tree: KTree, sink: DiagnosticSink): void {
  for (const s of tree.root) {
    if (kw(s) !== 'vrrp_script' || !s.block) continue;
    // conditional `@host script …` lines count on some host: only a vrrp_script with none at all is empty
    if (!s.block.children.some((c) => kw(c) === 'script')) {
      sink.add('keepalived-empty-script', wordRange(s.words[1] ?? s.words[0]), [s.words[1]?.text ?? '']);
    }
  }
}

export function checkInstances(tree: KTree, sink: DiagnosticSink): void {
  checkScriptBlocks(tree, sink);
  const strictAll = !!globalFlag(tree, 'vrrp_strict');
  const v3All = globalFlag(tree, 'vrrp_version')?.words[1]?.text === '3';
  const hasDefaultIf = !!globalFlag(tree, 'default_interface');
  const seen = new Map<string, KStatement>();
  for (const inst of instancesOf(tree)) {
    const name = inst.words[1]?.text ?? '?';
    const at = wordRange(inst.words[1] ?? inst.words[0]);
    const vrid = child(inst, 'virtual_router_id');
    const iface = child(inst, 'interface');
    if (!vrid) sink.add('keepalived-missing-vrid', at, [name], { data: { openLine: inst.block?.openLine, freeVrid: freeVrid(tree) } });
    if (!iface && !hasDefaultIf) sink.add('keepalived-missing-interface', at, [name]);
    if (!child(inst, 'virtual_ipaddress') && !child(inst, 'virtual_ipaddress_excluded') && !child(inst, 'no_virtual_ipaddress')) {
      const required = strictAll || v3All || !!child(inst, 'strict_mode') || !!child(inst, 'native_ipv6') || child(inst, 'version')?.words[1]?.text === '3';
      sink.add('keepalived-missing-vip', at, [name], required ? { severity: 'error', message: `vrrp_instance '${name}' has no virtual_ipaddress, which keepalived requires with VRRP version 3, IPv6 or strict mode.` } : {});
    }
    const state = child(inst, 'state');
    const nopreempt = child(inst, 'nopreempt');
    if (nopreempt && state?.words[1]?.text === 'MASTER' && !nopreempt.cond && !state.cond) {
      sink.add('keepalived-nopreempt-master', wordRange(nopreempt.words[0]), [], { data: { stateLine: state.line } });
    }
    if (vrid?.words[1] && iface?.words[1] && !inst.cond && !vrid.cond && !iface.cond && !isDynamic(vrid.words[1]) && !isDynamic(iface.words[1])) {
      const key = `${iface.words[1].text}|${Number(vrid.words[1].text)}|${familyOf(inst)}`;
      const prev = seen.get(key);
      if (prev) {
        sink.add('keepalived-duplicate-vrid', wordRange(vrid.words[1]), [prev.words[1]?.text ?? '?', name, vrid.words[1].text, iface.words[1].text], {
          related: [{ location: { uri: '', range: wordRange(prev.words[1] ?? prev.words[0]) }, message: 'first used here' }],
        });
      } else seen.set(key, inst);
    }
  }
}

/** The lowest VRID no instance of this file uses. */
function freeVrid(tree: KTree): number {
  const used = new Set(instancesOf(tree).map((i) => Number(child(i, 'virtual_router_id')?.words[1]?.text)));
  for (let v = 1; v <= 255; v++) if (!used.has(v)) return v;
  return 1;
}

/** IPv6 when the first virtual address is IPv6 (or native_ipv6), else IPv4: keepalived keys VRIDs by family. */
function familyOf(inst: KStatement): string {
  if (child(inst, 'native_ipv6')) return '6';
  const first = child(inst, 'virtual_ipaddress')?.block?.children[0]?.words[0]?.text ?? '';
  return first.includes(':') ? '6' : '4';
}

/** The first include pattern of this file that matches no keepalived file of the workspace. */
function unreadIncludes(tree: KTree, uri: string, ctx: ServiceContext): string | undefined {
  if (!tree.includes.length) return undefined;
  const paths = [...ctx.workspace.documents('keepalived')].filter((d) => d.uri !== uri).map((d) => uriPath(d.uri));
  const dir = uriPath(uri).replace(/[^/]*$/, '');
  for (const inc of tree.includes) {
    const p = inc.words[1]?.text;
    if (!p || isDynamic(inc.words[1])) continue;
    const re = globToRegExp(p.startsWith('/') ? p : dir + p);
    if (!paths.some((x) => re.test(x))) return p;
  }
  return undefined;
}

const REF_LABEL: Readonly<Record<NameKind, string>> = {
  vrrp_script: 'vrrp_script',
  vrrp_instance: 'vrrp_instance',
  vrrp_sync_group: 'vrrp_sync_group',
  vrrp_track_process: 'vrrp_track_process',
  track_file: 'track_file',
  bfd_instance: 'bfd_instance',
  virtual_server_group: 'virtual_server_group',
};

export function checkReferences(tree: KTree, uri: string, ctx: ServiceContext, sink: DiagnosticSink): void {
  const { defs, refs } = namesOf(tree);
  const local = new Set(defs.map((d) => `${d.kind}|${d.word.text}`));
  const others = [...ctx.workspace.documents('keepalived')].some((d) => d.uri !== uri);
  const unread = unreadIncludes(tree, uri, ctx);
  // an include haconf could not read may define the name: then it is only a warning
  const where = (others ? ' in this file or the workspace' : ' in this file') + (unread ? ` (the file includes '${unread}', which haconf has not read)` : '');
  const opts = (data: unknown) => (unread ? { data, severity: 'warning' as const } : { data });
  for (const r of refs) {
    if (r.soft || isDynamic(r.word) || local.has(`${r.kind}|${r.word.text}`) || definedInWorkspace(ctx, r.kind, r.word.text)) continue;
    if (r.kind === 'vrrp_script') {
      sink.add('keepalived-undefined-script', wordRange(r.word), [r.word.text, where], opts({ name: r.word.text }));
    } else {
      sink.add('keepalived-undefined-reference', wordRange(r.word), [REF_LABEL[r.kind], r.word.text, where], opts({ kind: r.kind, name: r.word.text }));
    }
  }
}
