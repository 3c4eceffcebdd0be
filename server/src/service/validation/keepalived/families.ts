// A virtual_server and its real servers must use the same address family: keepalived skips a real server
// whose family differs (an IPv6 real server under an IPv4 service, or the reverse).
import type { KStatement, KTree } from '../../parser/keepalived';
import { spliceOf } from '../../parser/keepalived/incremental';
import type { DiagnosticSink } from '../rules';
import { children, isDynamic, isIP, kw, wordRange } from './util';

// A top-level virtual_server outside the reparsed range of an edited document (parser/keepalived/
// incremental.ts) is the very same statement with the same block: one that raised nothing last time is
// not checked again. One byte per stream item and tree (a WeakSet of statements costs the GC more).
const quietByTree = new WeakMap<KTree, Uint8Array>();

export function checkFamilies(tree: KTree, sink: DiagnosticSink): void {
  const quiet = new Uint8Array(tree.stream.length);
  const splice = spliceOf(tree);
  const before = splice && quietByTree.get(splice.from);
  const a = splice ? splice.a : 0;
  const b = splice && splice.b >= 0 ? splice.b : quiet.length;
  for (const vs of tree.root) {
    if (kw(vs) !== 'virtual_server' || !vs.block) continue;
    const id = vs.id;
    if (before && (id < a || id >= b) && before[id]) quiet[id] = 1;
    else if (!checkServer(vs, sink)) quiet[id] = 1;
  }
  quietByTree.set(tree, quiet);
}

/** True when something was reported. */
function checkServer(vs: KStatement, sink: DiagnosticSink): boolean {
  const addr = vs.words[1];
  if (!addr || isDynamic(addr) || !isIP(addr.text)) return false; // fwmark / group: family comes from elsewhere
  const six = addr.text.includes(':');
  let found = false;
  for (const rs of children(vs, 'real_server')) {
    const r = rs.words[1];
    if (!r || isDynamic(r) || !isIP(r.text) || r.text.includes(':') === six) continue;
    found = true;
    sink.add('keepalived-bad-address', wordRange(r), [
      `real_server ${r.text} is ${six ? 'IPv4' : 'IPv6'} but the virtual_server ${addr.text} is ${six ? 'IPv6' : 'IPv4'}: keepalived skips this real server.`,
    ]);
  }
  return found;
}
