// Per-proxy facts with defaults inheritance resolved: mode, timeouts, httpchk, servers. Computed once per tree.
import type { Directive, HaproxyTree, Section } from '../../parser/haproxy/types';
import { modelOf, type ProxyInfo } from '../../parser/haproxy/index';
import { knowledgeFor, proxyKeyOf } from '../../schema/haproxy/index';
import { HAPROXY_VERSIONS } from '../../schema/haproxy/versions';
import { parseOptions } from './options';

export interface ServerLine {
  readonly directive: Directive;
  readonly name: string;
  readonly options: ReadonlySet<string>;
  /** Value of each option that takes one (e.g. inter → "2s"). */
  readonly values: ReadonlyMap<string, string>;
}

export interface ProxySummary {
  readonly info: ProxyInfo;
  readonly section: Section;
  readonly mode: string;
  /** Timeout kinds set here or inherited, with their value. */
  readonly timeouts: ReadonlyMap<string, { value: string; directive: Directive }>;
  readonly httpchk?: Directive;
  readonly servers: ServerLine[];
  readonly defaultServer?: ServerLine;
  readonly maxconn?: Directive;
}

const cache = new WeakMap<HaproxyTree, Map<number, ProxySummary>>();

/** The summary of every proxy section, by section index. */
export function summariesOf(tree: HaproxyTree): Map<number, ProxySummary> {
  let out = cache.get(tree);
  if (out) return out;
  out = new Map();
  const model = modelOf(tree);
  for (const info of model.proxies) {
    const parent = info.defaults !== undefined ? out.get(info.defaults) : undefined;
    out.set(info.index, summarize(info, parent));
  }
  cache.set(tree, out);
  return out;
}

function summarize(info: ProxyInfo, parent: ProxySummary | undefined): ProxySummary {
  let mode = parent?.mode ?? 'tcp';
  const timeouts = new Map(parent?.timeouts ?? []);
  let httpchk = parent?.httpchk;
  let defaultServer = parent?.defaultServer;
  let maxconn: Directive | undefined;
  const servers: ServerLine[] = [];
  for (const d of info.section.directives) {
    const k = proxyKeyOf(d.words);
    if (k.key === 'mode' && d.words[1]) mode = d.words[1].text.toLowerCase();
    else if (k.key.startsWith('timeout ') && d.words[k.argAt]) timeouts.set(k.key.slice(8), { value: d.words[k.argAt].text, directive: d });
    else if (k.key === 'option httpchk') httpchk = k.prefix === 'no' ? undefined : d;
    else if (k.key === 'server') servers.push(serverArgs(d, 3));
    else if (k.key === 'server-template') servers.push(serverArgs(d, 4));
    else if (k.key === 'default-server') defaultServer = serverArgs(d, 1);
    else if (k.key === 'maxconn') maxconn = d;
  }
  return { info, section: info.section, mode, timeouts, httpchk, servers, defaultServer, maxconn };
}

/** A server/server-template/default-server line read with the newest known option arities. */
export function serverArgs(d: Directive, from: number): ServerLine {
  const set = knowledgeFor(HAPROXY_VERSIONS.length - 1).server;
  const options = new Set<string>();
  const values = new Map<string, string>();
  for (const o of parseOptions(d.words, from, set)) {
    options.add(o.name);
    if (o.value) values.set(o.name, o.value.text);
  }
  return { directive: d, name: d.words[1]?.text ?? '', options, values };
}
