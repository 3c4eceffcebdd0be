// Script security: keepalived -t exits 6 when scripts it can find on the host run as root without
// enable_script_security. Whether the script exists is host knowledge, so haconf warns.
import type { KTree } from '../../parser/keepalived';
import type { ServiceContext } from '../../types';
import type { DiagnosticSink } from '../rules';
import type { Resolution } from './resolve';
import { wordRange } from './util';
import { hasScriptSecurity, scriptSecurityInWorkspace } from './workspaceNames';


export function checkScriptSecurity(tree: KTree, res: Resolution, ctx: ServiceContext, sink: DiagnosticSink): void {
  if (hasScriptSecurity(tree) || scriptSecurityInWorkspace(ctx)) return;
  for (const stmt of res.scripts) {
    if (!stmt.words[1]) continue;
    const hasGlobal = tree.root.some((s) => s.words[0]?.text === 'global_defs');
    sink.add('keepalived-script-security', wordRange(stmt.words[0]), [], { data: { hasGlobalDefs: hasGlobal } });
    return;
  }
}
