// What the cross-file rules need from one haproxy.cfg: the addresses it binds, its peers sections and its
// backends (servers with ports, the health-check path). Extracted once per parsed tree.
import type { Directive, HaproxyTree, Section, Word } from '../../parser/haproxy';

export interface BindFact {
  readonly directive: Directive;
  /** The address word as written (`192.168.1.100:80`, `:80`, `*:443`). */
  readonly word: Word;
  readonly host: string;
  readonly port?: number;
  /** `transparent` or `freebind` on the line: the address may be absent from the host. */
  readonly nonlocalOk: boolean;
}

export interface PeersFact {
  readonly section: Section;
  readonly name: string;
  /** `peer`/`server` lines normalised to "name addr" and sorted. */
  readonly members: string[];
}

export interface ServerFact {
  readonly directive: Directive;
  readonly name: Word;
  readonly addr: Word;
  readonly port?: number;
  /** The word holding the port the checks use (`port N` option, else the address). */
  readonly portWord: Word;
  readonly checkPort?: number;
}

export interface BackendFact {
  readonly section: Section;
  readonly name: string;
  readonly servers: ServerFact[];
  /** `option httpchk` / `http-check send` URI, with the word to edit. */
  readonly healthPath?: Word;
}

export interface HaproxyFacts {
  readonly binds: BindFact[];
  readonly peers: PeersFact[];
  readonly backends: BackendFact[];
}

/** `host:port` → parts; `[v6]:port` and `v6:port` too. Ranges and env values give no port. */
export function splitHostPort(text: string): { host: string; port?: number } {
  const m = /^(?:\[([^\]]*)\]|(.*?)):(\d+)$/.exec(text);
  if (!m) return { host: text };
  return { host: (m[1] ?? m[2] ?? '').toLowerCase(), port: Number(m[3]) };
}

function bindsOf(d: Directive): BindFact[] {
  const addr = d.words[1];
  if (!addr || addr.env) return [];
  const nonlocalOk = d.words.some((w) => w.text === 'transparent' || w.text === 'freebind');
  return addr.text.split(',').map((a) => {
    const { host, port } = splitHostPort(a.replace(/^ipv[46]@/, ''));
    return { directive: d, word: addr, host, port, nonlocalOk };
  });
}

/** Server facts by directive: unchanged lines keep their directive objects across versions (see parser/haproxy/reuse.ts). */
const serverCache = new WeakMap<Directive, ServerFact | null>();

function serverOf(d: Directive): ServerFact | undefined {
  let f = serverCache.get(d);
  if (f === undefined) serverCache.set(d, (f = readServer(d) ?? null));
  return f ?? undefined;
}

function readServer(d: Directive): ServerFact | undefined {
  const [, name, addr] = d.words;
  if (!name || !addr || addr.env) return undefined;
  const { port } = splitHostPort(addr.text);
  const pi = d.words.findIndex((w, i) => i > 2 && w.text === 'port');
  const pw = pi > 0 ? d.words[pi + 1] : undefined;
  const checkPort = pw && /^\d+$/.test(pw.text) ? Number(pw.text) : undefined;
  return { directive: d, name, addr, port, portWord: pw ?? addr, checkPort };
}

function healthPathOf(s: Section): Word | undefined {
  let path: Word | undefined;
  for (const d of s.directives) {
    const w = d.words;
    if (d.keyword === 'option' && w[1]?.text === 'httpchk') {
      // `option httpchk URI` or `option httpchk METH URI [VER]`
      path = w.length === 3 ? w[2] : w[3];
    } else if (d.keyword === 'http-check' && w[1]?.text === 'send') {
      const i = w.findIndex((x) => x.text === 'uri');
      if (i > 0 && w[i + 1]) path = w[i + 1];
    }
  }
  return path && path.text.startsWith('/') ? path : undefined;
}

const cache = new WeakMap<HaproxyTree, HaproxyFacts>();

export function haproxyFacts(tree: HaproxyTree): HaproxyFacts {
  let f = cache.get(tree);
  if (f) return f;
  const binds: BindFact[] = [];
  const peers: PeersFact[] = [];
  const proxies: Section[] = [];
  for (const s of tree.sections ?? []) {
    if (s.kind === 'frontend' || s.kind === 'listen') {
      for (const d of s.directives) if (d.keyword === 'bind' && d.condDepth === 0) binds.push(...bindsOf(d));
    }
    if (s.kind === 'peers' && s.name) {
      const members = s.directives
        .filter((d) => (d.keyword === 'peer' || d.keyword === 'server') && d.words[1])
        .map((d) => `${d.words[1].text} ${d.words[2]?.text ?? ''}`.trim())
        .sort();
      peers.push({ section: s, name: s.name.text, members });
    }
    if ((s.kind === 'backend' || s.kind === 'listen') && s.name) proxies.push(s);
  }
  // backends (every server line) are read only by the rules that pair them with a systemd unit: on demand
  let backends: BackendFact[] | undefined;
  f = {
    binds,
    peers,
    get backends() {
      return (backends ??= proxies.map((s) => ({
        section: s,
        name: s.name!.text,
        servers: s.directives.filter((d) => d.keyword === 'server').map(serverOf).filter((x): x is ServerFact => !!x),
        healthPath: healthPathOf(s),
      })));
    },
  };
  cache.set(tree, f);
  return f;
}
