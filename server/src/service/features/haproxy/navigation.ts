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

/** The sites of one name and kind in a tree (no allocation for the others). */
function sitesNamed(uri: string, tree: HaproxyTree, kind: string, name: string): Site[] {
  const m = modelOf(tree);
  const out: Site[] = [];
  for (const d of m.defs) if (d.kind === kind && d.name === name) out.push({ ...d, uri, isDef: true });
  for (const r of m.refs) if (r.kind === kind && r.name === name) out.push({ ...r, uri, isDef: false });
  return out;
}

/** Sites on one line: a scan of the model's sites (tens of microseconds on a 20k-line file), not an index
 *  by line, which would hold megabytes per version for an occasional hover. */
function sitesOnLine(tree: HaproxyTree, line: number): Array<[NameSite, boolean]> {
  const m = modelOf(tree);
  const out: Array<[NameSite, boolean]> = [];
  for (const site of m.defs) if (site.line === line) out.push([site, true]);
  for (const site of m.refs) if (site.line === line) out.push([site, false]);
  return out;
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
  const hit = sitesOnLine(doc.tree, pos.line).find(([s]) => pos.character >= s.word.start && pos.character <= s.word.end);
  return hit ? { ...hit[0], uri: doc.uri, isDef: hit[1] } : undefined;
}

/** Every site of the same name and kind as the one at `pos`. */
function related(doc: ParsedDocument<HaproxyTree>, pos: Position, ctx: ServiceContext): { at: Site; all: Site[] } | undefined {
  const at = siteAt(doc, pos);
  if (!at) return undefined;
  const all: Site[] = [];
  if (GLOBAL_KINDS.has(at.kind)) {
    const docs: Array<[string, HaproxyTree]> = [[doc.uri, doc.tree]];
    for (const d of ctx.workspace.documents('haproxy')) if (d.uri !== doc.uri && isTree(d.tree)) docs.push([d.uri, d.tree]);
    for (const [uri, tree] of docs) all.push(...sitesNamed(uri, tree, at.kind, at.name));
  } else {
    all.push(...sitesNamed(doc.uri, doc.tree, at.kind, at.name).filter((s) => sameScope(doc.tree, s, at)));
  }
  return { at, all };
}

/** Markdown describing the name under the cursor (a backend, ACL, server or named defaults) and where it is defined. */
export function nameHover(doc: ParsedDocument<HaproxyTree>, pos: Position, ctx: ServiceContext): { value: string; range: Range } | undefined {
  const r = related(doc, pos, ctx);
  if (!r) return undefined;
  const defs = r.all.filter((s) => s.isDef);
  const uses = r.all.length - defs.length;
  const where = defs.length
    ? defs.map((d) => `${d.uri === doc.uri ? 'line' : `${d.uri.split('/').pop()} line`} ${d.line + 1}${d.kind === 'acl' ? `: \`${lineText(doc, ctx, d)}\`` : ''}`).join('; ')
    : 'not defined in any indexed file';
  return {
    value: `**${r.at.name}** — ${r.at.kind === 'defaults' ? 'named defaults section' : r.at.kind}\n\nDefined at ${where}. Used ${uses} time${uses === 1 ? '' : 's'}.`,
    range: loc(r.at).range,
  };
}

function lineText(doc: ParsedDocument<HaproxyTree>, ctx: ServiceContext, s: Site): string {
  const text = s.uri === doc.uri ? doc.lines.line(s.line) : ctx.workspace.get(s.uri)?.lines.line(s.line) ?? '';
  return text.trim().replace(/`/g, "'");
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
