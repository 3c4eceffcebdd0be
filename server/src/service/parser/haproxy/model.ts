// The structure above the lines: proxies with their defaults, and the names they define and reference
// (backends, ACLs, servers, named defaults). Built once per tree and cached; used by rules and navigation.
import type { Directive, HaproxyTree, Section, Word } from './types';
import { previousTree } from './reuse';

export type NameKind = 'backend' | 'acl' | 'server' | 'defaults';

export interface NameSite {
  readonly kind: NameKind;
  readonly name: string;
  readonly line: number;
  readonly word: Word;
  /** The proxy (section index) where the name lives: ACLs and servers are scoped to their proxy. */
  readonly scope: number;
}

export interface ProxyInfo {
  readonly index: number;
  readonly section: Section;
  /** Index of the defaults section it inherits from, if any. */
  readonly defaults?: number;
  /** Name given with `from NAME`, if any. */
  readonly from?: Word;
}

export interface HaproxyModel {
  readonly proxies: ProxyInfo[];
  readonly byIndex: Map<number, ProxyInfo>;
  readonly defs: NameSite[];
  readonly refs: NameSite[];
  /** Some use_backend computes its name at run time (log-format or environment). */
  readonly dynamicBackendRefs: boolean;
}

const CAP_BACKEND = new Set(['backend', 'listen']);
const CONDITION_OPERATORS = new Set(['||', 'or', '!', '{', '}']);

const cache = new WeakMap<HaproxyTree, HaproxyModel>();

type Track = { backend: string; word: Word; line: number };

/** What each directive added to defs/refs/tracks, by directive id: [from, to) index ranges and its scope. */
interface Spans {
  readonly scope: Int32Array;
  readonly defs: Int32Array;
  readonly refs: Int32Array;
  readonly tracks: Int32Array;
  readonly dynamic: Uint8Array;
  readonly defSites: readonly NameSite[];
  readonly refSites: readonly NameSite[];
  readonly trackList: readonly Track[];
}

/** Spans of each model, so the next version copies the sites of directives it shares (same scope). */
const spansOf = new WeakMap<HaproxyModel, Spans>();

export function modelOf(tree: HaproxyTree): HaproxyModel {
  let m = cache.get(tree);
  if (!m) {
    m = buildModel(tree);
    cache.set(tree, m);
  }
  return m;
}

function buildModel(tree: HaproxyTree): HaproxyModel {
  const proxies: ProxyInfo[] = [];
  const byIndex = new Map<number, ProxyInfo>();
  const defs: NameSite[] = [];
  const refs: NameSite[] = [];
  const dynamic = { seen: false };
  const tracks: Track[] = [];
  const namedDefaults = new Map<string, number>();
  const n = tree.directiveCount;
  const spans: Spans = {
    scope: new Int32Array(n).fill(-1),
    defs: new Int32Array(2 * n),
    refs: new Int32Array(2 * n),
    tracks: new Int32Array(2 * n),
    dynamic: new Uint8Array(n),
    defSites: defs,
    refSites: refs,
    trackList: tracks,
  };
  const p = previousTree(tree);
  const prevModel = p && cache.get(p.tree);
  const prev = prevModel && spansOf.get(prevModel);
  let lastDefaults: number | undefined;
  tree.sections.forEach((section, index) => {
    const kind = section.kind;
    if (kind !== 'defaults' && kind !== 'frontend' && kind !== 'backend' && kind !== 'listen') return;
    const words = section.header.words;
    const fromAt = words.findIndex((w, i) => i > 0 && w.text === 'from');
    const from = fromAt > 0 ? words[fromAt + 1] : undefined;
    const nameWord = section.name && section.name.text !== 'from' ? section.name : undefined;
    let defaults = lastDefaults;
    if (from) {
      defaults = namedDefaults.get(from.text);
      refs.push({ kind: 'defaults', name: from.text, line: section.header.line, word: from, scope: index });
    }
    const info: ProxyInfo = { index, section, defaults, from };
    proxies.push(info);
    byIndex.set(index, info);
    if (kind === 'defaults') {
      lastDefaults = index;
      if (nameWord) {
        namedDefaults.set(nameWord.text, index);
        defs.push({ kind: 'defaults', name: nameWord.text, line: section.header.line, word: nameWord, scope: index });
      }
    } else if (nameWord && CAP_BACKEND.has(kind)) {
      defs.push({ kind: 'backend', name: nameWord.text, line: section.header.line, word: nameWord, scope: index });
    }
    const withTracks = CAP_BACKEND.has(kind);
    for (const d of section.directives) {
      const id = d.id;
      spans.scope[id] = index;
      spans.defs[2 * id] = defs.length;
      spans.refs[2 * id] = refs.length;
      spans.tracks[2 * id] = tracks.length;
      if (prev && prev.scope[id] === index && p.shared(d)) {
        // same line, same words, same proxy: the same sites
        copy(prev.defSites, prev.defs, id, defs);
        copy(prev.refSites, prev.refs, id, refs);
        copy(prev.trackList, prev.tracks, id, tracks);
        if (prev.dynamic[id]) dynamic.seen = true;
        spans.dynamic[id] = prev.dynamic[id];
      } else {
        const was = dynamic.seen;
        dynamic.seen = false;
        collectNames(d, index, defs, refs, dynamic);
        if ((d.keyword === 'server' || d.keyword === 'default-server') && withTracks) collectTrack(d, index, refs, tracks);
        spans.dynamic[id] = dynamic.seen ? 1 : 0;
        dynamic.seen ||= was;
      }
      spans.defs[2 * id + 1] = defs.length;
      spans.refs[2 * id + 1] = refs.length;
      spans.tracks[2 * id + 1] = tracks.length;
    }
  });
  resolveTracks(tree, tracks, refs);
  const model: HaproxyModel = { proxies, byIndex, defs, refs, dynamicBackendRefs: dynamic.seen };
  spansOf.set(model, spans);
  return model;
}

