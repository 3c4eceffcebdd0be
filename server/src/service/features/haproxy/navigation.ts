// Definition, references and rename for backends, ACLs, servers and named defaults, across the haproxy
// files of the workspace for backends and defaults (split configs), within the proxy for ACLs and servers.
import type { Location, Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { modelOf, type HaproxyTree, type NameSite } from '../../parser/haproxy/index';
import type { ParsedDocument, ServiceContext } from '../../types';
import { lineRange } from '../../text';

interface Site extends NameSite {
  readonly uri: string;
  readonly isDef: boolean;
}

const GLOBAL_KINDS = new Set(['backend', 'defaults']);

function sitesOf(uri: string, tree: HaproxyTree): Site[] {
  const m = modelOf(tree);
  return [...m.defs.map((d) => ({ ...d, uri, isDef: true })), ...m.refs.map((r) => ({ ...r, uri, isDef: false }))];
}

function isTree(t: unknown): t is HaproxyTree {
  return typeof t === 'object' && t !== null && Array.isArray((t as HaproxyTree).sections);
}

/** Scope an ACL/server site is visible in: its proxy plus the defaults chain for ACLs. */
function sameScope(tree: HaproxyTree, a: NameSite, b: NameSite): boolean {
  if (a.scope === b.scope) return true;
  if (a.kind !== 'acl') return false;
  const m = modelOf(tree);
  const chain = (s: number) => {
    const out = new Set<number>();
    for (let at: number | undefined = s, n = 0; at !== undefined && n < 64; n++, at = m.byIndex.get(at)?.defaults) out.add(at);
    return out;
  };
  return chain(a.scope).has(b.scope) || chain(b.scope).has(a.scope);
}

function siteAt(doc: ParsedDocument<HaproxyTree>, pos: Position): Site | undefined {
  return sitesOf(doc.uri, doc.tree).find((s) => s.line === pos.line && pos.character >= s.word.start && pos.character <= s.word.end);
}

/** Every site of the same name and kind as the one at `pos`. */
function related(doc: ParsedDocument<HaproxyTree>, pos: Position, ctx: ServiceContext): { at: Site; all: Site[] } | undefined {
  const at = siteAt(doc, pos);
  if (!at) return undefined;
  const all: Site[] = [];
  if (GLOBAL_KINDS.has(at.kind)) {
    const docs: Array<[string, HaproxyTree]> = [[doc.uri, doc.tree]];
    for (const d of ctx.workspace.documents('haproxy')) if (d.uri !== doc.uri && isTree(d.tree)) docs.push([d.uri, d.tree]);
    for (const [uri, tree] of docs) all.push(...sitesOf(uri, tree).filter((s) => s.kind === at.kind && s.name === at.name));
  } else {
    all.push(...sitesOf(doc.uri, doc.tree).filter((s) => s.kind === at.kind && s.name === at.name && sameScope(doc.tree, s, at)));
  }
  return { at, all };
}

const loc = (s: Site): Location => ({ uri: s.uri, range: lineRange(s.line, s.word.start, s.word.end) });

export function haproxyDefinition(doc: ParsedDocument<HaproxyTree>, pos: Position, ctx: ServiceContext): Location[] {
  return related(doc, pos, ctx)?.all.filter((s) => s.isDef).map(loc) ?? [];
}

export function haproxyReferences(doc: ParsedDocument<HaproxyTree>, pos: Position, includeDeclaration: boolean, ctx: ServiceContext): Location[] {
  return related(doc, pos, ctx)?.all.filter((s) => includeDeclaration || !s.isDef).map(loc) ?? [];
}

export function haproxyPrepareRename(doc: ParsedDocument<HaproxyTree>, pos: Position): Range | null {
  const at = siteAt(doc, pos);
  if (!at || at.word.quoted || at.word.env) return null;
  return lineRange(at.line, at.word.start, at.word.end);
}

export function haproxyRename(doc: ParsedDocument<HaproxyTree>, pos: Position, newName: string, ctx: ServiceContext): WorkspaceEdit | null {
  if (!/^[A-Za-z0-9_.:\-]+$/.test(newName)) return null;
  const r = related(doc, pos, ctx);
  if (!r || r.at.word.quoted) return null;
  const changes: Record<string, Array<{ range: Range; newText: string }>> = {};
  for (const s of r.all) (changes[s.uri] ??= []).push({ range: loc(s).range, newText: newName });
  return { changes };
}
