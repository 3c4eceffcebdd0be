// Per-proxy facts with defaults inheritance resolved: mode, timeouts, httpchk, servers. Computed once per tree.
import type { Directive, HaproxyTree, Section } from '../../parser/haproxy/types';
import { modelOf, type ProxyInfo } from '../../parser/haproxy/index';
import { keysOf, type FactSet, type KeyOf } from '../../schema/haproxy/index';
import { optionsOf, optionValue, type ParsedOption } from './options';

/** The options of one server line: a thin view over the parsed words (no per-line collections). */
export class ServerLine {
  constructor(
    readonly directive: Directive,
    readonly name: string,
    private readonly opts: readonly ParsedOption[],
  ) {}
  has(option: string): boolean {
    for (const o of this.opts) if (o.name === option) return true;
    return false;
  }
  /** Value of an option that takes one (e.g. inter → "2s"). */
  value(option: string): string | undefined {
    for (const o of this.opts) if (o.name === option) return optionValue(this.directive.words, o)?.text;
    return undefined;
  }
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
type Timeout = { value: string; directive: Directive };
const NO_TIMEOUTS: ReadonlyMap<string, Timeout> = new Map();

/** The summary of every proxy section, by section index. */
/** `servers` gives option arities (the version's server options); the first call per tree decides. */
export function summariesOf(tree: HaproxyTree, servers: FactSet): Map<number, ProxySummary> {
  let out = cache.get(tree);
  if (out) return out;
  out = new Map();
  const model = modelOf(tree);
  const keys = keysOf(tree);
  for (const info of model.proxies) {
    const parent = info.defaults !== undefined ? out.get(info.defaults) : undefined;
    out.set(info.index, summarize(tree, info, parent, keys, servers));
  }
  cache.set(tree, out);
  return out;
}

function summarize(tree: HaproxyTree, info: ProxyInfo, parent: ProxySummary | undefined, keys: KeyOf[], set: FactSet): ProxySummary {
  let mode = parent?.mode ?? 'tcp';
  // shared with the parent until this proxy sets a timeout of its own
  let timeouts: ReadonlyMap<string, Timeout> = parent?.timeouts ?? NO_TIMEOUTS;
  let own: Map<string, Timeout> | undefined;
  let httpchk = parent?.httpchk;
  let defaultServer = parent?.defaultServer;
  let maxconn: Directive | undefined;
  const servers: ServerLine[] = [];
  for (const d of info.section.directives) {
    const k = keys[d.id];
    if (k.key === 'mode' && d.words[1]) mode = d.words[1].text.toLowerCase();
    else if (k.key.startsWith('timeout ') && d.words[k.argAt]) {
      own ??= new Map(timeouts);
      own.set(k.key.slice(8), { value: d.words[k.argAt].text, directive: d });
      timeouts = own;
    }
    else if (k.key === 'option httpchk') httpchk = k.prefix === 'no' ? undefined : d;
    else if (k.key === 'server') servers.push(serverArgs(tree, d, 3, set));
    else if (k.key === 'server-template') servers.push(serverArgs(tree, d, 4, set));
    else if (k.key === 'default-server') defaultServer = serverArgs(tree, d, 1, set);
    else if (k.key === 'maxconn') maxconn = d;
  }
  return { info, section: info.section, mode, timeouts, httpchk, servers, defaultServer, maxconn };
}

/** A server/server-template/default-server line with its options. */
export function serverArgs(tree: HaproxyTree, d: Directive, from: number, set: FactSet): ServerLine {
  return new ServerLine(d, d.words[1]?.text ?? '', optionsOf(tree, d, from, set));
}
