// A virtual_server and its real servers must use the same address family: keepalived skips a real server
// whose family differs (an IPv6 real server under an IPv4 service, or the reverse).
import type { KStatement, KTree } from '../../parser/keepalived';
import type { DiagnosticSink } from '../rules';
import { children, isDynamic, isIP, kw, wordRange } from './util';

// A top-level virtual_server reused from the previous version of a document (parser/keepalived/incremental.ts)
// has the very same words and block: one that raised nothing is not checked again.
const quiet = new WeakSet<KStatement>();

export function checkFamilies(tree: KTree, sink: DiagnosticSink): void {
  for (const vs of tree.root) {
    if (kw(vs) !== 'virtual_server' || !vs.block || quiet.has(vs)) continue;
    if (!checkServer(vs, sink)) quiet.add(vs);
  }
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
