// The stack view: adds the timings along the failure paths of the scaffolded design (two load balancers sharing a
// VIP with keepalived, HAProxy in front of web nodes) and compares each with the yearly downtime budget.
import type { HaproxyTree } from '../../parser/haproxy/types';
import type { KTree } from '../../parser/keepalived/types';
import type { SdTree } from '../../parser/systemd/tree';
import { serverTimings, ServerTiming } from './haproxy';
import { InstanceTiming, vrrpTimings } from './keepalived';
import { fmt, sum, Timed, timed } from './timed';
import { unitTiming } from './unit';

export interface StackInput {
  /** keepalived.conf of each load balancer (one is enough; the lowest-priority instance is taken as the backup). */
  readonly keepalived: readonly KTree[];
  readonly haproxy: readonly HaproxyTree[];
  /** haproxy.service with its drop-ins, for the restart after a crash. */
  readonly haproxyUnit?: readonly SdTree[];
  /** The web application's unit with its drop-ins, for how a hung application comes back. */
  readonly appUnit?: readonly SdTree[];
}

export interface PathStep {
  readonly label: string;
  readonly time: Timed;
}

export interface FailurePath {
  readonly name: 'node loss' | 'HAProxy crash' | 'web node crash' | 'application hang';
  readonly what: string;
  readonly steps: PathStep[];
  /** Time until traffic flows again; undefined when the configuration never fails over (see note). */
  readonly total?: Timed;
  readonly note?: string;
}

export interface Budget {
  /** e.g. 99.99 */
  readonly target: number;
  readonly seconds: number;
  /** How many times a year each path fits in the budget (Infinity when the path takes no time). */
  readonly perPath: Array<{ path: FailurePath['name']; timesPerYear: number }>;
}

export interface StackSummary {
  readonly paths: FailurePath[];
  readonly budgets: Budget[];
}

export const TARGETS = [99.9, 99.99, 99.999] as const;
const YEAR = 365 * 86400;

/** The yearly downtime allowed by an availability target: (1 − target) × 365 days. */
export function budgetSeconds(target: number): number {
  return Math.round((1 - target / 100) * YEAR * 1000) / 1000;
}

function instances(trees: readonly KTree[]): InstanceTiming[] {
  return trees.flatMap((t) => vrrpTimings(t));
}

function slowest(servers: readonly ServerTiming[], pick: (s: ServerTiming) => Timed): ServerTiming | undefined {
  let worst: ServerTiming | undefined;
  for (const s of servers) if (!worst || pick(s).seconds > pick(worst).seconds) worst = s;
  return worst;
}

function nodeLoss(all: InstanceTiming[]): FailurePath {
  const what = 'the load balancer holding the VIP disappears; the backup takes over when adverts stop';
  const backup = [...all].sort((a, b) => a.priority - b.priority)[0];
  if (!backup) return { name: 'node loss', what, steps: [], note: 'no vrrp_instance found' };
  const steps = [{ label: `master down on ${backup.name} (priority ${backup.priority})`, time: backup.masterDown }];
  return { name: 'node loss', what, steps, total: sum(steps) };
}

