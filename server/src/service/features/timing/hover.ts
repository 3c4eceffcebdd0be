// Hovers that show timing where the config is written: the stack view on a VIP (keepalived.conf), the instance's
// master-down time on `vrrp_instance`, a server's DOWN/UP times on an HAProxy `server` line, and a service's restart
// timing on its Restart=/RestartSec=/StartLimit*= lines. The lead wires these into the dialects' hovers; everything
// comes from the workspace index.
import type { Hover, Position } from 'vscode-languageserver-types';
import type { HaproxyTree } from '../../parser/haproxy/types';
import { sectionAt } from '../../parser/haproxy/model';
import type { KStatement, KTree } from '../../parser/keepalived/types';
import type { SdTree } from '../../parser/systemd/tree';
import type { ParsedDocument, ServiceContext } from '../../types';
import { serverTimings } from './haproxy';
import type { ServerTiming } from './haproxy';
import { vrrpTimings } from './keepalived';
import { stackSummary } from './stack';
import { stackMarkdown } from './summary';
import { unitTiming } from './unit';
import { serviceTrees } from '../security/report';

function statementAt(list: readonly KStatement[], pos: Position): KStatement | undefined {
  for (const s of list) {
    if (s.block && s.block.openLine <= pos.line && (s.block.closeLine ?? Infinity) >= pos.line) {
      const inner = statementAt(s.block.children, pos);
      if (inner) return inner;
    }
    if (s.line === pos.line && s.words.some((w) => w.start <= pos.character && pos.character <= w.end)) return s;
  }
  return undefined;
}

/** The stack summary from every keepalived and HAProxy file of the workspace (and haproxy.service if present). */
export function workspaceStack(ctx: ServiceContext) {
  const keepalived = [...ctx.workspace.documents('keepalived')].map((d) => d.tree as KTree);
  const haproxy = [...ctx.workspace.documents('haproxy')].map((d) => d.tree as HaproxyTree);
  const unit = [...ctx.workspace.documents('systemd-unit-file')]
    .filter((d) => /\/haproxy\.service(\.d\/[^/]+\.conf)?$/.test(decodeURIComponent(d.uri)))
    .sort((a, b) => Number((a.tree as SdTree).dropIn) - Number((b.tree as SdTree).dropIn) || (a.uri < b.uri ? -1 : 1))
    .map((d) => d.tree as SdTree);
  return stackSummary({ keepalived, haproxy, haproxyUnit: unit.length ? unit : undefined });
}

const md = (value: string): Hover => ({ contents: { kind: 'markdown', value } });

export function keepalivedTimingHover(doc: ParsedDocument<KTree>, pos: Position, ctx: ServiceContext): Hover | null {
  const stmt = statementAt(doc.tree.root, pos);
  if (!stmt) return null;
  const owner = stmt.parent?.owner;
  const isVip = owner && /^virtual_ipaddress(_excluded)?$/.test(owner.words[0]?.text ?? '') && owner.parent?.owner?.words[0]?.text === 'vrrp_instance';
  if (isVip) return md(stackMarkdown(workspaceStack(ctx)));
  if (stmt.words[0]?.text === 'vrrp_instance' && stmt.parent === null) {
    const t = vrrpTimings(doc.tree).find((i) => i.line === stmt.line);
    if (!t) return null;
    const lines = [`**${t.name}** as backup takes over after ${t.masterDown.formula}`];
    for (const s of t.scripts) lines.push(`- ${s.name}: fails after ${s.detect.formula}; recovers after ${s.recover.formula}`);
    return md(lines.join('\n'));
  }
  return null;
}

/** Server timings per parsed tree and proxy section: computed on the first hover over a server line of that
 *  backend in a version, then reused (only that backend: a large file has thousands of servers). */
const timingsByTree = new WeakMap<HaproxyTree, Map<number, Map<number, ServerTiming>>>();

function timingsOf(tree: HaproxyTree, line: number): Map<number, ServerTiming> {
  const section = sectionAt(tree, line) ?? -1;
  let bySection = timingsByTree.get(tree);
  if (!bySection) timingsByTree.set(tree, (bySection = new Map()));
  let byLine = bySection.get(section);
  if (!byLine) bySection.set(section, (byLine = new Map(serverTimings(tree, section).map((t) => [t.line, t]))));
  return byLine;
}

export function haproxyTimingHover(doc: ParsedDocument<HaproxyTree>, pos: Position): Hover | null {
  // Only a server line has timing: skip the whole-config computation for every other hover.
  if (!/^\s*server\s/.test(doc.lines.line(pos.line))) return null;
  const s = timingsOf(doc.tree, pos.line).get(pos.line);
  if (!s) return null;
  return md(
    [
      `**${s.backend}/${s.server}** health-check timing (worst case)`,
      `- refused connections: DOWN after ${s.down.formula}`,
      `- host gone: DOWN after ${s.downSilent.formula}`,
      `- application hang: DOWN after ${s.downHang.formula}`,
      `- back UP after ${s.up.formula}`,
    ].join('\n'),
  );
}

const UNIT_KEYS = new Set(['Restart', 'RestartSec', 'StartLimitIntervalSec', 'StartLimitInterval', 'StartLimitBurst', 'WatchdogSec']);

/** On a restart-related key of a service (Restart=, RestartSec=, StartLimit*=, WatchdogSec=): the restart timing. */
export function unitTimingHover(doc: ParsedDocument<SdTree>, pos: Position, ctx: ServiceContext): Hover | null {
  const entry = doc.tree.entries.find((e) => e.keyRange.start.line === pos.line && UNIT_KEYS.has(e.key));
  if (!entry || doc.tree.unitType !== 'service') return null;
  const trees = serviceTrees(doc, ctx)?.trees ?? [doc.tree];
  const t = unitTiming(trees);
  const lines = [`**Restart timing** (Restart=${t.restart})`];
  lines.push(t.restartDelay ? `- restarted after ${t.restartDelay.formula}` : '- not restarted automatically');
  if (t.restartDelay) {
    lines.push(
      t.givesUp
        ? `- gives up (start limit hit, assuming it fails at once) after ${t.givesUp.formula}`
        : `- never gives up: ${t.burst} × RestartSec is not below StartLimitIntervalSec (${t.interval} s), or the limit is off`,
    );
  }
  lines.push(t.watchdog ? `- a hang is noticed after ${t.watchdog.formula}` : '- a hang goes unnoticed (no WatchdogSec=)');
  return md(lines.join('\n'));
}
