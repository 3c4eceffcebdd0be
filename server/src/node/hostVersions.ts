// Finds the versions of systemd, haproxy and keepalived installed on this host (for `version: auto`).
import { execFileSync } from 'child_process';
import { readdirSync } from 'fs';
import type { HostVersions } from '../service/types';

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', timeout: 3000, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    // keepalived -v prints to stderr and some builds exit non-zero
    const e = err as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
}

export function detectHostVersions(): HostVersions {
  const v: HostVersions = {};
  const sd = /systemd (\d+)/.exec(run('systemctl', ['--version']));
  if (sd) v.systemd = sd[1];
  const hap = /HAProxy version (\d+\.\d+(?:\.\d+)?)/i.exec(run('haproxy', ['-v']));
  if (hap) v.haproxy = hap[1];
  const ka = /Keepalived v(\d+\.\d+\.\d+)/.exec(run('keepalived', ['-v']));
  if (ka) v.keepalived = ka[1];
  return v;
}

/** The host's network interfaces (from /sys/class/net), sorted; empty where that folder cannot be read. */
export function detectHostInterfaces(): string[] {
  try {
    return readdirSync('/sys/class/net').sort();
  } catch {
    return [];
  }
}
