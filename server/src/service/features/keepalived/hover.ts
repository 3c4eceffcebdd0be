// Hover: the description, arguments, release and manual link of every keyword and block; the definition
// behind a vrrp_script / vrrp_instance name; the value of a $NAME.
import { Hover, MarkupKind, Position } from 'vscode-languageserver-types';
import type { KTree } from '../../parser/keepalived';
import { variableAt, variableHover } from './variables';
import { namesOf } from '../../parser/keepalived';
import { argsOf, describe, INCLUDE_NODE, KeywordNode, MANPAGE_URL, nodesNamed } from '../../schema/keepalived';
import type { ParsedDocument } from '../../types';
import { resolve } from '../../validation/keepalived/resolve';
import { wordAt } from './context';

function keywordHover(n: KeywordNode): string {
  const sig = argsOf(n.parent?.name ?? '', n.name)?.signature;
  const where = n.parent?.path ? `in \`${n.parent.path.replace(/\//g, ' › ')}\`` : 'at the top level';
  const kind = n.kind === 'block' ? 'block' : n.kind === 'list' ? 'list block' : 'keyword';
  const lines = [`**${n.name}**${sig ? ` \`${sig}\`` : ''} — ${kind} ${where}`, '', describe(n)];
  if (n.since) lines.push('', `Since keepalived ${n.since}.`);
  if (n.deprecated) lines.push('', 'Deprecated: an older name keepalived still reads; prefer the current keyword.');
  lines.push('', `[keepalived.conf manual](${MANPAGE_URL})`);
  return lines.join('\n');
}

export function keepalivedHover(doc: ParsedDocument<KTree>, pos: Position): Hover | null {
  const tree = doc.tree;
  const var_ = variableAt(tree, pos);
  if (var_) return md(variableHover(tree, var_), var_);
  const at = wordAt(tree, pos);
  if (!at) return null;
  const res = resolve(tree);
  if (at.index === 0) {
    const node = at.word.text === 'include' ? INCLUDE_NODE : res.node(at.stmt);
    if (node) return md(node === INCLUDE_NODE ? `**include** \`FILE|GLOB\`\n\nReads the files matching the path or glob at this point, in any block.\n\n[keepalived.conf manual](${MANPAGE_URL})` : keywordHover(node), at.word);
    const list = res.list(at.stmt);
    if (!list) {
      const other = nodesNamed(at.word.text)[0];
      return other ? md(keywordHover(other), at.word) : null;
    }
  }
  const names = namesOf(tree);
  const ref = names.refs.find((r) => r.word === at.word);
  if (ref) {
    const def = names.defs.find((d) => d.kind === ref.kind && d.word.text === ref.word.text);
    const body = def?.stmt.block?.children.map((c) => `    ${c.words.map((w) => (w.quoted ? `"${w.text}"` : w.text)).join(' ')}`).join('\n') ?? '';
    return md(def ? `**${ref.kind} ${def.word.text}** (line ${def.word.line + 1})\n\n\`\`\`keepalived\n${body}\n\`\`\`` : `**${ref.kind} ${ref.word.text}** is not defined in this file.`, at.word);
  }
  return null;
}

function md(value: string, w: { line: number; start: number; end: number }): Hover {
  return {
    contents: { kind: MarkupKind.Markdown, value },
    range: { start: { line: w.line, character: w.start }, end: { line: w.line, character: w.end } },
  };
}
