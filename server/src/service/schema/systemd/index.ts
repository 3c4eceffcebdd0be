// The lookup layer over the systemd facts: sections per unit type, directives per section, with versions.
import type { UnitType } from '../../detect';
import { DUMP } from './generated';
import { ENUMS } from './enums';
import { isList, kindOf } from './kinds';
import { DEPRECATIONS, REMOVED_252 } from './legacy';
import { ADDITIONS, Group } from './newer';
import type { DirectiveSpec, ManPage } from './types';

export { NEWEST_VERSION, KNOWN_VERSIONS } from './newer';

const GROUP_SECTIONS: Record<Group, readonly string[]> = {
  EXEC: ['Service', 'Socket', 'Mount', 'Swap'],
  KILL: ['Service', 'Socket', 'Mount', 'Swap', 'Scope'],
  CGROUP: ['Service', 'Socket', 'Mount', 'Swap', 'Slice', 'Scope'],
};
const GROUP_MAN: Record<Group, ManPage> = { EXEC: 'systemd.exec', KILL: 'systemd.kill', CGROUP: 'systemd.resource-control' };
const KILL_NAMES = new Set(['SendSIGKILL', 'SendSIGHUP', 'KillMode', 'KillSignal', 'RestartKillSignal', 'FinalKillSignal', 'WatchdogSignal']);

/** Sections a unit type reads besides [Unit] and [Install]. */
const TYPE_SECTION: Record<UnitType, string | undefined> = {
  service: 'Service', socket: 'Socket', timer: 'Timer', path: 'Path', mount: 'Mount', automount: 'Automount',
  swap: 'Swap', slice: 'Slice', scope: 'Scope', target: undefined, device: undefined,
};

export const ALL_SECTIONS: readonly string[] = ['Unit', 'Service', 'Socket', 'Timer', 'Path', 'Mount', 'Automount', 'Swap', 'Slice', 'Scope', 'Install'];

/** The sections systemd reads for a unit type; every known section when the type is unknown. */
export function sectionsFor(unitType: UnitType | undefined): readonly string[] {
  if (!unitType) return ALL_SECTIONS;
  const own = TYPE_SECTION[unitType];
  return own ? ['Unit', own, 'Install'] : ['Unit', 'Install'];
}

/** The unit type whose own section this is (`Service` -> service). */
export function unitTypeOfSection(section: string): UnitType | undefined {
  return (Object.keys(TYPE_SECTION) as UnitType[]).find((t) => TYPE_SECTION[t] === section);
}

function manPageOf(section: string, name: string): ManPage {
  if (section === 'Unit' || section === 'Install') return 'systemd.unit';
  if (KILL_NAMES.has(name)) return 'systemd.kill';
  const inSlice = DUMP.Slice?.some(([n]) => n === name);
  if (inSlice || name === 'NetClass') return 'systemd.resource-control';
  const everywhere = GROUP_SECTIONS.EXEC.every((s) => DUMP[s]?.some(([n]) => n === name));
  if ((everywhere && name !== 'TimeoutSec') || name === 'Capabilities') return 'systemd.exec';
  return `systemd.${section.toLowerCase()}` as ManPage;
}

function spec(section: string, name: string, dumpType: string, since: number, man?: ManPage): DirectiveSpec {
  const kind = kindOf(name, dumpType);
  return {
    name,
    section,
    kind,
    dumpType,
    enumSpec: kind === 'enum' ? ENUMS[`${section}.${name}`] ?? ENUMS[name] : undefined,
    list: isList(name, kind),
    since,
    deprecated: DEPRECATIONS[name],
    man: man ?? manPageOf(section, name),
  };
}

/** Section -> directive name -> spec, over every release we model. */
const TABLE: ReadonlyMap<string, ReadonlyMap<string, DirectiveSpec>> = build();
/** Directives systemd only recognises to say that support was removed: section -> names. */
const REMOVED: ReadonlyMap<string, ReadonlySet<string>> = buildRemoved();

function build(): Map<string, Map<string, DirectiveSpec>> {
  const t = new Map<string, Map<string, DirectiveSpec>>();
  const put = (s: DirectiveSpec) => {
    let m = t.get(s.section);
    if (!m) t.set(s.section, (m = new Map()));
    m.set(s.name, s);
  };
  for (const [section, list] of Object.entries(DUMP)) for (const [name, type] of list) put(spec(section, name, type, 0));
  for (const a of ADDITIONS) {
    const group = a.where in GROUP_SECTIONS ? (a.where as Group) : undefined;
    const sections = group ? GROUP_SECTIONS[group] : [a.where];
    for (const s of sections) put(spec(s, a.name, a.type, a.since, group ? GROUP_MAN[group] : undefined));
  }
  return t;
}

function buildRemoved(): Map<string, Set<string>> {
  const r = new Map<string, Set<string>>();
  for (const x of REMOVED_252) {
    const sections = x.where in GROUP_SECTIONS ? GROUP_SECTIONS[x.where as Group] : [x.where];
    for (const s of sections) {
      if (!r.has(s)) r.set(s, new Set());
      r.get(s)?.add(x.name);
    }
  }
  return r;
}

/** A directive of a section, whatever the release; undefined when systemd never had it there. */
export function directive(section: string, name: string): DirectiveSpec | undefined {
  return TABLE.get(section)?.get(name);
}

/** True when systemd recognises the name only to warn that its support was removed. */
export function isRemovedDirective(section: string, name: string): boolean {
  return REMOVED.get(section)?.has(name) ?? false;
}

const BY_VERSION = new Map<string, readonly DirectiveSpec[]>();

/** Every directive of a section available on `version` (cached; do not mutate). */
export function directivesIn(section: string, version: number): readonly DirectiveSpec[] {
  const id = `${section}@${version}`;
  let list = BY_VERSION.get(id);
  if (!list) {
    const m = TABLE.get(section);
    list = m ? [...m.values()].filter((d) => d.since <= version) : [];
    BY_VERSION.set(id, list);
  }
  return list;
}

/** The sections (among `allowed`) that know `name`. */
export function sectionsWith(name: string, allowed: readonly string[] = ALL_SECTIONS): string[] {
  return allowed.filter((s) => TABLE.get(s)?.has(name));
}

export function isKnownSection(name: string): boolean {
  return TABLE.has(name);
}

/** Link to the directive's anchor on the official man page. */
export function manLink(d: Pick<DirectiveSpec, 'man' | 'name'>): string {
  return `https://www.freedesktop.org/software/systemd/man/latest/${d.man}.html#${d.name}=`;
}

export function sectionManLink(section: string): string {
  const page = section === 'Unit' || section === 'Install' ? 'systemd.unit' : `systemd.${section.toLowerCase()}`;
  return `https://www.freedesktop.org/software/systemd/man/latest/${page}.html#%5B${section}%5D%20Section%20Options`;
}
