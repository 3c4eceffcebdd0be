// Settings keepalived accepts but then ignores or changes, saying so when it reads the file (so
// `keepalived -t` exits non-zero, though keepalived runs): one warning code, one message each.
import type { KStatement, KTree } from '../../parser/keepalived';
import type { DiagnosticSink } from '../rules';
import { instancesOf } from './instances';
import { child, children, isDynamic, kw, wordRange } from './util';

function globalValue(tree: KTree, name: string): string | undefined {
  for (const s of tree.root) if (kw(s) === 'global_defs') { const c = child(s, name); if (c) return c.words[1]?.text ?? ''; }
  return undefined;
}

export function checkAdjusted(tree: KTree, sink: DiagnosticSink): void {
  const v3Global = globalValue(tree, 'vrrp_version') === '3';
  for (const inst of instancesOf(tree)) checkInstance(inst, v3Global, sink);
  for (const s of tree.root) {
    if (kw(s) === 'virtual_server' && s.words[1]?.text === 'fwmark') {
      const proto = child(s, 'protocol');
      if (proto) sink.add('keepalived-ignored-setting', wordRange(proto.words[0]), ['protocol is ignored for a fwmark virtual_server (the firewall mark selects the packets).']);
    }
    if (kw(s) === 'vrrp_sync_group') {
      const members = children(s, 'group').flatMap((g) => g.block?.children ?? []).filter((m) => !m.cond);
      if (members.length === 1 && !members[0].words.some(isDynamic)) {
        sink.add('keepalived-ignored-setting', wordRange(s.words[1] ?? s.words[0]), [`sync group '${s.words[1]?.text ?? ''}' has only one instance, so it synchronises nothing.`]);
      }
    }
  }
}

function checkInstance(inst: KStatement, v3Global: boolean, sink: DiagnosticSink): void {
  const version = child(inst, 'version')?.words[1]?.text;
  const v2 = version ? version === '2' : !v3Global;
  const adv = child(inst, 'advert_int')?.words[1];
  const advN = adv ? Number(adv.text) : NaN;
  if (v2 && adv && /^\d*\.\d+$/.test(adv.text) && advN % 1 !== 0 && advN >= 0.01 && advN <= 255) {
    sink.add('keepalived-ignored-setting', wordRange(adv), [`VRRP version 2 adverts carry whole seconds: advert_int ${adv.text} is rounded.`]);
  }
  const nopreempt = child(inst, 'nopreempt');
  const delay = child(inst, 'preempt_delay');
  if (nopreempt && delay && !nopreempt.cond && !delay.cond) {
    sink.add('keepalived-ignored-setting', wordRange(delay.words[0]), ['preempt_delay has no effect with nopreempt: keepalived resets it.']);
  }
  const iface = child(inst, 'interface')?.words[1]?.text;
  if (iface && !iface.includes('$')) {
    for (const t of children(inst, 'track_interface').flatMap((b) => b.block?.children ?? [])) {
      if (t.words[0]?.text === iface) sink.add('keepalived-ignored-setting', wordRange(t.words[0]), [`tracking ${iface} is ignored: it is the instance's own interface, which is always tracked.`]);
    }
  }
  const firstVip = child(inst, 'virtual_ipaddress')?.block?.children[0]?.words[0]?.text ?? '';
  const v3 = version === '3' || (!version && v3Global) || firstVip.includes(':') || !!child(inst, 'native_ipv6');
  const authBlock = child(inst, 'authentication');
  if (v3 && authBlock) {
    sink.add('keepalived-ignored-setting', wordRange(authBlock.words[0]), ['VRRP version 3 (always used for IPv6) has no authentication: keepalived ignores this block.']);
  }
  const unicast = ['unicast_src_ip', 'check_unicast_src', 'old_unicast_checksum', 'unicast_peer'].map((k) => child(inst, k)).find((s) => s);
  const peers = children(inst, 'unicast_peer').flatMap((b) => b.block?.children ?? []);
  if (unicast && !peers.length && !child(inst, 'unicast_fault_no_peer')) {
    sink.add('keepalived-deprecated', wordRange(unicast.words[0]), [
      `'${unicast.words[0].text}' without any unicast_peer (keepalived falls back to multicast)`,
      'unicast_peer { … } with the other nodes\' addresses, or drop the unicast keywords',
    ]);
  }
  const state = child(inst, 'state')?.words[1]?.text;
  const auth = child(inst, 'authentication');
  const type = auth && child(auth, 'auth_type')?.words[1]?.text;
  const prio = child(inst, 'priority')?.words[1]?.text;
  if (state === 'MASTER' && type === 'AH' && prio !== '255') {
    sink.add('keepalived-ignored-setting', wordRange(child(inst, 'state')!.words[1]), ['With AH authentication keepalived does not start as MASTER (it needs an advert first): state MASTER is cleared.']);
  }
}
