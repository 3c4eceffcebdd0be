// Per-proxy facts with defaults inheritance resolved: mode, timeouts, httpchk, servers. Computed once per tree.
import type { Directive, HaproxyTree, Section } from '../../parser/haproxy/types';
import { modelOf, type ProxyInfo } from '../../parser/haproxy/index';
import { keysOf, type FactSet, type KeyOf } from '../../schema/haproxy/index';
import { optionsOf, optionValue, type ParsedOption } from './options';
import { previousTree, sameDirectives } from '../../parser/haproxy/reuse';

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

/** A proxy's summary, the parent (defaults) summary it was made with, and the one it was copied from. */
interface Entry {
  readonly summary: ProxySummary;
  readonly parent: ProxySummary | undefined;
  readonly origin: ProxySummary | undefined;
}

interface Summaries {
  readonly set: FactSet;
  readonly byIndex: Map<number, ProxySummary>;
  /** By header directive: what the next version looks up for proxies whose lines all carried over. */
  readonly byHeader: Map<Directive, Entry>;
}

const cache = new WeakMap<HaproxyTree, Summaries>();
type Timeout = { value: string; directive: Directive };
const NO_TIMEOUTS: ReadonlyMap<string, Timeout> = new Map();

/**
 * The summary of every proxy section, by section index. `servers` gives option arities (the version's server
 * options). After an edit, a proxy whose lines all carried over (same directive objects) and whose defaults
 * did too keeps its previous summary: only the edited proxy is summarized again.
 */
export function summariesOf(tree: HaproxyTree, servers: FactSet): Map<number, ProxySummary> {
  const hit = cache.get(tree);
  if (hit && hit.set === servers) return hit.byIndex;
  const prev = previousTree(tree);
  const old = prev && cache.get(prev.tree);
  const reusable = old && old.set === servers ? old.byHeader : undefined;
  const byIndex = new Map<number, ProxySummary>();
  const byHeader = new Map<Directive, Entry>();
  const entries = new Map<number, Entry>();
  const model = modelOf(tree);
  const keys = keysOf(tree);
  for (const info of model.proxies) {
    const parentEntry = info.defaults !== undefined ? entries.get(info.defaults) : undefined;
    const parent = parentEntry?.summary;
    const was = reusable?.get(info.section.header);
    // the same inherited state: the same parent as before, or a copy of it
    const sameParent = was && (was.parent === parent || (parentEntry?.origin !== undefined && parentEntry.origin === was.parent));
    let entry: Entry;
    // found by header, so only the body lines remain to compare
    if (was && sameParent && sameDirectives(was.summary.section.directives, info.section.directives)) {
      entry = { summary: { ...was.summary, info, section: info.section }, parent, origin: was.summary };
    } else entry = { summary: summarize(tree, info, parent, keys, servers), parent, origin: undefined };
    entries.set(info.index, entry);
    byIndex.set(info.index, entry.summary);
    byHeader.set(info.section.header, entry);
  }
  cache.set(tree, { set: servers, byIndex, byHeader });
  return byIndex;
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
