// Markdown documentation of a haproxy name: our description (or a one-liner generated from its facts),
// its synopsis, the versions that have it and a link to the official documentation.
import { DESCRIPTIONS } from '../../schema/haproxy/descriptions';
import { DOC_ANCHORS } from '../../schema/haproxy/generated/anchors';
import { aclCriterion, describeMask, knowledgeFor, type AclCriterion, type FactSet } from '../../schema/haproxy/index';

export type DocKind = 'section' | 'global' | 'proxy' | 'bind' | 'server' | 'balance' | 'mode' | 'action' | 'fetch' | 'conv' | 'acl' | string;

const KIND_LABEL: Readonly<Record<string, string>> = {
  section: 'section', global: 'global keyword', proxy: 'proxy keyword', bind: 'bind option', server: 'server option',
  balance: 'balance algorithm', mode: 'mode', logvar: 'log-format variable', action: 'rule action', fetch: 'sample fetch', conv: 'converter', acl: 'ACL criterion',
};

export function docUrl(kind: DocKind, name: string): string | undefined {
  const a = DOC_ANCHORS[`${kind}:${name}`];
  if (!a) return undefined;
  const [branch, anchor] = a.split('#');
  return `https://docs.haproxy.org/${branch}/configuration.html#${encodeURIComponent(anchor).replace(/%2F/g, '/')}`;
}

/**
 * The markdown for `name` of `kind`; `set` gives synopsis and versions when known. Undefined for a name that
 * `set` has in no version and we never described: a misspelt word gets no made-up documentation.
 */
export function docFor(kind: DocKind, name: string, set?: FactSet, extra?: string): string | undefined {
  if (set && !set.anyVersion.has(name) && !set.has(name) && !DESCRIPTIONS[`${kind}:${name}`]) return undefined;
  const label = KIND_LABEL[kind] ?? `${kind} keyword`;
  const synopsis = set?.get(name);
  const criterion = kind === 'acl' && set && !DESCRIPTIONS[`acl:${name}`] ? aclCriterion(name, synopsis) : undefined;
  if (criterion && set) return aclDoc(name, criterion, set);
  const mask = set?.mask(name) ?? 0;
  const desc = DESCRIPTIONS[`${kind}:${name}`] ?? generated(label, name, synopsis, extra);
  const parts = [`**${name}** — ${label}`, '', desc];
  // samples ("(<args>) : type") show their call form, other kinds their arguments
  const call = synopsis?.includes(' : ') ? `${name}${synopsis.split(' : ')[0].trim()}` : `${name} ${synopsis ?? ''}`.trim();
  if (synopsis && !synopsis.startsWith(' :') && /[<[{(]/.test(synopsis)) parts.push('', '```haproxy', call, '```');
  if (mask) parts.push('', `HAProxy versions: ${describeMask(mask)}`);
  // the typed map converters (map_str_int, map_beg_key …) share the entry of `map`
  const family = kind === 'conv' && name.startsWith('map_') ? docUrl('conv', 'map') : undefined;
  const url = docUrl(kind, name) ?? family ?? (kind === 'proxy' && name.includes(' ') ? undefined : docUrl('proxy', name));
  parts.push('', `[HAProxy documentation](${url ?? 'https://docs.haproxy.org/3.4/configuration.html'})`);
  return parts.join('\n');
}

/**
 * An ACL criterion such as `hdr_beg` (fact "req.hdr -m beg"): which fetch it reads, with that fetch's
 * description, what its match does, and the equivalent `<fetch> -m <match>` form.
 */
function aclDoc(name: string, c: AclCriterion, set: FactSet): string {
  const fetches = knowledgeFor(set.vi).fetches;
  const fetchSynopsis = fetches.get(c.fetch) ?? undefined;
  const args = fetchSynopsis?.includes(' : ') ? fetchSynopsis.split(' : ')[0].trim() : '';
  const fetchDesc = DESCRIPTIONS[`fetch:${c.fetch}`] ?? generated(KIND_LABEL.fetch, c.fetch, fetchSynopsis);
  const intro =
    name === c.fetch
      ? `The \`${c.fetch}\` sample fetch used as an ACL criterion, matched with \`-m ${c.match}\` unless told otherwise: it ${c.meaning}.`
      : `Shorthand for the \`${c.fetch}\` sample fetch matched with \`-m ${c.match}\`: it ${c.meaning}.`;
  const parts = [`**${name}** — ${KIND_LABEL.acl}`, '', intro, '', `\`${c.fetch}\`: ${fetchDesc}`];
  if (name !== c.fetch) parts.push('', 'Equivalent forms:', '', '```haproxy', `acl <acl-name> ${name}${args} <pattern> ...`, `acl <acl-name> ${c.fetch}${args} -m ${c.match} <pattern> ...`, '```');
  // src/acl.c: converters after an ACL keyword replace its match by the default of their output type
  if (name !== c.fetch && c.match !== 'str') {
    parts.push('', `A converter after it (\`${name}${args ? '(…)' : ''},lower\`) makes haproxy drop the implied \`-m ${c.match}\` and use the default match of the converter's output type (exact match for strings): write \`${c.fetch}${args ? '(…)' : ''},lower -m ${c.match}\` instead.`);
  }
  const mask = set.mask(name);
  if (mask) parts.push('', `HAProxy versions: ${describeMask(mask)}`);
  parts.push('', `[HAProxy documentation](${docUrl('fetch', c.fetch) ?? 'https://docs.haproxy.org/3.4/configuration.html'})`);
  return parts.join('\n');
}

/** Sample types as the facts spell them (dump, sources or manual) -> words for a sentence. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  str: 'string', string: 'string', sint: 'integer', integer: 'integer', bool: 'boolean', boolean: 'boolean', bin: 'binary block',
  binary: 'binary block', addr: 'address', ipv4: 'IPv4 address', ipv6: 'IPv6 address', ip: 'IP address', meth: 'HTTP method', method: 'HTTP method', any: 'value of any type',
};

/** "a string", "an integer", "an IPv4 address"; undefined for an empty type. */
function typePhrase(type: string): string | undefined {
  // the 2.6 dump writes a converter's type as "<input> => <output>"
  const t = (type.split('=>').pop() ?? '').replace(/\(deprecated\)/, '').trim();
  if (!t) return undefined;
  const words = TYPE_WORDS[t.toLowerCase()] ?? t;
  return `${/^[aeiouAEIOU]/.test(words) ? 'an' : 'a'} ${words}`;
}

/** A plain one-liner built from the facts, for names we have not described by hand. */
function generated(label: string, name: string, synopsis: string | undefined, extra?: string): string {
  const where = extra ? ` ${extra}` : '';
  if (synopsis && synopsis.includes(' : ')) {
    const [args, type] = synopsis.split(' : ');
    const written = args.trim() ? `, written \`${name}${args.trim()}\`,` : '';
    const gives = typePhrase(type);
    const deprecated = /\(deprecated\)/.test(type) ? ' It is deprecated.' : '';
    return `The \`${name}\` ${label}${written}${gives ? ` returns ${gives}` : ' has no hand-written description yet'}.${deprecated}${where}`;
  }
  return `The \`${name}\` ${label}${synopsis ? `, written \`${name} ${synopsis}\`` : ''}.${where}`;
}
