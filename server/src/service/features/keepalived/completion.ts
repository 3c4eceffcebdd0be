// Completion: keywords and child blocks valid in the current block, enum values, vrrp_script names in
// track_script and vrrp_instance names in a sync group's group.
import { CompletionItem, CompletionItemKind, CompletionItemTag, InsertTextFormat, MarkupKind, Position } from 'vscode-languageserver-types';
import type { KTree, NameKind } from '../../parser/keepalived';
import { namesOf } from '../../parser/keepalived';
import { argsOf, availableIn, describe, KeywordNode, SCOPES, targetVersion } from '../../schema/keepalived';
import type { ParsedDocument, ServiceContext } from '../../types';
import { workspaceNames } from '../../validation/keepalived/workspaceNames';
import { contextAt } from './context';
import { includeContext } from '../../validation/keepalived/includes';

const LIST_NAMES: Readonly<Record<string, NameKind>> = {
  track_script: 'vrrp_script',
  group: 'vrrp_instance',
  track_process: 'vrrp_track_process',
  track_file: 'track_file',
  track_bfd: 'bfd_instance',
};

export function keepalivedCompletion(doc: ParsedDocument<KTree>, pos: Position, ctx: ServiceContext): CompletionItem[] {
  const c = contextAt(doc.tree, pos, includeContext(doc.uri, ctx));
  if (!c.node) return [];
  if (c.inList) {
    if (c.wordIndex > 0) {
      const previous = c.stmt?.words[c.wordIndex - 1]?.text;
      if (!ADDRESS_LISTS.has(c.node.name)) return [];
      return previous === 'dev' ? interfaceItems(ctx) : addressOptionItems(previous);
    }
    if (INTERFACE_LISTS.has(c.node.name)) return interfaceItems(ctx);
    const kind = LIST_NAMES[c.node.name];
    return kind ? nameItems(doc.tree, kind, ctx) : [];
  }
  if (!c.stmt || c.wordIndex === 0) return keywordItems(c.node, targetVersion(ctx));
  const node = c.node.children.get(c.stmt.words[0].text);
  if (!node) return [];
  if (c.wordIndex === 1) return INTERFACE_KEYWORDS.has(node.name) ? interfaceItems(ctx) : valueItems(node);
  return [];
}

/** Keywords whose first argument is a network interface, and list blocks of interface names. */
const INTERFACE_KEYWORDS = new Set(['interface', 'lvs_sync_daemon']);
const INTERFACE_LISTS = new Set(['track_interface', 'linkbeat_interfaces']);

/** The host's interfaces (when the editor runs on the node itself, these are the names keepalived will see). */
function interfaceItems(ctx: ServiceContext): CompletionItem[] {
  return (ctx.hostInterfaces ?? []).map((name) => ({ label: name, kind: CompletionItemKind.Value, detail: 'network interface of this host' }));
}

function keywordItems(block: KeywordNode, version: string): CompletionItem[] {
  const out: CompletionItem[] = [];
  for (const n of block.children.values()) {
    if (!availableIn(n.since, version)) continue;
    const item: CompletionItem = {
      label: n.name,
      kind: n.kind === 'keyword' ? CompletionItemKind.Property : CompletionItemKind.Module,
      detail: n.kind === 'keyword' ? argsOf(block.name, n.name)?.signature : n.kind === 'list' ? 'list block' : 'block',
      documentation: { kind: MarkupKind.Markdown, value: describe(n) },
    };
    if (n.deprecated) item.tags = [CompletionItemTag.Deprecated];
    if (n.kind !== 'keyword') {
      const named = block.path === '' && ['vrrp_instance', 'vrrp_script', 'vrrp_sync_group', 'virtual_server', 'virtual_server_group', 'vrrp_track_process', 'track_file', 'bfd_instance', 'garp_group', 'track_group'].includes(n.name);
      item.insertText = named ? `${n.name} \${1:NAME} {\n\t$0\n}` : `${n.name} {\n\t$0\n}`;
      item.insertTextFormat = InsertTextFormat.Snippet;
    }
    out.push(item);
  }
  out.push({ label: 'include', kind: CompletionItemKind.Keyword, detail: 'FILE|GLOB', documentation: 'Reads the matching files at this point.' });
  return out;
}

const ADDRESS_LISTS = new Set(['virtual_ipaddress', 'virtual_ipaddress_excluded', 'static_ipaddress']);
/** Options after the address of a virtual_ipaddress line (keepalived's address parser). */
const ADDRESS_OPTIONS: Readonly<Record<string, string>> = {
  dev: 'interface to put the address on',
  brd: 'broadcast address (or + / -)',
  label: 'address label, e.g. eth0:1',
  scope: 'address scope',
  peer: 'peer address of a point-to-point link',
  home: 'IPv6 home address',
  '-nodad': 'IPv6: skip duplicate address detection',
  noprefixroute: 'do not add the prefix route',
  autojoin: 'join the multicast group',
  no_track: 'do not fault the instance when the address is removed',
  preferred_lft: 'IPv6 preferred lifetime',
  use_vmac: 'put the address on the VMAC interface',
};
const NEEDS_VALUE = new Set(['dev', 'brd', 'label', 'scope', 'peer', 'preferred_lft']);

function addressOptionItems(previous: string | undefined): CompletionItem[] {
  if (previous === 'scope') return SCOPES.map((s) => ({ label: s, kind: CompletionItemKind.EnumMember, detail: 'scope' }));
  if (previous && NEEDS_VALUE.has(previous)) return [];
  return Object.entries(ADDRESS_OPTIONS).map(([label, detail]) => ({ label, kind: CompletionItemKind.Property, detail }));
}

function valueItems(node: KeywordNode): CompletionItem[] {
  const facts = argsOf(node.parent?.name ?? '', node.name);
  const spec = facts?.args[0];
  if (spec?.kind !== 'enum') return [];
  return spec.values.map((v) => ({ label: v, kind: CompletionItemKind.EnumMember, detail: node.name }));
}

function nameItems(tree: KTree, kind: NameKind, ctx: ServiceContext): CompletionItem[] {
  const names = new Set<string>(workspaceNames(ctx, kind));
  for (const d of namesOf(tree).defs) if (d.kind === kind) names.add(d.word.text);
  return [...names].sort().map((n) => ({ label: n, kind: CompletionItemKind.Reference, detail: kind }));
}
