// Where the generated files go on the machines, fixed names and ports, and the timing knobs the
// configs and the README's failover drill share (so the drill's numbers always match the files).
import type { DbKind } from './types';

export const INSTALL = {
  keepalivedConf: '/etc/keepalived/keepalived.conf',
  notifyScript: '/etc/keepalived/notify.sh',
  haproxyCfg: '/etc/haproxy/haproxy.cfg',
  unitDir: '/etc/systemd/system',
  libexec: '/usr/local/lib/ha-stack',
  healthcheckEnvDir: '/etc/ha-stack/healthcheck',
  appBinary: '/usr/local/bin/ha-webapp',
} as const;

export const HEALTHCHECK_SCRIPT = `${INSTALL.libexec}/service-healthcheck.sh`;
export const FAILURE_NOTIFY_SCRIPT = `${INSTALL.libexec}/service-failure-notify.sh`;

export const APP_UNIT = 'ha-webapp.service';
export const SCRIPT_USER = 'keepalived_script';
export const FRONTEND_PORT = 80;
export const STATS_PORT = 8404;
export const MONITOR_URI = '/healthz';

/** VRRP and check timings, in seconds unless named otherwise. */
export const TIMING = {
  advertInt: 1,
  masterPriority: 110,
  backupPriority: 100,
  /** Subtracted from the priority while HAProxy fails its check: larger than the priority gap. */
  checkWeight: -20,
  checkInterval: 2,
  checkTimeout: 2,
  checkFall: 2,
  checkRise: 2,
  serverInter: 3,
  serverFall: 3,
  serverRise: 2,
  healthTimerSec: 30,
  readinessWaitSec: 30,
  appRestartSec: 5,
  appStartBurst: 5,
  appStartIntervalSec: 300,
} as const;

/** skew_time of a VRRP router: (256 − priority) / 256 × advert_int (RFC 3768). */
export function skewSeconds(priority: number): number {
  return ((256 - priority) / 256) * TIMING.advertInt;
}

/**
 * Seconds a backup of `priority` waits without adverts before it becomes master: 3 × advert_int + skew.
 * A backup also ignores adverts of a lower priority, so after a failed check it is this long too.
 */
export function masterDownSeconds(priority: number = TIMING.backupPriority): number {
  return 3 * TIMING.advertInt + skewSeconds(priority);
}

/** Write and read ports of the HAProxy listen pair for the database. */
export function dbPorts(db: Exclude<DbKind, 'none'>): [number, number] {
  return db === 'mysql' ? [3306, 3307] : [5432, 5433];
}

/** The database's own port on the database machines. */
export function dbServerPort(db: Exclude<DbKind, 'none'>): number {
  return db === 'mysql' ? 3306 : 5432;
}
