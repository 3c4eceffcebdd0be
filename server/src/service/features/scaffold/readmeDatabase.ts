// The README's database section: what to run on the primary and the replicas for the chosen kind.
import type { ScaffoldAnswers } from './types';
import { dbPorts } from './layout';

export function installDatabase(a: ScaffoldAnswers): string {
  if (a.db === 'none') return '';
  const [primary, ...replicas] = a.dbNodes;
  const [w, r] = dbPorts(a.db);
  const lbs = a.lbNodes.map((n) => n.address);
  if (a.db === 'mysql') {
    return `## Database (MariaDB / MySQL)

On each database node install \`mysql/<node>.cnf\` as \`/etc/mysql/mariadb.conf.d/60-ha-replication.cnf\` and the
drop-in \`systemd/mariadb.service.d/\` under \`/etc/systemd/system/\`, then \`systemctl daemon-reload && systemctl restart mariadb\`.
On the primary ${primary.name}:

\`\`\`sql
CREATE USER 'replicator'@'%' IDENTIFIED BY '<secret>';
GRANT REPLICATION SLAVE ON *.* TO 'replicator'@'%';
${lbs.map((ip) => `CREATE USER 'haproxy_check'@'${ip}';  -- HAProxy's mysql-check, no privileges`).join('\n')}
\`\`\`

On each replica (${replicas.map((n) => n.name).join(', ')}), after loading a dump of the primary:
\`CHANGE MASTER TO MASTER_HOST='${primary.address}', MASTER_USER='replicator', MASTER_PASSWORD='<secret>', MASTER_USE_GTID=slave_pos; START SLAVE;\`
(MySQL 8: \`CHANGE REPLICATION SOURCE TO ... SOURCE_AUTO_POSITION=1; START REPLICA;\`).

Applications write through \`<VIP>:${w}\` and read through \`<VIP>:${r}\`. Promoting a replica is manual: stop writes,
\`STOP SLAVE; SET GLOBAL read_only=OFF;\` on it, and swap the servers in \`haproxy.cfg\`'s db_write/db_read.
`;
  }
  return `## Database (PostgreSQL)

On each database node install \`postgresql/<node>.conf\` as \`/etc/postgresql/<version>/main/conf.d/60-ha.conf\`, append
\`postgresql/pg_hba-ha.conf\` to \`pg_hba.conf\`, and copy \`systemd/postgresql@.service.d/\` under \`/etc/systemd/system/\`.
On the primary ${primary.name}:

\`\`\`sql
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '<secret>';
CREATE ROLE haproxy_check WITH LOGIN;  -- HAProxy's pgsql-check only needs the authentication request
\`\`\`

Each standby (${replicas.map((n) => n.name).join(', ')}) is cloned with the \`pg_basebackup\` line in its file. Applications
write through \`<VIP>:${w}\` and read through \`<VIP>:${r}\`. Promotion is manual: \`pg_ctlcluster <version> main promote\`
on a standby, then swap the servers in \`haproxy.cfg\`'s db_write/db_read.
`;
}
