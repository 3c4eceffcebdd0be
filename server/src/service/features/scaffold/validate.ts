// Raw answers (from --set, an answers file, VS Code or the LSP request) → checked ScaffoldAnswers.
// Missing keys take their defaults; every problem is reported, not just the first.
import { AnswerCheck, ScaffoldAnswers, StackNode } from './types';
import { AnswerKey, PARAM_KEYS, PARAMS, paramSpec } from './params';
import { inSubnet, parseCidr } from './net';
import { editDistance } from '../../text';
import { FRONTEND_PORT, STATS_PORT, dbPorts } from './layout';

export function checkAnswers(raw: Readonly<Record<string, unknown>>): AnswerCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const key of Object.keys(raw)) {
    if (!paramSpec(key)) errors.push(`unknown key "${key}"${suggest(key)}`);
  }
  const values: Partial<Record<AnswerKey, unknown>> = {};
  for (const key of PARAM_KEYS) {
    const given = raw[key];
    const absent = given === undefined || given === null || (key === 'authPass' && given === '');
    if (absent && key === 'authPass') continue;
    // Database nodes mean nothing without a database (db comes before dbNodes): whatever was given is ignored.
    if (key === 'dbNodes' && values.db === 'none') continue;
    const parsed = PARAMS[key].parse(absent ? PARAMS[key].defaultText : given);
    if ('error' in parsed) errors.push(`${key}: ${parsed.error}`);
    else values[key] = parsed.value;
  }
  if (errors.length) return { errors, warnings };
  const answers = values as ScaffoldAnswers;
  if (answers.db === 'none') answers.dbNodes = [];
  crossCheck(answers, errors, warnings);
  return errors.length ? { errors, warnings } : { answers, errors, warnings };
}

function suggest(key: string): string {
  const best = PARAM_KEYS.map((k) => ({ k, d: editDistance(key.toLowerCase(), k.toLowerCase(), 3) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(1, Math.floor(key.length / 3)) ? ` (did you mean "${best.k}"?)` : '';
}

/** Checks that span several answers. */
function crossCheck(a: ScaffoldAnswers, errors: string[], warnings: string[]): void {
  const vip = parseCidr(a.vip);
  if (typeof vip === 'string') return;
  const all: Array<[string, StackNode]> = [
    ...a.lbNodes.map((n): [string, StackNode] => ['lbNodes', n]),
    ...a.webNodes.map((n): [string, StackNode] => ['webNodes', n]),
    ...a.dbNodes.map((n): [string, StackNode] => ['dbNodes', n]),
  ];
  for (const [key, n] of all) {
    if (n.address === vip.address) errors.push(`${key}: ${n.name} has the VIP's address ${vip.address}`);
  }
  const lbAddrs = new Set(a.lbNodes.map((n) => n.address));
  const lbNames = new Set(a.lbNodes.map((n) => n.name));
  for (const [key, n] of all.filter(([k]) => k !== 'lbNodes')) {
    if (lbNames.has(n.name) && !lbAddrs.has(n.address)) errors.push(`${key}: name ${n.name} is also a load balancer with another address`);
  }
  for (const n of a.lbNodes) {
    if (!inSubnet(n.address, vip)) warnings.push(`lbNodes: ${n.name} (${n.address}) is outside the VIP's network ${a.vip}; the VIP needs a route there`);
  }
  const colocated = a.webNodes.filter((n) => lbAddrs.has(n.address));
  const taken = [FRONTEND_PORT, STATS_PORT, ...(a.db === 'none' ? [] : dbPorts(a.db))];
  if (colocated.length && taken.includes(a.appPort)) {
    errors.push(`appPort: ${a.appPort} is also used by HAProxy on ${colocated.map((n) => n.name).join(', ')}, which is a load balancer too`);
  }
}
