// The keyword tree as nodes with lookup maps, built once from the generated data.
import { KEYWORD_TREE, GenKeyword, SOURCE_VERSIONS } from './generated/keywordTree';

export type KeywordKind = 'block' | 'list' | 'keyword';

export interface KeywordNode {
  readonly name: string;
  /** Slash-joined names from the top, e.g. `vrrp_instance/authentication/auth_type`; '' for the file itself. */
  readonly path: string;
  readonly parent: KeywordNode | null;
  readonly kind: KeywordKind;
  /** First release with this keyword, when newer than the oldest release read. */
  readonly since?: string;
  /** keepalived's sources mark the name as deprecated (kept for old configurations). */
  readonly deprecated?: boolean;
  readonly children: ReadonlyMap<string, KeywordNode>;
}

function build(list: readonly GenKeyword[], parent: KeywordNode): Map<string, KeywordNode> {
  const out = new Map<string, KeywordNode>();
  for (const g of list) {
    const children = new Map<string, KeywordNode>();
    const node: KeywordNode = {
      name: g.n,
      path: parent.path ? `${parent.path}/${g.n}` : g.n,
      parent,
      kind: g.sub ? 'block' : g.list ? 'list' : 'keyword',
      ...(g.since ? { since: g.since } : {}),
      ...(g.deprecated ? { deprecated: true } : {}),
      children,
    };
    if (g.sub) for (const [k, v] of build(g.sub, node)) children.set(k, v);
    out.set(g.n, node);
  }
  return out;
}

const rootChildren = new Map<string, KeywordNode>();
/** The file level: its children are the top-level keywords. */
export const ROOT: KeywordNode = { name: '', path: '', parent: null, kind: 'block', children: rootChildren };
for (const [k, v] of build(KEYWORD_TREE, ROOT)) rootChildren.set(k, v);

/** `include FILE|GLOB`: keepalived reads it on any line, at any depth. */
export const INCLUDE_NODE: KeywordNode = { name: 'include', path: 'include', parent: ROOT, kind: 'keyword', children: new Map() };

/** Every node, and every path a name occurs at (for "belongs in …" hints and hover). */
export const ALL_NODES: readonly KeywordNode[] = (() => {
  const out: KeywordNode[] = [];
  const walk = (n: KeywordNode) => n.children.forEach((c) => { out.push(c); walk(c); });
  walk(ROOT);
  return out;
})();

const byName = new Map<string, KeywordNode[]>();
for (const n of ALL_NODES) {
  const l = byName.get(n.name);
  if (l) l.push(n);
  else byName.set(n.name, [n]);
}

/** All places a keyword name is valid. */
export function nodesNamed(name: string): readonly KeywordNode[] {
  return byName.get(name) ?? [];
}

export const NEWEST_VERSION = SOURCE_VERSIONS[SOURCE_VERSIONS.length - 1];
export const OLDEST_VERSION = SOURCE_VERSIONS[0];

/** Human name of a block for messages: `vrrp_instance`, `real_server` (in virtual_server), 'the top level'. */
export function blockLabel(n: KeywordNode): string {
  if (!n.path) return 'the top level';
  return n.parent && n.parent.path ? `${n.name} (in ${n.parent.name})` : n.name;
}
