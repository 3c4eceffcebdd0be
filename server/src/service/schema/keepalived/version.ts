// Which keepalived release to check against, and release comparison.
import type { ServiceContext } from '../../types';
import { NEWEST_VERSION } from './tree';

/** Numeric comparison of dotted versions: -1, 0, 1. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => parseInt(x, 10) || 0);
  const pb = b.split('.').map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** `haconf.keepalived.version`: `auto` -> the host's keepalived, else the newest release known. */
export function targetVersion(ctx: ServiceContext): string {
  const v = ctx.settings.keepalived.version;
  if (v && v !== 'auto') return v.replace(/^v/, '');
  const host = ctx.hostVersions.keepalived?.match(/\d+(\.\d+)+/)?.[0];
  return host ?? NEWEST_VERSION;
}

/** Is a keyword with `since` available in `version`? */
export function availableIn(since: string | undefined, version: string): boolean {
  return !since || compareVersions(since, version) <= 0;
}