function haproxyCrash(all: InstanceTiming[], unit: readonly SdTree[] | undefined): FailurePath {
  const what = 'HAProxy dies on the master; its vrrp_script fails and the VIP moves';
  const sorted = [...all].sort((a, b) => b.priority - a.priority);
  const master = sorted[0];
  const backup = sorted[sorted.length - 1];
  const script = master ? [...master.scripts].sort((a, b) => b.detect.seconds - a.detect.seconds)[0] : undefined;
  const restart = unit ? unitTiming(unit).restartDelay : undefined;
  const restartNote = restart ? `; systemd restarts HAProxy after ${fmt(restart.seconds)} meanwhile` : '';
  if (!master || !script) return { name: 'HAProxy crash', what, steps: [], note: `no tracked vrrp_script: keepalived does not notice${restartNote}` };
  const steps: PathStep[] = [{ label: `${script.name} fails (interval × fall)`, time: script.detect }];
  if (script.weight === 0) {
    const skew = ((256 - backup.priority) / 256) * backup.advertInt;
    steps.push({ label: 'master goes to FAULT, backup waits its skew time', time: timed(skew, '(256 − priority) / 256 × advert_int', `(256 − ${backup.priority}) / 256 × ${fmt(backup.advertInt)}`) });
  } else {
    // A negative weight is taken off the failing master; a positive one is kept only by the healthy backup.
    const masterEff = script.weight < 0 ? master.priority + script.weight : master.priority;
    const backupEff = script.weight > 0 ? backup.priority + script.weight : backup.priority;
    if (backup !== master && masterEff >= backupEff) {
      return { name: 'HAProxy crash', what, steps, note: `with weight ${script.weight} the master keeps ${masterEff} ≥ backup ${backupEff}: no failover${restartNote}` };
    }
    if (backup.nopreempt) return { name: 'HAProxy crash', what, steps, note: `the backup has nopreempt: it never takes over from a live master${restartNote}` };
    // The backup discards adverts of a lower priority (RFC 5798 6.4.2), so it takes over when its master-down
    // timer, last reset by a good advert, runs out (measured with keepalived 2.2.7: see docs/timing.md).
    steps.push({ label: `backup ignores the lower-priority adverts until its master-down timer ends`, time: backup.masterDown });
    if (backup.preemptDelay > 0) steps.push({ label: 'backup preempt_delay', time: timed(backup.preemptDelay, 'preempt_delay', fmt(backup.preemptDelay)) });
  }
  return { name: 'HAProxy crash', what, steps, total: sum(steps), note: restartNote ? restartNote.slice(2) : undefined };
}

/** Web servers are the checked servers of HTTP backends; without any, every checked server counts. */
function webServers(servers: ServerTiming[]): ServerTiming[] {
  const http = servers.filter((s) => s.mode === 'http');
  return http.length ? http : servers;
}

/** How a hung application comes back: only a watchdog makes systemd notice; then RestartSec and HAProxy's rise. */
function hangRecovery(app: readonly SdTree[] | undefined, worst: ServerTiming): string {
  if (!app) return '';
  const t = unitTiming(app);
  if (!t.watchdog) return '; the application unit has no WatchdogSec=, so systemd never restarts a hung process';
  if (!t.restartDelay) return `; systemd notices the hang after ${fmt(t.watchdog.seconds)} but Restart=no leaves it stopped`;
  const back = t.watchdog.seconds + t.restartDelay.seconds + worst.up.seconds;
  const parts = `WatchdogSec (${fmt(t.watchdog.seconds)}) + RestartSec (${fmt(t.restartDelay.seconds)}) + marked UP (${fmt(worst.up.seconds)})`;
  return `; back in service after ${parts} = ${fmt(back)}`;
}

function serverPath(name: 'web node crash' | 'application hang', servers: ServerTiming[], app?: readonly SdTree[]): FailurePath {
  const crash = name === 'web node crash';
  const what = crash
    ? 'a web node vanishes (no reply at all); HAProxy marks it DOWN and stops sending it requests'
    : 'the application accepts connections but stops answering; HAProxy health checks time out';
  const pick = (s: ServerTiming) => (crash ? s.downSilent : s.downHang);
  const worst = slowest(servers, pick);
  if (!worst) return { name, what, steps: [], note: 'no server with `check`: HAProxy never marks a server DOWN' };
  const steps = [{ label: `${worst.backend}/${worst.server} marked DOWN`, time: pick(worst) }];
  const recovery = crash ? '' : hangRecovery(app, worst);
  return { name, what, steps, total: sum(steps), note: `only the requests sent to that server fail meanwhile${recovery}` };
}

export function stackSummary(input: StackInput): StackSummary {
  const all = instances(input.keepalived);
  const servers = webServers(input.haproxy.flatMap((t) => serverTimings(t)));
  const paths = [nodeLoss(all), haproxyCrash(all, input.haproxyUnit), serverPath('web node crash', servers), serverPath('application hang', servers, input.appUnit)];
  const budgets = TARGETS.map((target) => {
    const seconds = budgetSeconds(target);
    return {
      target,
      seconds,
      perPath: paths
        .filter((p) => p.total)
        .map((p) => ({ path: p.name, timesPerYear: p.total!.seconds > 0 ? Math.floor(seconds / p.total!.seconds) : Infinity })),
    };
  });
  return { paths, budgets };
}
