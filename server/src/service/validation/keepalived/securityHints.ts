// Security hint keepalived -t does not give: scripts run without a global script_user. keepalived then runs
// each script as the user `keepalived_script` when that account exists on the host, and otherwise with the
// uid/gid keepalived itself runs under (root for the packaged service). Best practice: say which user.
import type { KStatement, KTree } from '../../parser/keepalived';
import type { ServiceContext } from '../../types';
import type { DiagnosticSink } from '../rules';
import type { Resolution } from './resolve';
import { child, kw, wordRange } from './util';

/** global_defs { script_user … } in this tree. */
export function hasScriptUser(tree: KTree): boolean {
  return tree.root.some((s) => kw(s) === 'global_defs' && !!child(s, 'script_user'));
}

/**
 * The script names its own user: a notify-style line reads a third word as the user (quote a script that
 * has arguments), while `script` and `misc_path` take the whole line and use `user` in their block.
 */
function ownUser(stmt: KStatement): boolean {
  if (kw(stmt) !== 'script' && kw(stmt) !== 'misc_path' && stmt.words.length > 2) return true;
  return !!stmt.parent?.children.some((c) => kw(c) === 'user' && c.words.length > 1);
}

function scriptUserInWorkspace(ctx: ServiceContext, uri: string): boolean {
  for (const d of ctx.workspace.documents('keepalived')) {
    const tree = d.tree as KTree | null;
    if (d.uri !== uri && tree?.root && hasScriptUser(tree)) return true;
  }
  return false;
}

export function checkScriptUser(tree: KTree, res: Resolution, uri: string, ctx: ServiceContext, sink: DiagnosticSink): void {
  if (!res.scripts.length || hasScriptUser(tree)) return;
  const first = res.scripts.find((s) => s.words[1] && !ownUser(s));
  if (!first || scriptUserInWorkspace(ctx, uri)) return;
  sink.add('keepalived-ha-script-user', wordRange(first.words[0]));
}
