// Where each snippet goes in a real file set: fragments are wrapped in the section or block they belong to,
// and units or names a snippet refers to get a minimal definition, so that a whole configuration can be
// checked by haconf and by the real tools.

export type SnippetLanguage = 'systemd-unit-file' | 'haproxy' | 'keepalived';

export interface PlacedFile {
  /** Path relative to the folder the files are written to. */
  path: string;
  text: string;
  language?: SnippetLanguage;
}

export interface Placement {
  files: PlacedFile[];
  /** The file the real tool is pointed at. */
  main: string;
  /** Extra arguments for the real tool (haproxy -L for a peers section). */
  args: string[];
}

const indent = (text: string, by = '    '): string => text.split('\n').map((l) => (l.trim() ? by + l : l)).join('\n');

// systemd ----------------------------------------------------------------------------------------------------
const HELPER = '[Unit]\nDescription=Helper for a snippet test\n\n[Service]\nType=oneshot\nExecStart=/bin/true\n';
const APP_HEAD = '[Unit]\nDescription=Snippet test app\n\n[Service]\nExecStart=/bin/sleep infinity\n';

interface UnitPlacement {
  file: string;
  before?: string;
  after?: string;
  /** Other units the snippet names, and their text. */
  helpers?: Record<string, string>;
}

const UNIT_PLACEMENT: Record<string, UnitPlacement> = {
  'Service with restart policy': { file: 'app.service' },
  'Timer for a service': { file: 'backup.timer', helpers: { 'backup.service': HELPER } },
  'Oneshot service': { file: 'task.service' },
  'Drop-in override': { file: 'app.service.d/override.conf', helpers: { 'app.service': APP_HEAD } },
  'Socket activation': { file: 'app.socket', helpers: { 'app.service': APP_HEAD } },
  'Notify service with watchdog': { file: 'app.service' },
  'Hardening block': { file: 'app.service', before: APP_HEAD },
  'Template unit': { file: 'worker@.service' },
  'Path unit': { file: 'app-config.path', helpers: { 'app-reload.service': HELPER } },
  'Health-check timer': { file: 'healthcheck.timer', helpers: { 'healthcheck.service': HELPER } },
  'OnFailure handler': { file: 'app.service', before: '[Unit]\nDescription=Snippet test app\n', after: '\n[Service]\nExecStart=/bin/sleep infinity\n', helpers: { 'failure-notify@.service': HELPER } },
  'Install section': { file: 'app.service', before: `${APP_HEAD}\n` },
  'Resource limits': { file: 'app.service', before: APP_HEAD },
};

function placeUnit(name: string, text: string): Placement {
  const p = UNIT_PLACEMENT[name];
  if (!p) throw new Error(`no placement for systemd snippet "${name}"`);
  const files: PlacedFile[] = [{ path: p.file, text: `${p.before ?? ''}${text}\n${p.after ?? ''}`, language: 'systemd-unit-file' }];
  for (const [path, helper] of Object.entries(p.helpers ?? {})) files.push({ path, text: helper, language: 'systemd-unit-file' });
  const main = p.file.includes('.d/') ? p.file.slice(0, p.file.indexOf('.d/')) : p.file;
  return { files, main, args: [] };
}

// HAProxy ----------------------------------------------------------------------------------------------------
const H_GLOBAL = 'global\n    log stdout format raw local0\n\n';
const H_DEFAULTS = 'defaults\n    mode http\n    timeout connect 5s\n    timeout client 30s\n    timeout server 30s\n\n';
const H_FRONTEND_CONTEXT = new Set(['Rate limiting', 'Redirect HTTP to HTTPS', 'Route by path']);
const H_BACKEND_CONTEXT = new Set(['Server line']);

