// Go to definition, references and rename for named things: vrrp_script, vrrp_instance, vrrp_sync_group,
// vrrp_track_process, track_file, bfd_instance and virtual_server_group names, across keepalived files.
import type { Location, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { KTree, KWord, NamedWord, NameKind } from '../../parser/keepalived';
import { namesOf } from '../../parser/keepalived';
import type { ParsedDocument, ServiceContext } from '../../types';
import { variableDefinition } from './variables';

function rangeOf(w: KWord): Range {
  return { start: { line: w.line, character: w.start }, end: { line: w.line, character: w.end } };
}

function hit(w: KWord, p: Position): boolean {
  return w.line === p.line && p.character >= w.start && p.character <= w.end;
}

/** The named word under the position: a definition or a reference. */
export function nameAt(tree: KTree, p: Position): { kind: NameKind; word: KWord; isDef: boolean } | undefined {
  const n = namesOf(tree);
  const d = n.defs.find((x) => hit(x.word, p));
  if (d) return { kind: d.kind, word: d.word, isDef: true };
  const r = n.refs.find((x) => hit(x.word, p));
  return r ? { kind: r.kind, word: r.word, isDef: false } : undefined;
}

/** This document first, then the other keepalived files of the workspace. */
function trees(doc: ParsedDocument<KTree>, ctx: ServiceContext): Array<{ uri: string; tree: KTree }> {
  const out = [{ uri: doc.uri, tree: doc.tree }];
  for (const d of ctx.workspace.documents('keepalived')) {
    const t = d.tree as KTree | null;
    if (d.uri !== doc.uri && t?.root) out.push({ uri: d.uri, tree: t });
  }
  return out;
}

function matching(list: readonly NamedWord[], kind: NameKind, name: string): NamedWord[] {
  return list.filter((x) => x.kind === kind && x.word.text === name);
}

export function keepalivedDefinition(doc: ParsedDocument<KTree>, pos: Position, ctx: ServiceContext): Location[] {
  const variable = doc.tree.variableUses.length ? variableDefinition(doc.tree, doc.uri, pos) : undefined;
  if (variable) return variable;
  const at = nameAt(doc.tree, pos);
  if (!at) return [];
  const out: Location[] = [];
  for (const { uri, tree } of trees(doc, ctx)) {
    for (const d of matching(namesOf(tree).defs, at.kind, at.word.text)) out.push({ uri, range: rangeOf(d.word) });
  }
  return out;
}

export function keepalivedReferences(doc: ParsedDocument<KTree>, pos: Position, includeDeclaration: boolean, ctx: ServiceContext): Location[] {
  const at = nameAt(doc.tree, pos);
  if (!at) return [];
  const out: Location[] = [];
  for (const { uri, tree } of trees(doc, ctx)) {
    const n = namesOf(tree);
    if (includeDeclaration) for (const d of matching(n.defs, at.kind, at.word.text)) out.push({ uri, range: rangeOf(d.word) });
    for (const r of matching(n.refs, at.kind, at.word.text)) out.push({ uri, range: rangeOf(r.word) });
  }
  return out;
}

export function keepalivedPrepareRename(doc: ParsedDocument<KTree>, pos: Position): Range | null {
  const at = nameAt(doc.tree, pos);
  // a name made by substituting a $NAME is not written here: renaming it would overwrite the use
  return at && !at.word.quoted && !at.word.expanded ? rangeOf(at.word) : null;
}

const NAME = /^[A-Za-z0-9_.:@-]+$/;

export function keepalivedRename(doc: ParsedDocument<KTree>, pos: Position, newName: string, ctx: ServiceContext): WorkspaceEdit | null {
  const at = nameAt(doc.tree, pos);
  if (!at || at.word.expanded || !NAME.test(newName)) return null;
  const changes: Record<string, TextEdit[]> = {};
  for (const { uri, tree } of trees(doc, ctx)) {
    const n = namesOf(tree);
    const words = [...matching(n.defs, at.kind, at.word.text), ...matching(n.refs, at.kind, at.word.text)].filter((w) => !w.word.expanded);
    if (words.length) changes[uri] = words.map((w) => ({ range: rangeOf(w.word), newText: newName }));
  }
  return { changes };
}