function copy<T>(from: readonly T[], spans: Int32Array, id: number, to: T[]): void {
  for (let i = spans[2 * id]; i < spans[2 * id + 1]; i++) to.push(from[i]);
}

function site(kind: NameKind, word: Word, d: Directive, scope: number): NameSite {
  return { kind, name: word.text, line: d.line, word, scope };
}

function collectNames(d: Directive, scope: number, defs: NameSite[], refs: NameSite[], dynamic: { seen: boolean }): void {
  const w = d.words;
  switch (d.keyword) {
    case 'acl':
      if (w[1]) defs.push(site('acl', w[1], d, scope));
      return;
    case 'server':
      if (w[1]) defs.push(site('server', w[1], d, scope));
      return;
    case 'use_backend':
    case 'default_backend':
      if (w[1] && isStaticName(w[1])) refs.push(site('backend', w[1], d, scope));
      else if (w[1]) dynamic.seen = true;
      break;
    case 'use-server':
      if (w[1]) refs.push(site('server', w[1], d, scope));
      break;
    default:
      break;
  }
  collectConditionAcls(d, scope, refs);
}

/** `track [<backend>/]<server>` on a server line: a server reference, in another backend when one is named. */
function collectTrack(d: Directive, scope: number, refs: NameSite[], tracks: Track[]): void {
  const w = d.words;
  for (let i = 2; i < w.length - 1; i++) {
    if (w[i].text !== 'track' || w[i + 1].env) continue;
    const target = w[i + 1];
    const slash = target.text.indexOf('/');
    if (slash < 0) refs.push(site('server', target, d, scope));
    else {
      const word: Word = { ...target, text: target.text.slice(slash + 1), start: target.start + slash + 1 };
      tracks.push({ backend: target.text.slice(0, slash), word, line: d.line });
    }
  }
}

function resolveTracks(tree: HaproxyTree, tracks: Track[], refs: NameSite[]): void {
  if (!tracks.length) return;
  const byName = new Map<string, number>();
  tree.sections.forEach((s, i) => {
    if (CAP_BACKEND.has(s.kind) && s.name && !byName.has(s.name.text)) byName.set(s.name.text, i);
  });
  for (const t of tracks) {
    const scope = byName.get(t.backend);
    if (scope !== undefined) refs.push({ kind: 'server', name: t.word.text, line: t.line, word: t.word, scope });
  }
}

/** A name without log-format or variables, so haproxy resolves it when it loads the config. */
export function isStaticName(w: Word): boolean {
  return !w.env && !w.text.includes('%[') && !w.text.includes('%{');
}

/** Keywords that take no `if`/`unless` condition: a word `if` there is a name or a value (`server if …`). */
const NO_CONDITION = new Set(['acl', 'server', 'default-server', 'server-template', 'bind', 'balance', 'option', 'timeout', 'mode']);

/** ACL names used in an `if`/`unless` condition (anonymous `{ … }` ACLs skipped). */
function collectConditionAcls(d: Directive, scope: number, refs: NameSite[]): void {
  const w = d.words;
  if (NO_CONDITION.has(d.keyword) || w.length < 2) return;
  let i = 1;
  while (i < w.length && w[i].text !== 'if' && w[i].text !== 'unless') i++;
  if (i >= w.length) return;
  let braces = 0;
  for (i++; i < w.length; i++) {
    const t = w[i].text;
    if (t === '{') braces++;
    else if (t === '}') braces = Math.max(0, braces - 1);
    if (braces > 0 || CONDITION_OPERATORS.has(t)) continue;
    const negated = t.charCodeAt(0) === 33; // '!'
    const name = negated ? t.slice(1) : t;
    if (!name) continue;
    const word: Word = negated ? { ...w[i], text: name, start: w[i].start + 1 } : w[i];
    refs.push({ kind: 'acl', name, line: d.line, word, scope });
  }
}

/** The proxy section containing a line, if any. */
export function sectionAt(tree: HaproxyTree, line: number): number | undefined {
  let lo = 0;
  let hi = tree.sections.length - 1;
  let found: number | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tree.sections[mid].header.line <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
