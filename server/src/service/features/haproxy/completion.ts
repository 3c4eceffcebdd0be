// Completion for haproxy.cfg: keywords valid in the section, option/timeout names, bind/server options,
// balance algorithms, modes, actions, backend and ACL names, fetches and converters, section names.
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import { modelOf, SECTION_KINDS, type HaproxyTree } from '../../parser/haproxy/index';
import { knowledgeFor, proxyKeyOf, resolveVersion, RULE_SETS, type FactSet, type HaproxyKnowledge } from '../../schema/haproxy/index';
import type { ParsedDocument, ServiceContext } from '../../types';
import { PREDEFINED_ACLS } from '../../validation/haproxy/references';
import { workspaceNames } from '../../validation/haproxy/workspaceNames';
import { cursorAt, type Cursor } from './cursor';
import { sectionTemplates } from './templates';

const COLUMN: Readonly<Record<string, number>> = { defaults: 0, frontend: 1, listen: 2, backend: 3 };
const item = (label: string, kind: CompletionItemKind, docKind: string, detail?: string): CompletionItem => ({
  label, kind, detail, data: { language: 'haproxy', docKind, name: label },
});

export function haproxyCompletion(doc: ParsedDocument<HaproxyTree>, pos: Position, ctx: ServiceContext): CompletionItem[] {
  const c = cursorAt(doc, pos);
  if (c.inComment) return [];
  const k = knowledgeFor(resolveVersion(ctx.settings.haproxy.version, ctx.hostVersions));
  if (c.index === 0) return firstWord(c, k);
  if (!c.section) return [];
  const kind = c.section.kind;
  if (kind === 'global') return globalArgs(c, k);
  if (!(kind in COLUMN)) return [];
  return proxyArgs(doc, c, k, ctx);
}

function firstWord(c: Cursor, k: HaproxyKnowledge): CompletionItem[] {
  const out: CompletionItem[] = SECTION_KINDS.filter((s) => k.sectionMask(s) & (1 << k.vi)).map((s) => item(s, CompletionItemKind.Module, 'section', 'section'));
  const unindented = c.words.length ? c.words[0].start === 0 : !/^[ \t]/.test(c.text);
  if (unindented) out.push(...sectionTemplates());
  const kind = c.section?.kind;
  if (!kind) return out;
  if (kind === 'global') for (const n of k.global.names()) out.push(item(n, CompletionItemKind.Keyword, 'global'));
  else if (kind in COLUMN) {
    const col = COLUMN[kind];
    const heads = new Set<string>();
    for (const [key, f] of k.proxy.here) if (f[col] !== '-') heads.add(key.split(' ')[0]);
    for (const h of heads) out.push(item(h, CompletionItemKind.Keyword, 'proxy'));
  } else for (const n of k.sections.get(kind)?.names() ?? []) out.push(item(n, CompletionItemKind.Keyword, kind));
  return out;
}

function globalArgs(c: Cursor, k: HaproxyKnowledge): CompletionItem[] {
  if (c.words[0]?.text === 'stats' && c.words[1]?.text === 'socket' && c.index >= 3) return fromSet(k.bind, CompletionItemKind.Property, 'bind');
  return [];
}

function fromSet(set: FactSet, kind: CompletionItemKind, docKind: string, filter?: (name: string, fact: string) => boolean): CompletionItem[] {
  const out: CompletionItem[] = [];
  for (const [name, fact] of set.here) if (!filter || filter(name, fact)) out.push(item(name, kind, docKind, fact || undefined));
  return out;
}

