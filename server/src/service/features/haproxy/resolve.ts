// Lazily adds documentation to a completion item (kept out of the list for speed).
import type { CompletionItem } from 'vscode-languageserver-types';
import { knowledgeFor, resolveVersion, type FactSet } from '../../schema/haproxy/index';
import type { ServiceContext } from '../../types';
import { docFor } from './docs';

export function resolveHaproxyCompletion(item: CompletionItem, ctx: ServiceContext): CompletionItem {
  const data = item.data as { docKind?: string; name?: string } | undefined;
  if (!data?.docKind || !data.name) return item;
  const k = knowledgeFor(resolveVersion(ctx.settings.haproxy.version, ctx.hostVersions));
  const sets: Record<string, FactSet | undefined> = {
    global: k.global, proxy: k.proxy, bind: k.bind, server: k.server, balance: k.balance, mode: k.modes, fetch: k.fetches, conv: k.converters, acl: k.acls, logvar: k.logVars,
  };
  if (data.docKind === 'backend' || data.docKind === 'acl-name') return item;
  const value = docFor(data.docKind, data.name, sets[data.docKind] ?? k.sections.get(data.docKind));
  return value ? { ...item, documentation: { kind: 'markdown', value } } : item;
}
