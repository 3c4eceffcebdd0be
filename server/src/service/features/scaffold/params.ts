// The scaffold's parameters as data: key, prompt, help, default, and how a raw value (CLI text, JSON value
// or input box text) becomes a typed answer. The CLI help, the VS Code prompts and the checks all read this.
import { DB_KINDS, DbKind, ScaffoldAnswers, StackNode } from './types';
import { hostAddressProblem, interfaceProblem, parseCidr, parseIPv4 } from './net';
import { compareVersions } from './versions';

export type AnswerKey = keyof ScaffoldAnswers;
export type Parsed<V> = { value: V } | { error: string };

export interface ParamSpec<K extends AnswerKey = AnswerKey> {
  key: K;
  /** Short prompt for an input box. */
  title: string;
  /** One or two sentences for --help and the input box's prompt. */
  help: string;
  /** The default, as text a user would type; '' when empty is the default. */
  defaultText: string;
  /** Closed choices, for a quick pick. */
  choices?: readonly string[];
  parse(raw: unknown): Parsed<NonNullable<ScaffoldAnswers[K]>>;
  /** The value back as text (for prompts, defaults, the README). */
  format(value: NonNullable<ScaffoldAnswers[K]>): string;
}

const NAME = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/i;

function text(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return undefined;
}

function intIn(raw: unknown, lo: number, hi: number, what: string): Parsed<number> {
  const t = text(raw);
  if (t === undefined || !/^\d+$/.test(t)) return { error: `${what} must be a whole number from ${lo} to ${hi}` };
  const n = Number(t);
  return n >= lo && n <= hi ? { value: n } : { error: `${what} ${n} is out of range (${lo} to ${hi})` };
}

/** One node: `name=address`, `{ name, address }`, or a bare address (named `${prefix}${index}`). */
function parseNode(raw: unknown, prefix: string, index: number): Parsed<StackNode> {
  let name: string | undefined;
  let address: string | undefined;
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const o = raw as Record<string, unknown>;
    name = text(o.name);
    address = text(o.address);
  } else {
    const t = text(raw) ?? '';
    const eq = t.indexOf('=');
    [name, address] = eq < 0 ? [`${prefix}${index + 1}`, t] : [t.slice(0, eq).trim(), t.slice(eq + 1).trim()];
  }
  if (!name || !NAME.test(name)) return { error: `node name "${name ?? ''}" must be 1 to 32 letters, digits or inner dashes` };
  const octets = parseIPv4(address ?? '');
  if (!octets) return { error: `node ${name}: "${address ?? ''}" is not a valid IPv4 address` };
  const bad = hostAddressProblem(octets);
  return bad ? { error: `node ${name}: ${address} ${bad}` } : { value: { name, address: address as string } };
}

function nodeList(prefix: string, min: number, max: number) {
  return (raw: unknown): Parsed<StackNode[]> => {
    const items = Array.isArray(raw) ? raw : (text(raw) ?? '').split(/[,\s]+/).filter(Boolean);
    if (items.length < min || items.length > max) {
      return { error: min === max ? `exactly ${min} nodes are needed, got ${items.length}` : `${min} to ${max} nodes are needed, got ${items.length}` };
    }
    const nodes: StackNode[] = [];
    for (const [i, item] of items.entries()) {
      const p = parseNode(item, prefix, i);
      if ('error' in p) return p;
      nodes.push(p.value);
    }
    const dupName = nodes.find((n, i) => nodes.findIndex((m) => m.name === n.name) !== i);
    if (dupName) return { error: `node name ${dupName.name} is used twice` };
    const dupAddr = nodes.find((n, i) => nodes.findIndex((m) => m.address === n.address) !== i);
    return dupAddr ? { error: `address ${dupAddr.address} is used twice` } : { value: nodes };
  };
}
const formatNodes = (nodes: StackNode[]): string => nodes.map((n) => `${n.name}=${n.address}`).join(',');

function version(what: string, pattern: RegExp, min: string, maxExclusive: string) {
  return (raw: unknown): Parsed<string> => {
    const t = text(raw) ?? '';
    if (!pattern.test(t)) return { error: `${what} version "${t}" is not of the form ${min}` };
    if (compareVersions(t, min) < 0 || compareVersions(t, maxExclusive) >= 0) {
      return { error: `${what} ${t} is not supported (from ${min} up to, not including, ${maxExclusive})` };
    }
    return { value: t };
  };
}

function spec<K extends AnswerKey>(s: ParamSpec<K>): ParamSpec<K> {
  return s;
}

