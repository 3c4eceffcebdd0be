// Split configurations (`haproxy -f a.cfg -f b.cfg`, or a conf.d folder): haproxy reads the files as one
// stream, so the last `defaults` section of an earlier file applies to the proxies of later files. We cannot
// know the load order, so a proxy whose own file has no defaults before it may take its settings from the
// last defaults section of any other haproxy file of the workspace in its folder or a parent folder.
// Read from the workspace index only (no disk), computed once per workspace version and folder.
import type { HaproxyTree } from '../../parser/haproxy/index';
import type { FactSet } from '../../schema/haproxy/index';
import type { WorkspaceIndex } from '../../workspace/index';
import { summariesOf, type ProxySummary } from './summary';

interface Cache {
  readonly version: number;
  readonly byDir: Map<string, readonly ProxySummary[]>;
}

const caches = new WeakMap<WorkspaceIndex, Cache>();

function dirOf(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return path.slice(0, path.lastIndexOf('/'));
}

function isTree(t: unknown): t is HaproxyTree {
  return typeof t === 'object' && t !== null && Array.isArray((t as HaproxyTree).sections);
}

/** The last defaults section of each other haproxy file in the folder of `uri` or a parent folder. */
export function sharedDefaults(ws: WorkspaceIndex, uri: string, servers: FactSet): readonly ProxySummary[] {
  let cache = caches.get(ws);
  if (!cache || cache.version !== ws.version) caches.set(ws, (cache = { version: ws.version, byDir: new Map() }));
  const dir = dirOf(uri);
  const key = `${dir}\n${uri}`;
  const hit = cache.byDir.get(key);
  if (hit) return hit;
  const out: ProxySummary[] = [];
  for (const doc of ws.documents('haproxy')) {
    if (doc.uri === uri || !isTree(doc.tree)) continue;
    const other = dirOf(doc.uri);
    if (other !== dir && !dir.startsWith(`${other}/`)) continue;
    let last: ProxySummary | undefined;
    for (const s of summariesOf(doc.tree, servers).values()) if (s.section.kind === 'defaults') last = s;
    if (last) out.push(last);
  }
  cache.byDir.set(key, out);
  return out;
}
