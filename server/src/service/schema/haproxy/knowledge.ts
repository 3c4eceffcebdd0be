// Lookup layer over the haproxy facts: one frozen view per version, built once and cached.
import { factAt, versionMask, type VersionedFacts } from './factTypes';
import { ACTION_FACTS } from './generated/actions';
import { BIND_SERVER_FACTS } from './generated/bindServer';
import { GLOBAL_FACTS } from './generated/global';
import { LOG_FORMAT_VARS } from './generated/logFormat';
import { PROXY_FACTS } from './generated/proxy';
import { SAMPLE_FACTS } from './generated/samples';
import { SECTION_FACTS } from './generated/sections';
import { SECTION_KINDS_FACTS } from './generated/sectionKinds';
import { BALANCE_ALGORITHMS, COLUMN_OVERRIDES, EXTRA_SECTION_KEYWORDS, MODES } from './overrides';

/** Names present in one version (name -> fact) plus every name known in any version (name -> mask). */
export class FactSet {
  readonly here = new Map<string, string>();
  readonly anyVersion = new Map<string, number>();
  /** `vi`: the version index this set answers `has`/`get` for. */
  constructor(facts: VersionedFacts, readonly vi: number) {
    for (const [name, f] of Object.entries(facts)) {
      this.anyVersion.set(name, versionMask(f));
      const v = factAt(f, vi);
      if (v !== null) this.here.set(name, v);
    }
  }
  has(name: string): boolean {
    return this.here.has(name);
  }
  get(name: string): string | undefined {
    return this.here.get(name);
  }
  /** Mask of versions that know `name` (0 when none). */
  mask(name: string): number {
    return this.anyVersion.get(name) ?? 0;
  }
  names(): IterableIterator<string> {
    return this.here.keys();
  }
}

export interface ProxyKeyword {
  /** Columns defaults/frontend/listen/backend: X yes, ! named defaults only, - no. */
  readonly cols: string;
  readonly negatable: boolean;
  readonly deprecated: boolean;
}

export class HaproxyKnowledge {
  readonly proxy: FactSet;
  readonly global: FactSet;
  readonly sections = new Map<string, FactSet>();
  readonly bind: FactSet;
  readonly server: FactSet;
  readonly converters: FactSet;
  readonly fetches: FactSet;
  readonly acls: FactSet;
  readonly actions = new Map<string, FactSet>();
  readonly balance: FactSet;
  readonly modes: FactSet;
  /** Custom log-format aliases such as %ci, %ST. */
  readonly logVars: FactSet;
  /** `option` names and `timeout` kinds in this version. */
  readonly options = new Set<string>();
  readonly timeouts = new Set<string>();
  private readonly proxyKeywords = new Map<string, ProxyKeyword>();

  constructor(readonly vi: number) {
    this.proxy = new FactSet(PROXY_FACTS, vi);
    this.global = new FactSet(GLOBAL_FACTS, vi);
    for (const [sec, facts] of Object.entries(SECTION_FACTS)) this.sections.set(sec, new FactSet(facts, vi));
    for (const [sec, extra] of Object.entries(EXTRA_SECTION_KEYWORDS)) {
      const set = this.sections.get(sec);
      if (set) for (const k of extra) set.here.set(k, '');
    }
    this.bind = new FactSet(BIND_SERVER_FACTS.bind, vi);
    this.server = new FactSet(BIND_SERVER_FACTS.server, vi);
    this.converters = new FactSet(SAMPLE_FACTS.converters, vi);
    this.fetches = new FactSet(SAMPLE_FACTS.fetches, vi);
    this.acls = new FactSet(SAMPLE_FACTS.acls, vi);
    for (const [rs, facts] of Object.entries(ACTION_FACTS)) this.actions.set(rs, new FactSet(facts, vi));
    this.balance = new FactSet(BALANCE_ALGORITHMS, vi);
    this.modes = new FactSet(MODES, vi);
    this.logVars = new FactSet(LOG_FORMAT_VARS, vi);
    for (const [k, f] of this.proxy.here) {
      this.proxyKeywords.set(k, { cols: COLUMN_OVERRIDES[k] ?? f.slice(0, 4), negatable: f.includes('*', 4), deprecated: f.includes('d', 4) });
      if (k.startsWith('option ')) this.options.add(k.slice(7));
      else if (k.startsWith('timeout ')) this.timeouts.add(k.slice(8));
    }
  }

  proxyKeyword(key: string): ProxyKeyword | undefined {
    return this.proxyKeywords.get(key);
  }

  /** Mask of the versions in which a top-level section kind exists (0 for unknown, all for proxies/global). */
  sectionMask(kind: string): number {
    const f = SECTION_KINDS_FACTS[kind];
    return f ? versionMask(f) : 0;
  }
}

const cache = new Map<number, HaproxyKnowledge>();

export function knowledgeFor(vi: number): HaproxyKnowledge {
  let k = cache.get(vi);
  if (!k) {
    k = new HaproxyKnowledge(vi);
    cache.set(vi, k);
  }
  return k;
}
