// Hand-written haproxy facts the generated tables do not carry (read from configuration.txt by hand),
// and corrections to them. Masks: bit i = HAPROXY_VERSIONS[i] (2.6, 2.8, 3.0, 3.2, 3.4).
import type { VersionedFacts } from './factTypes';

const ALL = 0b11111;
const FROM_3_0 = 0b11100;
const FROM_3_2 = 0b11000;

/** `balance` algorithms: value is the argument synopsis. */
export const BALANCE_ALGORITHMS: VersionedFacts = {
  roundrobin: [ALL, ''],
  'static-rr': [ALL, ''],
  leastconn: [ALL, ''],
  first: [ALL, ''],
  hash: [ALL, '<expr>'],
  source: [ALL, ''],
  uri: [ALL, '[len <n>] [depth <n>] [whole] [path-only]'],
  url_param: [ALL, '<param> [check_post]'],
  hdr: [ALL, '(<name>) [use_domain_only]'],
  random: [ALL, '[(<draws>)]'],
  'rdp-cookie': [ALL, '[(<name>)]'],
  'log-hash': [FROM_3_0, '<converters>'],
  sticky: [FROM_3_0, ''],
};

/** `mode` values. */
export const MODES: VersionedFacts = {
  tcp: [ALL, ''],
  http: [ALL, ''],
  log: [FROM_3_0, ''],
  spop: [FROM_3_2, ''],
};

/** Keywords haproxy still recognises only to refuse them, with what replaced them. */
export const REMOVED_KEYWORDS: Readonly<Record<string, string>> = {
  clitimeout: 'timeout client',
  contimeout: 'timeout connect',
  srvtimeout: 'timeout server',
  redispatch: 'option redispatch',
  block: 'http-request deny',
  reqadd: 'http-request add-header',
  reqdel: 'http-request del-header',
  reqrep: 'http-request replace-header',
  reqirep: 'http-request replace-header',
  reqdeny: 'http-request deny',
  reqallow: 'http-request allow',
  reqpass: 'http-request allow',
  reqtarpit: 'http-request tarpit',
  rspadd: 'http-response add-header',
  rspdel: 'http-response del-header',
  rsprep: 'http-response replace-header',
  rspdeny: 'http-response deny',
  'monitor-net': "an 'http-request return' or 'tcp-request connection' rule",
  'bind-process': 'thread binding (nbthread, cpu-map, bind … thread)',
  nbproc: 'nbthread',
};

/** Options haproxy dropped, with the replacement. */
export const REMOVED_OPTIONS: Readonly<Record<string, string>> = {
  forceclose: 'option httpclose',
  'http-tunnel': 'the default keep-alive mode',
  'independant-streams': 'option independent-streams',
};

/** Sections, beside the proxies and global, that the docs describe, with extra keywords and since-when. */
export const EXTRA_SECTION_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  peers: ['peers', 'enable'],
  resolvers: ['resolvers'],
  userlist: ['userlist'],
  mailers: ['mailers'],
  program: ['program'],
  'http-errors': ['http-errors'],
  ring: ['ring', 'backing-file'],
  'log-forward': ['log-forward'],
  cache: ['cache'],
  'fcgi-app': ['fcgi-app'],
  namespace_list: ['namespace'],
};

/** Proxy keywords that live in every proxy section whatever the matrix says (generic, version-neutral). */
export const PREFIX_WORDS: ReadonlySet<string> = new Set([
  'option', 'timeout', 'stats', 'http-check', 'tcp-check', 'email-alert', 'external-check', 'monitor', 'persist',
  'rate-limit', 'stick', 'tcp-request', 'tcp-response', 'declare', 'capture',
]);

/**
 * Keywords whose use in a proxy lacking the capability makes haproxy stop with an alert (the others are
 * only ignored with a warning), checked against haproxy 2.6.
 */
export const ALERT_WHEN_MISPLACED: ReadonlySet<string> = new Set([
  'server', 'server-template', 'default-server', 'declare capture', 'tcp-request connection', 'tcp-request session',
  'retry-on', 'tcp-response content', 'tcp-response inspect-delay', 'use-fcgi-app',
]);

/**
 * Keywords the matrix marks as not applicable to a frontend or backend but that haproxy 2.6 accepts there
 * without a word: haconf stays silent too (checked by probing haproxy 2.6 with each keyword in each section).
 */
export const SILENT_WHEN_MISPLACED: ReadonlySet<string> = new Set([
  'external-check command', 'external-check path', 'hash-balance-factor', 'option external-check', 'persist rdp-cookie',
  'transparent', 'unique-id-format', 'unique-id-header',
]);

/** Corrections to the matrix columns (defaults, frontend, listen, backend), found by probing haproxy 2.6. */
export const COLUMN_OVERRIDES: Readonly<Record<string, string>> = {
  'http-send-name-header': 'X-XX',
  'option spop-check': 'X-XX',
  'option tcplog': 'XXX-',
};

/** Lua-registered names are open-ended: anything after `lua.` is accepted. */
export const OPEN_PREFIXES: readonly string[] = ['lua.'];


/** `timeout` kinds of the sections other than proxies (read from configuration.txt). */
export const SECTION_TIMEOUTS: Readonly<Record<string, readonly string[]>> = {
  resolvers: ['resolve', 'retry'],
  mailers: ['mail'],
  ring: ['connect', 'server'],
  'log-forward': ['client'],
};
