// The HA stack scaffold: checked answers in, the list of files out. Pure: no disk, no clock; the only
// randomness (the VRRP password) comes from the caller's random source.
import type { RandomSource, ScaffoldAnswers, ScaffoldFile } from './types';
import { keepalivedConf } from './keepalived';
import { haproxyCfg } from './haproxy';
import { appUnit, failureNotifyService, haproxyDropIn, healthcheckService, healthcheckTimer, keepalivedDropIn } from './units';
import { appHealthEnv, failureNotifyScript, healthcheckScript, notifyScript } from './scripts';
import { databaseFiles } from './database';
import { pcsScript } from './pacemaker';
import { randomAuthPass } from './random';
import { readme } from './readme';
import { describe, PlannedFile } from './plan';
import { PARAMS, PARAM_KEYS } from './params';

export type { AnswerCheck, DbKind, RandomSource, ScaffoldAnswers, ScaffoldFile, StackNode } from './types';
export { checkAnswers } from './validate';
export { PARAMS, PARAM_KEYS, paramSpec } from './params';
export type { AnswerKey, ParamSpec } from './params';

const data = (path: string, content: string): ScaffoldFile => ({ path, content, mode: 0o644 });
const script = (path: string, content: string): ScaffoldFile => ({ path, content, mode: 0o755 });

/** Every file of the stack for these answers: README.md, haconf-answers.json, then the rest in a stable order. */
export function generateStack(answers: ScaffoldAnswers, random: RandomSource): ScaffoldFile[] {
  const a = answers;
  const authPass = a.authPass ?? randomAuthPass(random);
  const files: ScaffoldFile[] = [
    data('keepalived/master.conf', keepalivedConf(a, 'MASTER', authPass)),
    data('keepalived/backup.conf', keepalivedConf(a, 'BACKUP', authPass)),
    script('keepalived/notify.sh', notifyScript(a)),
    data('systemd/keepalived.service.d/override.conf', keepalivedDropIn(a)),
    data('haproxy/haproxy.cfg', haproxyCfg(a)),
    data('systemd/haproxy.service.d/override.conf', haproxyDropIn(a)),
    data('systemd/ha-webapp.service', appUnit(a)),
    data('systemd/healthcheck@.service', healthcheckService(a)),
    data('systemd/healthcheck@.timer', healthcheckTimer()),
    data('systemd/failure-notify@.service', failureNotifyService(a)),
    data('ha-stack/healthcheck/ha-webapp.env', appHealthEnv(a)),
    script('scripts/service-healthcheck.sh', healthcheckScript()),
    script('scripts/service-failure-notify.sh', failureNotifyScript(a)),
    ...databaseFiles(a),
    ...(a.pacemaker ? [script('scripts/pcs-setup.sh', pcsScript(a))] : []),
  ];
  const all = [data('haconf-answers.json', answersFile(a)), ...files];
  const planned: PlannedFile[] = all.map((f) => ({ ...f, ...describe(f.path, a) }));
  return [data('README.md', readme(a, planned)), ...all];
}

/** The answers as `haconf scaffold --answers` reads them, to re-generate the stack; never the password. */
function answersFile(a: ScaffoldAnswers): string {
  const out: Record<string, string> = {};
  for (const key of PARAM_KEYS) {
    const value = a[key];
    if (key === 'authPass' || value === undefined || (key === 'dbNodes' && a.db === 'none')) continue;
    out[key] = (PARAMS[key].format as (v: unknown) => string)(value);
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}
