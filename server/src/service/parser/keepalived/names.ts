// Named things of a keepalived tree and the places that refer to them: vrrp_script names in track_script,
// vrrp_instance names in a sync group's `group`, and so on. Used by diagnostics, completion and rename.
import type { KStatement, KTree, KWord } from './types';

export type NameKind = 'vrrp_script' | 'vrrp_instance' | 'vrrp_sync_group' | 'vrrp_track_process' | 'track_file' | 'bfd_instance' | 'virtual_server_group';

export interface NamedWord {
  readonly kind: NameKind;
  readonly word: KWord;
  readonly stmt: KStatement;
  /** For navigation only: keepalived itself does not complain when the name is undefined. */
  readonly soft?: true;
}

export interface TreeNames {
  readonly defs: NamedWord[];
  readonly refs: NamedWord[];
}

/** Blocks that define a name (their first argument). */
const DEFINERS: Readonly<Record<string, NameKind>> = {
  vrrp_script: 'vrrp_script',
  vrrp_instance: 'vrrp_instance',
  vrrp_sync_group: 'vrrp_sync_group',
  vrrp_track_process: 'vrrp_track_process',
  track_file: 'track_file',
  vrrp_track_file: 'track_file',
  bfd_instance: 'bfd_instance',
  virtual_server_group: 'virtual_server_group',
};

/** List blocks whose items name something, by `parent/list`. */
const LIST_REFS: Readonly<Record<string, NameKind>> = {
  'vrrp_instance/track_script': 'vrrp_script',
  'vrrp_sync_group/track_script': 'vrrp_script',
  'vrrp_sync_group/group': 'vrrp_instance',
  'vrrp_instance/track_process': 'vrrp_track_process',
  'vrrp_sync_group/track_process': 'vrrp_track_process',
  'vrrp_instance/track_file': 'track_file',
  'vrrp_sync_group/track_file': 'track_file',
  'vrrp_instance/track_bfd': 'bfd_instance',
  'vrrp_sync_group/track_bfd': 'bfd_instance',
  'track_group/group': 'vrrp_instance',
};

const cache = new WeakMap<KTree, TreeNames>();

export function namesOf(tree: KTree): TreeNames {
  let r = cache.get(tree);
  if (!r) {
    r = collect(tree);
    cache.set(tree, r);
  }
  return r;
}

function collect(tree: KTree): TreeNames {
  const defs: NamedWord[] = [];
  const refs: NamedWord[] = [];
  for (const top of tree.root) {
    const kw = top.words[0]?.text ?? '';
    const kind = DEFINERS[kw];
    if (kind && top.words[1] && top.block) defs.push({ kind, word: top.words[1], stmt: top });
    if (top.block && REF_HOLDERS.has(kw)) listRefs(top.block.children, kw, refs);
    if (kw === 'global_defs' && top.block) {
      // lvs_sync_daemon IFNAME INSTANCE [id N] … names the vrrp_instance it follows
      for (const s of top.block.children) {
        if (s.words[0]?.text === 'lvs_sync_daemon' && s.words[2]) refs.push({ kind: 'vrrp_instance', word: s.words[2], stmt: s, soft: true });
      }
    }
    if (kw === 'virtual_server' && top.words[1]?.text === 'group' && top.words[2]) {
      refs.push({ kind: 'virtual_server_group', word: top.words[2], stmt: top, soft: true });
    }
  }
  return { defs, refs };
}

/** Only these blocks hold lists that name things (directly, one level down). */
const REF_HOLDERS = new Set(['vrrp_instance', 'vrrp_sync_group', 'track_group']);

function listRefs(children: readonly KStatement[], parent: string, refs: NamedWord[]): void {
  for (const s of children) {
    if (!s.block) continue;
    const kind = LIST_REFS[`${parent}/${s.words[0]?.text ?? ''}`];
    if (kind) for (const item of s.block.children) if (item.words[0]) refs.push({ kind, word: item.words[0], stmt: item });
  }
}
