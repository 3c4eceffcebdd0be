// What the cross-file rules need from one keepalived.conf: its VRRP instances (with the words to point at)
// and its vrrp_scripts / vrrp_track_process blocks. Extracted once per parsed tree.
import type { KStatement, KTree, KWord } from '../../parser/keepalived';

export interface VrrpNode {
  readonly uri: string;
  /** global_defs router_id of the file: two files with one router_id are versions of one machine. */
  readonly routerId?: string;
  readonly stmt: KStatement;
  readonly name: KWord;
  readonly vrid?: KWord;
  readonly iface?: KWord;
  readonly state?: KWord;
  readonly priority?: KWord;
  readonly advert?: KWord;
  readonly authType?: KWord;
  readonly authPass?: KWord;
  /** First word of each virtual_ipaddress line (`192.168.1.100/24`). */
  readonly vips: KWord[];
  readonly vipBlock?: KStatement;
  readonly nopreempt?: KWord;
  readonly unicastSrc?: KWord;
  readonly unicastPeers: KWord[];
  readonly unicastBlock?: KStatement;
  /** Names listed in track_script. */
  readonly tracks: KWord[];
  /** Names listed in track_process. */
  readonly trackProcesses: KWord[];
}

export interface VrrpScript {
  readonly name: KWord;
  readonly script?: KWord;
}

export interface KeepalivedFacts {
  readonly nodes: VrrpNode[];
  readonly scripts: Map<string, VrrpScript>;
  /** vrrp_track_process name → the process it watches. */
  readonly processes: Map<string, KWord>;
  /** The command words of notify*, script and misc_path lines at any depth (`"/etc/keepalived/notify.sh MASTER"`). */
  readonly commands: KWord[];
}

const COMMAND = /^(notify(_\w+)?|script|misc_path)$/;

/** First letters of the COMMAND keywords: n(otify…), s(cript), m(isc_path); the regex runs on few lines. */
const maybeCommand = (k: string): boolean => {
  const c = k.charCodeAt(0);
  return c === 110 || c === 115 || c === 109;
};

function commandsOf(list: KStatement[], out: KWord[], depth = 0): KWord[] {
  for (const s of list) {
    if (s.cond) continue;
    const k = kwOf(s);
    if (maybeCommand(k) && COMMAND.test(k) && s.words[1]) out.push(s.words[1]);
    if (s.block && depth < 4) commandsOf(s.block.children, out, depth + 1);
  }
  return out;
}

const kwOf = (s: KStatement): string => s.words[0]?.text ?? '';

/** Statements of a block, conditional (`@host`) lines skipped: their value differs per host. */
function kids(s: KStatement | undefined): KStatement[] {
  return s?.block?.children.filter((c) => !c.cond) ?? [];
}

function first(s: KStatement | undefined, name: string): KStatement | undefined {
  return kids(s).find((c) => kwOf(c) === name);
}

function arg(s: KStatement | undefined, name: string): KWord | undefined {
  return first(s, name)?.words[1];
}

function listed(s: KStatement | undefined, name: string): KWord[] {
  return kids(s)
    .filter((c) => kwOf(c) === name)
    .flatMap((c) => kids(c).map((x) => x.words[0]).filter((w): w is KWord => !!w));
}

function nodeOf(uri: string, s: KStatement, routerId: string | undefined): VrrpNode | undefined {
  const name = s.words[1];
  if (!name || !s.block) return undefined;
  const auth = first(s, 'authentication');
  const vipBlock = first(s, 'virtual_ipaddress');
  const unicastBlock = first(s, 'unicast_peer');
  return {
    uri,
    routerId,
    stmt: s,
    name,
    vrid: arg(s, 'virtual_router_id'),
    iface: arg(s, 'interface'),
    state: arg(s, 'state'),
    priority: arg(s, 'priority'),
    advert: arg(s, 'advert_int'),
    authType: arg(auth, 'auth_type'),
    authPass: arg(auth, 'auth_pass'),
    vips: kids(vipBlock).map((c) => c.words[0]).filter((w): w is KWord => !!w),
    vipBlock,
    nopreempt: first(s, 'nopreempt')?.words[0],
    unicastSrc: arg(s, 'unicast_src_ip'),
    unicastPeers: kids(unicastBlock).map((c) => c.words[0]).filter((w): w is KWord => !!w),
    unicastBlock,
    tracks: listed(s, 'track_script'),
    trackProcesses: listed(s, 'track_process'),
  };
}

const cache = new WeakMap<KTree, KeepalivedFacts>();

export function keepalivedFacts(uri: string, tree: KTree): KeepalivedFacts {
  let f = cache.get(tree);
  if (f) return f;
  const nodes: VrrpNode[] = [];
  const scripts = new Map<string, VrrpScript>();
  const processes = new Map<string, KWord>();
  const globals = (tree.root ?? []).find((s) => !s.cond && kwOf(s) === 'global_defs');
  const routerId = arg(globals, 'router_id')?.text;
  for (const s of tree.root ?? []) {
    if (s.cond) continue;
    const k = kwOf(s);
    if (k === 'vrrp_instance') {
      const n = nodeOf(uri, s, routerId);
      if (n) nodes.push(n);
    } else if (k === 'vrrp_script' && s.words[1]) {
      scripts.set(s.words[1].text, { name: s.words[1], script: arg(s, 'script') });
    } else if (k === 'vrrp_track_process' && s.words[1]) {
      const p = arg(s, 'process');
      if (p) processes.set(s.words[1].text, p);
    }
  }
  // every notify/script line at any depth: read only when the workspace holds scripts to compare with
  let commands: KWord[] | undefined;
  f = {
    nodes,
    scripts,
    processes,
    get commands() {
      return (commands ??= commandsOf(tree.root ?? [], []));
    },
  };
  cache.set(tree, f);
  return f;
}

/** `192.168.1.100/24` → `192.168.1.100`; an address with no prefix stays as it is. */
export function vipAddress(w: KWord): string {
  return w.text.replace(/\/\d+$/, '').toLowerCase();
}
