// Files pulled in by `include` inside a block are read as part of that block: a file included from within
// a vrrp_instance holds vrrp_instance keywords. This finds, through the workspace index, the block a file
// is included from (ROOT when none, or when it is only included at the top level).
import type { KTree } from '../../parser/keepalived';
import { KeywordNode, ROOT } from '../../schema/keepalived';
import type { ServiceContext } from '../../types';
import type { WorkspaceIndex } from '../../workspace/index';
import { resolve } from './resolve';

interface IncludeTarget {
  /** The file holding the include (a file never counts as included by itself). */
  readonly from: string;
  readonly pattern: RegExp;
  readonly context: KeywordNode;
}

const cache = new WeakMap<WorkspaceIndex, { version: number; targets: IncludeTarget[] }>();

/** The path part of a file URI, decoded. */
export function uriPath(uri: string): string {
  return decodeURIComponent(uri.replace(/^file:\/\/[^/]*/, ''));
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** A shell glob (`*`, `?`, `[…]`) as an anchored regular expression over a whole path. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function build(ws: WorkspaceIndex): IncludeTarget[] {
  const out: IncludeTarget[] = [];
  for (const d of ws.documents('keepalived')) {
    const tree = d.tree as KTree | null;
    if (!tree?.includes?.length) continue;
    const res = resolve(tree);
    for (const s of tree.includes) {
      if (!s.words[1]) continue;
      const context = res.context(s);
      if (!context || context === ROOT) continue;
      const p = s.words[1].text;
      const abs = p.startsWith('/') ? p : dirOf(uriPath(d.uri)) + p;
      out.push({ from: d.uri, pattern: globToRegExp(abs), context });
    }
  }
  return out;
}

const anyCache = new WeakMap<WorkspaceIndex, { version: number; patterns: Array<{ from: string; pattern: RegExp }> }>();

/** Whether another keepalived file of the workspace includes this document (at any level). */
export function includedByOther(uri: string, ctx: ServiceContext): boolean {
  let c = anyCache.get(ctx.workspace);
  if (!c || c.version !== ctx.workspace.version) {
    const patterns: Array<{ from: string; pattern: RegExp }> = [];
    for (const d of ctx.workspace.documents('keepalived')) {
      const tree = d.tree as KTree | null;
      for (const s of tree?.includes ?? []) {
        const p = s.words[1]?.text;
        if (p) patterns.push({ from: d.uri, pattern: globToRegExp(p.startsWith('/') ? p : dirOf(uriPath(d.uri)) + p) });
      }
    }
    anyCache.set(ctx.workspace, (c = { version: ctx.workspace.version, patterns }));
  }
  const path = uriPath(uri);
  return c.patterns.some((t) => t.from !== uri && t.pattern.test(path));
}

/** The block this document is included from, or ROOT. */
export function includeContext(uri: string, ctx: ServiceContext): KeywordNode {
  let c = cache.get(ctx.workspace);
  if (!c || c.version !== ctx.workspace.version) {
    c = { version: ctx.workspace.version, targets: build(ctx.workspace) };
    cache.set(ctx.workspace, c);
  }
  if (!c.targets.length) return ROOT;
  const path = uriPath(uri);
  return c.targets.find((t) => t.from !== uri && t.pattern.test(path))?.context ?? ROOT;
}