function proxyArgs(doc: ParsedDocument<HaproxyTree>, c: Cursor, k: HaproxyKnowledge, ctx: ServiceContext): CompletionItem[] {
  const words = c.words;
  const head = (words[0]?.text ?? '').toLowerCase();
  const col = COLUMN[c.section?.kind ?? 'listen'];
  const condAt = words.findIndex((w, i) => i > 0 && i < c.index && (w.text === 'if' || w.text === 'unless'));
  if (condAt > 0) return aclNames(doc, c);
  if ((head === 'option' || head === 'no' || head === 'default') && c.index <= 2) {
    if (head !== 'option' && c.index === 1) return [item('option', CompletionItemKind.Keyword, 'proxy')];
    return fromSet(k.proxy, CompletionItemKind.EnumMember, 'proxy', (n, f) => n.startsWith('option ') && f[col] !== '-').map(strip('option '));
  }
  if (head === 'timeout' && c.index === 1) return fromSet(k.proxy, CompletionItemKind.EnumMember, 'proxy', (n, f) => n.startsWith('timeout ') && f[col] !== '-').map(strip('timeout '));
  if (c.index === 1 && ['tcp-request', 'tcp-response', 'http-check', 'tcp-check', 'stats', 'stick', 'capture', 'email-alert', 'external-check'].includes(head)) {
    return fromSet(k.proxy, CompletionItemKind.EnumMember, 'proxy', (n) => n.startsWith(head + ' ')).map(strip(head + ' '));
  }
  if (head === 'balance' && c.index === 1) return fromSet(k.balance, CompletionItemKind.EnumMember, 'balance');
  if (head === 'mode' && c.index === 1) return fromSet(k.modes, CompletionItemKind.EnumMember, 'mode');
  if ((head === 'use_backend' || head === 'default_backend') && c.index === 1) {
    return [...workspaceNames(ctx, doc.uri, doc.tree).backends.keys()].map((n) => item(n, CompletionItemKind.Reference, 'backend', 'backend'));
  }
  const ruleSet = Object.keys(RULE_SETS).find((rs) => proxyKeyOf(words).key === rs);
  if (ruleSet && c.index === RULE_SETS[ruleSet]) return fromSet(k.actions.get(ruleSet) ?? k.proxy, CompletionItemKind.Function, 'action');
  if (head === 'bind' && c.index >= 2) return fromSet(k.bind, CompletionItemKind.Property, 'bind');
  if ((head === 'server' && c.index >= 3) || (head === 'server-template' && c.index >= 4) || (head === 'default-server' && c.index >= 1)) {
    return fromSet(k.server, CompletionItemKind.Property, 'server');
  }
  if (head === 'acl' && c.index === 2) return [...fromSet(k.fetches, CompletionItemKind.Function, 'fetch'), ...fromSet(k.acls, CompletionItemKind.Function, 'acl')];
  if (/%[A-Za-z]*$/.test(c.prefix) && !/%\[[^\]]*$/.test(c.prefix)) return logVars(c, k);
  if (c.prefix.includes(',') || /%\[[^\]]*,[^\]]*$/.test(c.prefix)) return fromSet(k.converters, CompletionItemKind.Function, 'conv');
  if (c.prefix.includes('%[') || (ruleSet && c.index > RULE_SETS[ruleSet])) return fromSet(k.fetches, CompletionItemKind.Function, 'fetch');
  return [];
}

const strip = (p: string) => (i: CompletionItem): CompletionItem => ({ ...i, label: i.label.slice(p.length), data: { language: 'haproxy', docKind: 'proxy', name: i.label } });

function aclNames(doc: ParsedDocument<HaproxyTree>, c: Cursor): CompletionItem[] {
  const model = modelOf(doc.tree);
  const names = new Set<string>(PREDEFINED_ACLS);
  let at = c.sectionIndex;
  for (let hops = 0; at !== undefined && hops < 64; hops++) {
    for (const d of model.defs) if (d.kind === 'acl' && d.scope === at) names.add(d.name);
    at = model.byIndex.get(at)?.defaults;
  }
  // the proxy's own ACLs first, haproxy's predefined ones after them
  return [...names].map((n) => {
    const predefined = PREDEFINED_ACLS.has(n);
    return { ...item(n, predefined ? CompletionItemKind.Constant : CompletionItemKind.Variable, 'acl-name', predefined ? 'predefined ACL' : 'ACL'), sortText: `${predefined ? 1 : 0}${n}` };
  });
}


/** Log-format aliases (%ci, %ST, …), replacing the `%…` being typed. */
function logVars(c: Cursor, k: HaproxyKnowledge): CompletionItem[] {
  const at = c.prefix.lastIndexOf('%');
  const word = c.words[c.index];
  const start = (word?.start ?? 0) + at;
  return fromSet(k.logVars, CompletionItemKind.Variable, 'logvar').map((i) => ({
    ...i,
    filterText: i.label,
    textEdit: { range: { start: { line: c.line, character: start }, end: { line: c.line, character: start + c.prefix.length - at } }, newText: i.label },
  }));
}
