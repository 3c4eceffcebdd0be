// The systemd release to check against: the setting, `auto` -> the host's systemd, else the newest we know.
import type { ServiceContext } from '../../types';
import { NEWEST_VERSION } from './newer';

export function parseVersion(v: string | undefined): number | undefined {
  const m = /^\s*(\d{3})/.exec(v ?? '');
  return m ? Number(m[1]) : undefined;
}

export function targetVersion(ctx: Pick<ServiceContext, 'settings' | 'hostVersions'>): number {
  const setting = ctx.settings.systemd.version;
  const v = setting === 'auto' ? parseVersion(ctx.hostVersions.systemd) : parseVersion(setting);
  return v ?? NEWEST_VERSION;
}
