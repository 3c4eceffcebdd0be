// Defaults for the scaffold prompts taken from HA files already in the workspace: the VIP, interface and
// VRID of a keepalived instance, and the health path, port and servers of an HAProxy backend that has an
// HTTP check. Reads the indexed text only; answers it cannot find are simply left out.
import type { LanguageId } from '../../types';
import type { AnswerKey } from './params';
import { PARAMS } from './params';

export interface TextDoc {
  language: LanguageId;
  text: string;
}

export function defaultsFromWorkspace(docs: Iterable<TextDoc>): Partial<Record<AnswerKey, string>> {
  const found: Partial<Record<AnswerKey, string>> = {};
  const balancers: LoadBalancer[] = [];
  for (const d of docs) {
    const more = d.language === 'keepalived' ? fromKeepalived(d.text) : d.language === 'haproxy' ? fromHaproxy(d.text) : {};
    for (const [k, v] of Object.entries(more) as Array<[AnswerKey, string]>) {
      if (found[k] === undefined && 'value' in PARAMS[k].parse(v)) found[k] = v;
    }
    if (d.language === 'keepalived') balancers.push(...loadBalancer(d.text));
  }
  const lbNodes = pairOf(balancers);
  if (lbNodes && 'value' in PARAMS.lbNodes.parse(lbNodes)) found.lbNodes = lbNodes;
  return found;
}

interface LoadBalancer {
  name: string;
  address: string;
  master: boolean;
}

/** The machine a keepalived file belongs to: its router_id and unicast_src_ip. */
function loadBalancer(raw: string): LoadBalancer[] {
  const text = uncomment(raw);
  const name = /^\s*router_id\s+(\S+)/m.exec(text)?.[1];
  const address = /^\s*unicast_src_ip\s+(\d+\.\d+\.\d+\.\d+)/m.exec(text)?.[1];
  return name && address ? [{ name, address, master: /^\s*state\s+MASTER\b/m.test(text) }] : [];
}

/** Two distinct load balancers, the MASTER first, as `name=address,name=address`. */
function pairOf(found: LoadBalancer[]): string | undefined {
  const distinct = found.filter((b, i) => found.findIndex((c) => c.name === b.name || c.address === b.address) === i);
  if (distinct.length < 2) return undefined;
  const [a, b] = distinct.slice(0, 2).sort((x, y) => Number(y.master) - Number(x.master));
  return `${a.name}=${a.address},${b.name}=${b.address}`;
}

const uncomment = (text: string): string => text.replace(/[#!].*$/gm, '');

function fromKeepalived(raw: string): Partial<Record<AnswerKey, string>> {
  const text = uncomment(raw);
  const out: Partial<Record<AnswerKey, string>> = {};
  const vip = /virtual_ipaddress\s*\{\s*(\d+\.\d+\.\d+\.\d+\/\d+)/.exec(text);
  if (vip) out.vip = vip[1];
  const iface = /^\s*interface\s+(\S+)/m.exec(text);
  if (iface) out.interface = iface[1];
  const vrid = /^\s*virtual_router_id\s+(\d+)/m.exec(text);
  if (vrid) out.vrid = vrid[1];
  return out;
}

function fromHaproxy(raw: string): Partial<Record<AnswerKey, string>> {
  const text = uncomment(raw);
  const out: Partial<Record<AnswerKey, string>> = { ...fromDatabaseListens(text) };
  // The first backend/listen section that has an HTTP check.
  for (const section of text.split(/^(?=(?:backend|listen)\s)/m).slice(1)) {
    const check = /^\s*option\s+httpchk\s+(?:(?:GET|HEAD|OPTIONS)\s+)?(\/\S*)/m.exec(section);
    if (!check) continue;
    out.healthPath = check[1];
    const servers = [...section.matchAll(/^\s*server\s+(\S+)\s+(\d+\.\d+\.\d+\.\d+):(\d+)/gm)];
    if (servers.length) {
      out.webNodes = servers.map((s) => `${s[1]}=${s[2]}`).join(',');
      out.appPort = servers[0][3];
    }
    break;
  }
  return out;
}

/** The database kind and nodes from listen/backend sections with a MySQL or PostgreSQL check, primary first. */
function fromDatabaseListens(text: string): Partial<Record<AnswerKey, string>> {
  const nodes = new Map<string, string>();
  let db: string | undefined;
  for (const section of text.split(/^(?=(?:backend|listen)\s)/m).slice(1)) {
    const kind = /^\s*option\s+(mysql|pgsql)-check\b/m.exec(section)?.[1];
    if (!kind) continue;
    db ??= kind === 'mysql' ? 'mysql' : 'postgresql';
    const servers = [...section.matchAll(/^\s*server\s+(\S+)\s+(\d+\.\d+\.\d+\.\d+)(?::\d+)?([^\n]*)$/gm)];
    // Servers that are not backups first: in a write listen that is the primary.
    for (const s of [...servers.filter((m) => !/\bbackup\b/.test(m[3])), ...servers.filter((m) => /\bbackup\b/.test(m[3]))]) {
      if (!nodes.has(s[1])) nodes.set(s[1], s[2]);
    }
  }
  if (!db || nodes.size < 2) return {};
  return { db, dbNodes: [...nodes].map(([n, a]) => `${n}=${a}`).join(',') };
}
