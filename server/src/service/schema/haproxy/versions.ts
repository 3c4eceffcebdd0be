// HAProxy branches haconf knows, and how the `haconf.haproxy.version` setting picks one.
import type { HostVersions } from '../../types';

export const HAPROXY_VERSIONS = ['2.6', '2.8', '3.0', '3.2', '3.4'] as const;
export type HaproxyVersion = (typeof HAPROXY_VERSIONS)[number];
/** The newest long-term-supported branch: the default when nothing else is known. */
export const NEWEST_LTS: HaproxyVersion = '3.4';

function toNumber(v: string): number | undefined {
  const m = /^(\d+)\.(\d+)/.exec(v.trim());
  return m ? Number(m[1]) * 100 + Number(m[2]) : undefined;
}

/** Index into HAPROXY_VERSIONS of the newest known branch not newer than `v` (clamped to the range). */
export function versionIndexFor(v: string): number | undefined {
  const n = toNumber(v);
  if (n === undefined) return undefined;
  let best = 0;
  HAPROXY_VERSIONS.forEach((known, i) => {
    if ((toNumber(known) ?? 0) <= n) best = i;
  });
  return best;
}

/** The version index for a setting value: `auto` uses the host's haproxy, else the newest LTS. */
export function resolveVersion(setting: string, host: HostVersions): number {
  const newest = HAPROXY_VERSIONS.indexOf(NEWEST_LTS);
  if (setting === 'auto' || !setting) return host.haproxy ? versionIndexFor(host.haproxy) ?? newest : newest;
  return versionIndexFor(setting) ?? newest;
}

/** "2.6" … for messages. */
export function versionName(vi: number): string {
  return HAPROXY_VERSIONS[vi] ?? NEWEST_LTS;
}

/** Human list of the versions in a mask, e.g. "2.8–3.4" or "2.6". */
export function describeMask(mask: number): string {
  const idx = HAPROXY_VERSIONS.map((_, i) => i).filter((i) => (mask & (1 << i)) !== 0);
  if (!idx.length) return 'no known version';
  const first = HAPROXY_VERSIONS[idx[0]];
  const last = HAPROXY_VERSIONS[idx[idx.length - 1]];
  return first === last ? first : `${first}–${last}`;
}
