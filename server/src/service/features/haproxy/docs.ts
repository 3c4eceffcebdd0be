// Markdown documentation of a haproxy name: our description (or a one-liner generated from its facts),
// its synopsis, the versions that have it and a link to the official documentation.
import { DESCRIPTIONS } from '../../schema/haproxy/descriptions';
import { DOC_ANCHORS } from '../../schema/haproxy/generated/anchors';
import { describeMask, type FactSet } from '../../schema/haproxy/index';

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
  const mask = set?.mask(name) ?? 0;
  const desc = DESCRIPTIONS[`${kind}:${name}`] ?? generated(label, name, synopsis, extra);
  const parts = [`**${name}** — ${label}`, '', desc];
  if (synopsis && !synopsis.startsWith(' :') && /[<[{(]/.test(synopsis)) parts.push('', '```haproxy', `${name} ${synopsis}`.trim(), '```');
  if (mask) parts.push('', `HAProxy versions: ${describeMask(mask)}`);
  const url = docUrl(kind, name) ?? (kind === 'proxy' && name.includes(' ') ? undefined : docUrl('proxy', name));
  parts.push('', `[HAProxy documentation](${url ?? 'https://docs.haproxy.org/3.4/configuration.html'})`);
  return parts.join('\n');
}

/** A plain one-liner built from the facts, for names we have not described by hand. */
function generated(label: string, name: string, synopsis: string | undefined, extra?: string): string {
  const where = extra ? ` ${extra}` : '';
  if (synopsis && synopsis.includes(' : ')) {
    const [args, type] = synopsis.split(' : ');
    return `The \`${name}\` ${label}${args ? ` takes ${args.trim()}` : ''}${type ? ` and gives a ${type.trim()}` : ''}.${where}`;
  }
  return `The \`${name}\` ${label}${synopsis ? `, written \`${name} ${synopsis}\`` : ''}.${where}`;
}
