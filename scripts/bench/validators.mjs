// Times the real validator on a file (when it is installed), for the benchmark's "ratio to the real tool".
import { spawnSync } from 'node:child_process';
import { percentile } from './baseline.mjs';

const COMMANDS = {
  haproxy: (file) => ['haproxy', ['-c', '-f', file]],
  keepalived: (file) => ['keepalived', ['-t', '-f', file]],
  'systemd-unit-file': (file) => ['systemd-analyze', ['verify', '--man=no', file]],
};

/** { ms, ok, name } for the median of `runs` runs, or undefined when the tool is missing. */
export function timeValidator(language, file, runs = 3) {
  const [cmd, args] = COMMANDS[language](file);
  const times = [];
  let ok = true;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120000 });
    times.push(performance.now() - t0);
    if (r.error) return undefined;
    ok = ok && r.status === 0;
  }
  return { ms: percentile(times, 50), ok, name: `${cmd} ${args.slice(0, -1).join(' ')}` };
}