export const PARAMS = {
  vip: spec({
    key: 'vip', title: 'Virtual IP with prefix', defaultText: '192.168.1.100/24',
    help: 'The floating IPv4 address clients connect to, with its prefix length; keepalived moves it between the load balancers.',
    parse: (raw) => { const c = parseCidr(text(raw) ?? ''); return typeof c === 'string' ? { error: c } : { value: `${c.address}/${c.prefix}` }; },
    format: (v) => v,
  }),
  interface: spec({
    key: 'interface', title: 'Network interface', defaultText: 'eth0',
    help: 'Interface that carries the VIP and the VRRP adverts on both load balancers.',
    parse: (raw) => { const t = text(raw) ?? ''; const bad = interfaceProblem(t); return bad ? { error: bad } : { value: t }; },
    format: (v) => v,
  }),
  lbNodes: spec({
    key: 'lbNodes', title: 'Load balancers (name=address, two)', defaultText: 'lb1=192.168.1.11,lb2=192.168.1.12',
    help: 'The two HAProxy + keepalived machines as name=address, comma separated; the first starts as MASTER, the second as BACKUP.',
    parse: nodeList('lb', 2, 2), format: formatNodes,
  }),
  webNodes: spec({
    key: 'webNodes', title: 'Web nodes (name=address, comma separated)', defaultText: 'web1=192.168.1.21,web2=192.168.1.22,web3=192.168.1.23',
    help: 'Application servers behind HAProxy (1 to 64), as name=address or bare addresses (named web1, web2, ...).',
    parse: nodeList('web', 1, 64), format: formatNodes,
  }),
  appPort: spec({
    key: 'appPort', title: 'Application port', defaultText: '8080',
    help: 'TCP port the application listens on, on every web node.',
    parse: (raw) => intIn(raw, 1, 65535, 'the application port'), format: String,
  }),
  healthPath: spec({
    key: 'healthPath', title: 'Health check path', defaultText: '/health',
    help: 'HTTP path that answers 200 when a web node is healthy; used by HAProxy, the health-check timer and the readiness wait.',
    parse: (raw) => {
      const t = text(raw) ?? '';
      return /^\/[A-Za-z0-9._~\/-]*(\?[A-Za-z0-9._~=&-]*)?$/.test(t) && t.length <= 200
        ? { value: t }
        : { error: `health path "${t}" must start with / and use only letters, digits and . _ ~ / - (plus an optional ?query)` };
    },
    format: (v) => v,
  }),
  vrid: spec({
    key: 'vrid', title: 'VRRP virtual router id', defaultText: '51',
    help: 'virtual_router_id shared by both load balancers (1 to 255); must be unique on the network segment.',
    parse: (raw) => intIn(raw, 1, 255, 'the VRID'), format: String,
  }),
  db: spec({
    key: 'db', title: 'Database', defaultText: 'none', choices: DB_KINDS,
    help: 'Database tier: none, mysql (MariaDB/MySQL primary + replicas) or postgresql (primary + streaming standbys); adds a read/write listen pair to HAProxy.',
    parse: (raw) => { const t = (text(raw) ?? '').toLowerCase(); return (DB_KINDS as readonly string[]).includes(t) ? { value: t as DbKind } : { error: `database must be one of ${DB_KINDS.join(', ')}` }; },
    format: (v) => v,
  }),
  dbNodes: spec({
    key: 'dbNodes', title: 'Database nodes (primary first)', defaultText: 'db1=192.168.1.31,db2=192.168.1.32',
    help: 'Database machines as name=address; the first is the primary, the others replicas (2 to 16). Ignored when db is none.',
    parse: nodeList('db', 2, 16), format: formatNodes,
  }),
  webhook: spec({
    key: 'webhook', title: 'Notification webhook URL (empty: log only)', defaultText: '',
    help: 'http(s) URL that receives a JSON POST on failover and unit failure; empty means the events are only logged.',
    parse: (raw) => {
      const t = text(raw) ?? '';
      if (t === '') return { value: '' };
      return /^https?:\/\/[^\s'"\\`<>]+$/.test(t) && t.length <= 2000 ? { value: t } : { error: `webhook "${t}" must be an http:// or https:// URL without spaces or quotes` };
    },
    format: (v) => v,
  }),
  pacemaker: spec({
    key: 'pacemaker', title: 'Also write a Pacemaker (pcs) setup script?', defaultText: 'no', choices: ['no', 'yes'],
    help: 'yes adds scripts/pcs-setup.sh, an alternative to keepalived that manages the same VIP and HAProxy with Pacemaker.',
    parse: (raw) => {
      const t = (text(raw) ?? '').toLowerCase();
      if (['yes', 'true', 'on', '1'].includes(t)) return { value: true };
      return ['no', 'false', 'off', '0'].includes(t) ? { value: false } : { error: 'pacemaker must be yes or no' };
    },
    format: (v) => (v ? 'yes' : 'no'),
  }),
  systemdVersion: spec({
    key: 'systemdVersion', title: 'Target systemd version', defaultText: '252',
    help: 'systemd release of the target machines (240 or later); hardening options newer than it are left out.',
    parse: (raw) => intIn(raw, 240, 999, 'the systemd version'), format: String,
  }),
  haproxyVersion: spec({
    key: 'haproxyVersion', title: 'Target HAProxy version', defaultText: '2.6',
    help: 'HAProxy version of the load balancers (2.0 or later, before 4.0), recorded in the files and the README.',
    parse: version('HAProxy', /^\d+\.\d+(\.\d+)?$/, '2.0', '4.0'), format: (v) => v,
  }),
  keepalivedVersion: spec({
    key: 'keepalivedVersion', title: 'Target keepalived version', defaultText: '2.2.7',
    help: 'keepalived version of the load balancers (2.0 or later, before 3.0), recorded in the files and the README.',
    parse: version('keepalived', /^\d+\.\d+(\.\d+)?$/, '2.0', '3.0'), format: (v) => v,
  }),
  authPass: spec({
    key: 'authPass', title: 'VRRP password (empty: random)', defaultText: '',
    help: 'VRRP PASS authentication secret, 1 to 8 letters or digits; by default 8 random characters are generated.',
    parse: (raw) => { const t = text(raw) ?? ''; return /^[A-Za-z0-9]{1,8}$/.test(t) ? { value: t } : { error: 'authPass must be 1 to 8 letters or digits' }; },
    format: (v) => v,
  }),
} satisfies { [K in AnswerKey]-?: ParamSpec<K> };

/** Parameter keys in prompt order. */
export const PARAM_KEYS = Object.keys(PARAMS) as AnswerKey[];

export function paramSpec(key: string): ParamSpec | undefined {
  return (PARAM_KEYS as string[]).includes(key) ? (PARAMS[key as AnswerKey] as unknown as ParamSpec) : undefined;
}
