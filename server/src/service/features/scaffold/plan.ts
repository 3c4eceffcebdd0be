// What each generated file is for, where it is installed and on which machines: the README's file table.
import type { ScaffoldAnswers, ScaffoldFile } from './types';
import { FAILURE_NOTIFY_SCRIPT, HEALTHCHECK_SCRIPT, INSTALL } from './layout';

export interface FileRole {
  purpose: string;
  installTo: string;
  machines: string;
}

export type PlannedFile = ScaffoldFile & FileRole;

const names = (nodes: { name: string }[]): string => nodes.map((n) => n.name).join(', ');

export function describe(path: string, a: ScaffoldAnswers): FileRole {
  const [lb1, lb2] = a.lbNodes;
  const lbs = names(a.lbNodes);
  const webs = names(a.webNodes);
  const everyone = 'all machines';
  const unit = (p: string) => `${INSTALL.unitDir}/${p.replace(/^systemd\//, '')}`;
  const fixed: Record<string, FileRole> = {
    'keepalived/master.conf': { purpose: 'VRRP MASTER: holds the VIP while its HAProxy is healthy', installTo: INSTALL.keepalivedConf, machines: lb1.name },
    'keepalived/backup.conf': { purpose: 'VRRP BACKUP: takes the VIP when the master or its HAProxy fails', installTo: INSTALL.keepalivedConf, machines: lb2.name },
    'keepalived/notify.sh': { purpose: 'logs (and posts to the webhook) every VRRP state change', installTo: INSTALL.notifyScript, machines: lbs },
    'systemd/keepalived.service.d/override.conf': { purpose: 'orders keepalived after the network and HAProxy, restarts it, confines it', installTo: unit('keepalived.service.d/override.conf'), machines: lbs },
    'haproxy/haproxy.cfg': { purpose: 'HTTP frontend on port 80, web backend with health checks, local monitor page', installTo: INSTALL.haproxyCfg, machines: lbs },
    'systemd/haproxy.service.d/override.conf': { purpose: 'runs HAProxy unprivileged with CAP_NET_BIND_SERVICE, sandboxed', installTo: unit('haproxy.service.d/override.conf'), machines: lbs },
    'systemd/ha-webapp.service': { purpose: 'the application: restart limits, bounded readiness wait, sandbox', installTo: unit('ha-webapp.service'), machines: webs },
    'systemd/healthcheck@.service': { purpose: 'one health check of a service (unit active + health URL)', installTo: unit('healthcheck@.service'), machines: everyone },
    'systemd/healthcheck@.timer': { purpose: 'runs the health check periodically', installTo: unit('healthcheck@.timer'), machines: everyone },
    'systemd/failure-notify@.service': { purpose: 'reports a failed unit (OnFailure= target of the other units)', installTo: unit('failure-notify@.service'), machines: everyone },
    'ha-stack/healthcheck/ha-webapp.env': { purpose: 'what healthcheck@ha-webapp checks: unit and health URL', installTo: `${INSTALL.healthcheckEnvDir}/ha-webapp.env`, machines: webs },
    'scripts/service-healthcheck.sh': { purpose: 'health probe and readiness wait used by the units', installTo: HEALTHCHECK_SCRIPT, machines: everyone },
    'scripts/service-failure-notify.sh': { purpose: 'writes the failure report to the journal and the webhook', installTo: FAILURE_NOTIFY_SCRIPT, machines: everyone },
    'scripts/pcs-setup.sh': { purpose: 'Pacemaker alternative to keepalived for the same VIP and HAProxy', installTo: `run once on ${lb1.name}`, machines: lbs },
    'systemd/mariadb.service.d/override.conf': { purpose: 'confines Debian\'s MariaDB unit', installTo: unit('mariadb.service.d/override.conf'), machines: names(a.dbNodes) },
    'systemd/postgresql@.service.d/override.conf': { purpose: 'runs PostgreSQL clusters as postgres, confined', installTo: unit('postgresql@.service.d/override.conf'), machines: names(a.dbNodes) },
    'haconf-answers.json': { purpose: 'the answers this stack was generated from (not the VRRP password); re-generate with `haconf scaffold --out . --answers haconf-answers.json --force`', installTo: 'stays here', machines: '—' },
    'postgresql/pg_hba-ha.conf': { purpose: 'pg_hba.conf lines for replication, HAProxy checks and clients', installTo: 'append to /etc/postgresql/<version>/main/pg_hba.conf', machines: names(a.dbNodes) },
  };
  if (fixed[path]) return fixed[path];
  const node = a.dbNodes.find((n) => path === `mysql/${n.name}.cnf` || path === `postgresql/${n.name}.conf`);
  if (node) {
    const role = node === a.dbNodes[0] ? 'primary' : 'replica';
    return path.startsWith('mysql/')
      ? { purpose: `replication settings (${role})`, installTo: '/etc/mysql/mariadb.conf.d/60-ha-replication.cnf', machines: node.name }
      : { purpose: `replication settings (${role})`, installTo: '/etc/postgresql/<version>/main/conf.d/60-ha.conf', machines: node.name };
  }
  return { purpose: '', installTo: '', machines: '' };
}
