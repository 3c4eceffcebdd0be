// Script security: keepalived -t exits 6 when scripts it can find on the host run as root without
// enable_script_security. Whether the script exists is host knowledge, so haconf warns.
import type { KTree } from '../../parser/keepalived';
import type { ServiceContext } from '../../types';
import type { DiagnosticSink } from '../rules';
import type { Resolution } from './resolve';
import { wordRange } from './util';
import { hasScriptSecurity, scriptSecurityInWorkspace } from './workspaceNames';

/** Keywords whose value is a script keepalived runs. */
export const SCRIPT_KEYWORDS = new Set([
  'script', 'notify', 'notify_master', 'notify_backup', 'notify_fault', 'notify_stop', 'notify_deleted',
  'notify_master_rx_lower_pri', 'misc_path', 'notify_up', 'notify_down', 'quorum_up', 'quorum_down',
  'startup_script', 'shutdown_script', 'notify_fifo_script', 'vrrp_notify_fifo_script', 'lvs_notify_fifo_script',
]);

export function checkScriptSecurity(tree: KTree, res: Resolution, ctx: ServiceContext, sink: DiagnosticSink): void {
  if (hasScriptSecurity(tree) || scriptSecurityInWorkspace(ctx)) return;
  for (const stmt of res.resolved) {
    const node = res.node(stmt);
    if (!node) continue;
    if (!SCRIPT_KEYWORDS.has(node.name) || node.name === 'script' && node.parent?.name !== 'vrrp_script') continue;
    if (!stmt.words[1]) continue;
    const hasGlobal = tree.root.some((s) => s.words[0]?.text === 'global_defs');
    sink.add('keepalived-script-security', wordRange(stmt.words[0]), [], { data: { hasGlobalDefs: hasGlobal } });
    return;
  }
}
