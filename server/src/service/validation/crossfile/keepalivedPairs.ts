// Checks across the nodes of one VRRP router (its instances in different keepalived files): the settings that
// must agree (VRID, VIPs, authentication, advert_int), priorities, nopreempt and unicast peers.
import type { KWord } from '../../parser/keepalived';
import type { VrrpNode } from '../../workspace/facts/keepalived';
import { fileName, Finding, Fix, kRange } from './finding';

type Pick = (n: VrrpNode) => KWord | undefined;

/**
 * The nodes of a router, one per machine: one per file, and files with the same global router_id count as
 * versions of one machine (a config and its variant), not as two nodes.
 */
function perFile(router: VrrpNode[]): VrrpNode[] {
  const seen = new Set<string>();
  return router.filter((n) => {
    const keys = [n.uri, n.routerId ? `router_id ${n.routerId}` : ''].filter(Boolean);
    if (keys.some((k) => seen.has(k))) return false;
    keys.forEach((k) => seen.add(k));
    return true;
  });
}

const where = (n: VrrpNode): string => `${n.name.text} in ${fileName(n.uri)}`;

/** A setting that must be equal on every node: reported on each node that differs from another. */
function same(nodes: VrrpNode[], code: string, label: string, pick: Pick, dflt: string | undefined, secret = false, out: Finding[] = []): Finding[] {
  const value = (n: VrrpNode): string | undefined => {
    const v = pick(n)?.text ?? dflt;
    return v !== undefined && /^\d+(\.\d+)?$/.test(v) ? String(Number(v)) : secret ? v?.slice(0, 8) : v;
  };
  for (const n of nodes) {
    const mine = value(n);
    const others = nodes.filter((o) => o !== n && value(o) !== mine);
    if (!others.length) continue;
    const at = pick(n) ?? n.name;
    const show = (v: string | undefined) => (v === undefined ? 'none' : secret ? 'a different value' : v);
    const mineWord = pick(n);
    out.push({
      uri: n.uri,
      range: kRange(at),
      code,
      message: `${label} ${secret ? 'differs from' : `is ${show(mine)} here but ${others.map((o) => `${show(value(o))} on ${where(o)}`).join(', ')}`}${secret ? ` the one of ${others.map(where).join(', ')}` : ''}: every node of one VRRP router must use the same ${label}.`,
      related: others.map((o) => ({ uri: o.uri, range: kRange(pick(o) ?? o.name), message: `${label} of ${where(o)}` })),
      fixes: mineWord
        ? others
            .filter((o) => pick(o))
            .map((o) => ({ title: `Use this ${label} (${secret ? '…' : mineWord.text}) in ${fileName(o.uri)}`, edits: [{ uri: o.uri, range: kRange(pick(o)!), newText: mineWord.quoted ? `"${mineWord.text}"` : mineWord.text }] }))
        : [],
    });
  }
  return out;
}

function vipKey(n: VrrpNode): string {
  return n.vips
    .map((w) => (w.text.includes('/') ? w.text : `${w.text}/${w.text.includes(':') ? 128 : 32}`).toLowerCase())
    .sort()
    .join(' ');
}

/** Replace the lines inside `to`'s virtual_ipaddress block by `from`'s entries (blocks spanning lines only). */
function vipFix(from: VrrpNode, to: VrrpNode): Fix[] {
  const src = from.vipBlock?.block;
  const dst = to.vipBlock?.block;
  if (!src || !dst || dst.closeLine === undefined || dst.closeLine <= dst.openLine || src.children.some((c) => c.line === src.openLine || c.line === src.closeLine)) return [];
  const indent = ' '.repeat(dst.children[0]?.words[0]?.start ?? dst.openChar + 4);
  const lines = src.children.map((c) => indent + c.words.map((w) => (w.quoted ? `"${w.text}"` : w.text)).join(' ') + '\n');
  const range = { start: { line: dst.openLine + 1, character: 0 }, end: { line: dst.closeLine, character: 0 } };
  return [{ title: `Use these virtual addresses in ${fileName(to.uri)}`, edits: [{ uri: to.uri, range, newText: lines.join('') }] }];
}

function vips(nodes: VrrpNode[], out: Finding[]): void {
  for (const n of nodes) {
    const others = nodes.filter((o) => o !== n && vipKey(o) !== vipKey(n));
    if (!others.length) continue;
    const at = n.vipBlock?.words[0] ?? n.name;
    out.push({
      uri: n.uri,
      range: kRange(at),
      code: 'ha-vip-mismatch',
      message: `virtual_ipaddress is [${vipKey(n) || 'none'}] here but ${others.map((o) => `[${vipKey(o) || 'none'}] on ${where(o)}`).join(', ')}: after a failover the other node would hold different addresses.`,
      related: others.map((o) => ({ uri: o.uri, range: kRange(o.vipBlock?.words[0] ?? o.name), message: `virtual_ipaddress of ${where(o)}` })),
      fixes: others.flatMap((o) => vipFix(n, o)),
    });
  }
}

const prio = (n: VrrpNode): number => (n.priority && /^\d+$/.test(n.priority.text) ? Number(n.priority.text) : 100);