function placeHaproxy(name: string, text: string): Placement {
  let body = text;
  if (H_FRONTEND_CONTEXT.has(name)) body = `frontend fe_test\n    bind 127.0.0.1:8080\n    mode http\n${indent(text)}\n    default_backend be_test\n`;
  else if (H_BACKEND_CONTEXT.has(name)) body = `backend be_test\n    mode http\n${indent(text)}\n`;
  const head = (/^global\b/m.test(body) ? '' : H_GLOBAL) + (/^defaults\b/m.test(body) ? '' : H_DEFAULTS);
  const defined = new Set([...body.matchAll(/^(?:backend|listen)\s+(\S+)/gm)].map((m) => m[1]));
  const missing = [...new Set([...body.matchAll(/\b(?:default_backend|use_backend)\s+(\S+)/g)].map((m) => m[1]))].filter((b) => !defined.has(b));
  const tail = missing.map((b) => `\nbackend ${b}\n    mode http\n    server s1 127.0.0.1:9000\n`).join('');
  const firstPeer = /^\s*peer\s+(\S+)/m.exec(body)?.[1];
  return {
    files: [{ path: 'haproxy.cfg', text: `${head}${body}\n${tail}`, language: 'haproxy' }],
    main: 'haproxy.cfg',
    args: firstPeer ? ['-L', firstPeer] : [],
  };
}

// keepalived -------------------------------------------------------------------------------------------------
const K_INSTANCE_CONTEXT = new Set(['Unicast peers', 'Notify scripts', 'Track interface', 'Track script', 'Virtual IP addresses', 'Virtual routes']);
const K_VS_CONTEXT = new Set(['Real server with HTTP_GET']);

// keepalived 2.2.7's -t kills itself (SIGTERM to its own pid) after checking a tracked script as a non-root
// script_user, so the wrapper runs scripts as root; the global_defs snippet itself is checked on its own.
const K_SCRIPT_SECURITY = 'global_defs {\n    enable_script_security\n    script_user root\n}\n\n';

const kInstance = (nameOf: string, vrid: number, inner = ''): string =>
  `vrrp_instance ${nameOf} {\n    state BACKUP\n    interface eth0\n    virtual_router_id ${vrid}\n    priority 100\n` +
  `    virtual_ipaddress {\n        10.9.9.${vrid}/32\n    }\n${inner}}\n`;

function placeKeepalived(name: string, text: string): Placement {
  let body = text;
  if (K_INSTANCE_CONTEXT.has(name)) {
    const inner = indent(text);
    body = name === 'Virtual IP addresses'
      ? `vrrp_instance VI_T {\n    state BACKUP\n    interface eth0\n    virtual_router_id 60\n    priority 100\n${inner}\n}\n`
      : kInstance('VI_T', 60, `${inner}\n`);
  } else if (K_VS_CONTEXT.has(name)) {
    body = `virtual_server 10.9.9.9 80 {\n    lb_algo rr\n    lb_kind NAT\n    protocol TCP\n${indent(text)}\n}\n`;
  }
  const scripts = [...body.matchAll(/track_script\s*\{([^}]*)\}/g)].flatMap((m) => m[1].trim().split(/\s+/));
  const security = scripts.length && !/^global_defs\b/m.test(body) ? K_SCRIPT_SECURITY : '';
  const head = security + scripts.map((s) => `vrrp_script ${s} {\n    script "/usr/bin/pidof haproxy"\n    interval 2\n}\n\n`).join('');
  const groups = [...body.matchAll(/^\s*group\s*\{([^}]*)\}/gm)].flatMap((m) => m[1].trim().split(/\s+/));
  const tail = groups.map((g, i) => `\n${kInstance(g, 70 + i)}`).join('');
  return { files: [{ path: 'keepalived.conf', text: `${head}${body}\n${tail}`, language: 'keepalived' }], main: 'keepalived.conf', args: [] };
}

export function placeSnippet(language: SnippetLanguage, name: string, text: string): Placement {
  if (language === 'systemd-unit-file') return placeUnit(name, text);
  if (language === 'haproxy') return placeHaproxy(name, text);
  return placeKeepalived(name, text);
}
