// Which dialect a file is, from its name, its folder and, for ambiguous names, its content.
import type { LanguageId } from './types';

export const UNIT_TYPES = [
  'service', 'socket', 'timer', 'target', 'path', 'mount', 'automount', 'swap', 'slice', 'scope', 'device',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

const UNIT_EXT = new RegExp(`\\.(${UNIT_TYPES.join('|')})(\\.in)?$`);
const DROP_IN_DIR = new RegExp(`\\.(${UNIT_TYPES.join('|')})\\.d$`);
/** `systemctl edit` temp files: `.#override.conf1a2b…` in a drop-in folder, `.#foo.service1a2b…` for --full. */
const SYSTEMCTL_EDIT = new RegExp(`^\\.#(override\\.conf|.+\\.(${UNIT_TYPES.join('|')}))[0-9a-f]{8,}$`);

function parts(pathOrUri: string): { base: string; dirs: string[] } {
  const path = decodeURIComponent(pathOrUri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, ''));
  const segs = path.split(/[\\/]/).filter(Boolean);
  return { base: segs[segs.length - 1] ?? '', dirs: segs.slice(0, -1) };
}

/** Unit type of a unit file or drop-in path (`foo@.service` → service; `x.timer.d/a.conf` → timer). */
export function unitTypeOf(pathOrUri: string): UnitType | undefined {
  const { base, dirs } = parts(pathOrUri);
  const m = UNIT_EXT.exec(base) ?? SYSTEMCTL_EDIT.exec(base)?.slice(1).reverse();
  if (m && m[1] && (UNIT_TYPES as readonly string[]).includes(m[1])) return m[1] as UnitType;
  const dir = dirs[dirs.length - 1] ?? '';
  const d = DROP_IN_DIR.exec(dir);
  return d ? (d[1] as UnitType) : undefined;
}

/** True when the path is a drop-in (`*.service.d/*.conf`) rather than a whole unit. */
export function isDropIn(pathOrUri: string): boolean {
  const { base, dirs } = parts(pathOrUri);
  const dir = dirs[dirs.length - 1] ?? '';
  return DROP_IN_DIR.test(dir) && (base.endsWith('.conf') || SYSTEMCTL_EDIT.test(base));
}

/** The dialect of a file, or undefined when it is none of ours. `text` helps for generic names. */
export function detectLanguage(pathOrUri: string, text?: string): LanguageId | undefined {
  const { base, dirs } = parts(pathOrUri);
  const lowerDirs = dirs.map((d) => d.toLowerCase());
  if (UNIT_EXT.test(base) || SYSTEMCTL_EDIT.test(base) || isDropIn(pathOrUri)) return 'systemd-unit-file';
  if (/^keepalived\.conf/.test(base)) return 'keepalived';
  if (/^haproxy.*\.cfg$/.test(base)) return 'haproxy';
  if (lowerDirs.some((d) => d.startsWith('keepalived')) && /\.conf$/.test(base)) return 'keepalived';
  if (lowerDirs.some((d) => d.startsWith('haproxy')) && /\.(cfg|conf)$/.test(base)) return 'haproxy';
  if (text !== undefined && /\.(cfg|conf)$/.test(base)) return sniff(text);
  return undefined;
}

/** Guess from content, for files whose names say nothing. Conservative: undefined unless clear. */
export function sniff(text: string): LanguageId | undefined {
  const head = text.slice(0, 64 * 1024);
  if (/^\s*(vrrp_instance|vrrp_script|virtual_server|global_defs|vrrp_sync_group)\b[^\n]*\{/m.test(head)) {
    return 'keepalived';
  }
  const proxies = head.match(/^(frontend|backend|listen|defaults|global)\b/gm)?.length ?? 0;
  if (proxies >= 2 || /^(frontend|backend|listen)\s+\S+\s*$/m.test(head)) return 'haproxy';
  if (/^\[(Unit|Service|Install|Socket|Timer|Mount|Path)\]\s*$/m.test(head)) return 'systemd-unit-file';
  return undefined;
}