function priorities(nodes: VrrpNode[], out: Finding[]): void {
  for (const n of nodes) {
    const at = n.priority ?? n.name;
    const clash = nodes.filter((o) => o !== n && prio(o) === prio(n));
    if (clash.length) {
      out.push({
        uri: n.uri,
        range: kRange(at),
        code: 'ha-priority-clash',
        message: `priority ${prio(n)} is also the priority of ${clash.map(where).join(', ')}: keepalived then elects the node with the higher IP address. Give every node its own priority.`,
        related: clash.map((o) => ({ uri: o.uri, range: kRange(o.priority ?? o.name), message: `priority of ${where(o)}` })),
      });
    }
    if (n.state?.text !== 'MASTER') continue;
    const higher = nodes.filter((o) => o !== n && prio(o) > prio(n));
    for (const [x, others] of [[n, higher], ...higher.map((h) => [h, [n]] as const)] as const) {
      if (!others.length) continue;
      out.push({
        uri: x.uri,
        range: kRange(x.priority ?? x.state ?? x.name),
        code: 'ha-master-priority',
        message: `${where(n)} starts as MASTER with priority ${prio(n)}, but ${higher.map((h) => `${where(h)} has ${prio(h)}`).join(', ')}: the MASTER node must have the highest priority, or the roles flip as soon as both run.`,
        related: others.map((o) => ({ uri: o.uri, range: kRange(o.priority ?? o.state ?? o.name), message: `priority of ${where(o)}` })),
      });
    }
  }
}

function nopreempt(nodes: VrrpNode[], out: Finding[]): void {
  const masters = nodes.filter((n) => n.state?.text === 'MASTER');
  for (const n of nodes.filter((x) => x.nopreempt)) {
    const others = masters.filter((m) => m.uri !== n.uri);
    if (!others.length) continue;
    const msg = `nopreempt on ${where(n)} only works when every node starts as BACKUP, but ${others.map(where).join(', ')} starts as MASTER.`;
    out.push({
      uri: n.uri,
      range: kRange(n.nopreempt!),
      code: 'ha-nopreempt-master',
      message: msg,
      related: others.map((m) => ({ uri: m.uri, range: kRange(m.state!), message: `state of ${where(m)}` })),
      fixes: [{ title: 'Start every node as BACKUP', edits: others.map((m) => ({ uri: m.uri, range: kRange(m.state!), newText: 'BACKUP' })) }],
    });
    for (const m of others) {
      out.push({ uri: m.uri, range: kRange(m.state!), code: 'ha-nopreempt-master', message: msg, related: [{ uri: n.uri, range: kRange(n.nopreempt!), message: `nopreempt of ${where(n)}` }], fixes: [{ title: 'Start as BACKUP', edits: [{ uri: m.uri, range: kRange(m.state!), newText: 'BACKUP' }] }] });
    }
  }
}

function unicast(nodes: VrrpNode[], out: Finding[]): void {
  if (!nodes.some((n) => n.unicastPeers.length)) return;
  for (const n of nodes) {
    for (const o of nodes) {
      if (o === n) continue;
      const at = n.unicastBlock?.words[0] ?? n.name;
      if (!n.unicastPeers.length) {
        out.push({ uri: n.uri, range: kRange(at), code: 'ha-unicast-asymmetric', message: `${where(n)} has no unicast_peer and sends multicast adverts, but ${where(o)} sends unicast: the two never hear each other, and both become MASTER.`, related: [{ uri: o.uri, range: kRange(o.unicastBlock?.words[0] ?? o.name), message: `unicast_peer of ${where(o)}` }] });
        continue;
      }
      const src = o.unicastSrc;
      if (!src || n.unicastPeers.some((p) => p.text === src.text)) continue;
      const block = n.unicastBlock?.block;
      const indent = n.unicastPeers[0]?.start ?? 8;
      const fixes = block?.closeLine !== undefined && block.closeLine > block.openLine
        ? [{ title: `Add ${src.text} to unicast_peer of ${where(n)}`, edits: [{ uri: n.uri, range: { start: { line: block.closeLine, character: 0 }, end: { line: block.closeLine, character: 0 } }, newText: `${' '.repeat(indent)}${src.text}\n` }] }]
        : [];
      out.push({
        uri: n.uri,
        range: kRange(at),
        code: 'ha-unicast-asymmetric',
        message: `unicast_peer of ${where(n)} does not list ${src.text}, the unicast_src_ip of ${where(o)}: adverts from that node are dropped.`,
        related: [{ uri: o.uri, range: kRange(src), message: `unicast_src_ip of ${where(o)}` }],
        fixes,
      });
      // and in the other node's file, at the address that is missing
      out.push({ uri: o.uri, range: kRange(src), code: 'ha-unicast-asymmetric', message: `${where(n)} does not list this unicast_src_ip (${src.text}) in its unicast_peer: adverts from this node are dropped there.`, related: [{ uri: n.uri, range: kRange(at), message: `unicast_peer of ${where(n)}` }], fixes });
    }
  }
}

/** Every pair check on one router. */
export function checkRouter(router: VrrpNode[]): Finding[] {
  const nodes = perFile(router);
  if (nodes.length < 2) return [];
  const out: Finding[] = [];
  same(nodes, 'ha-vrid-mismatch', 'virtual_router_id', (n) => n.vrid, undefined, false, out);
  vips(nodes, out);
  same(nodes, 'ha-auth-mismatch', 'auth_type', (n) => n.authType, undefined, false, out);
  same(nodes, 'ha-auth-mismatch', 'auth_pass', (n) => n.authPass, undefined, true, out);
  same(nodes, 'ha-advert-mismatch', 'advert_int', (n) => n.advert, '1', false, out);
  priorities(nodes, out);
  nopreempt(nodes, out);
  unicast(nodes, out);
  return out;
}
