// Checks `npm run try` end to end: scripts/try.sh (with a temporary workspace) prints a URL, the
// workbench there shows a diagnostic, a hover and completion for each language, and Ctrl+C (SIGINT to
// its process group, as a terminal sends it) stops it and the code-server it started.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopOnSignal } from './cleanup';
import type { Outcome } from './results';
import { runShowcase } from './showcase';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`)).ok;
  } catch {
    return false;
  }
}

/** `vsix`: the package try.sh installs (it builds none). */
export async function runTryIt(root: string, vsix: string, shots: string, verbose: boolean): Promise<Outcome[]> {
  const workspace = mkdtempSync(join(tmpdir(), 'haconf-try-ws-'));
  const child = spawn('bash', ['scripts/try.sh', '--vsix', vsix, '--workspace', workspace], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // As Ctrl+C would: try.sh then stops its code-server.
  const forget = stopOnSignal(async () => {
    if (child.exitCode === null) process.kill(-(child.pid as number), 'SIGINT');
    await Promise.race([exited, sleep(10_000)]);
    rmSync(workspace, { recursive: true, force: true });
  });
  let output = '';
  let giveUp: NodeJS.Timeout | undefined;
  const url = new Promise<string | undefined>((resolve) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (verbose) process.stdout.write(`    [try.sh] ${chunk}`);
      const m = /open (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output);
      if (m) resolve(m[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => resolve(undefined));
    giveUp = setTimeout(() => resolve(undefined), 180_000);
  });
  const outcomes: Outcome[] = [];
  try {
    const link = await url;
    clearTimeout(giveUp);
    outcomes.push({ name: 'try.sh prints the URL of a running workbench', ok: !!link, detail: link ? undefined : output.slice(-1500) });
    if (!link) return outcomes;
    outcomes.push(...(await runShowcase(link, shots)));
    process.kill(-(child.pid as number), 'SIGINT');
    const code = await Promise.race([exited, sleep(20_000).then(() => 'running' as const)]);
    const base = new URL(link).origin;
    let down = false;
    for (let i = 0; i < 50 && !down; i++) {
      down = !(await answers(base));
      if (!down) await sleep(200);
    }
    outcomes.push({
      name: 'Ctrl+C stops try.sh and its code-server',
      ok: code !== 'running' && down,
      detail: `try.sh ${code === 'running' ? 'still running' : `exited with ${code}`}; code-server ${down ? 'stopped' : 'still answers'}`,
    });
    return outcomes;
  } finally {
    forget();
    if (child.exitCode === null) {
      try {
        process.kill(-(child.pid as number), 'SIGTERM');
      } catch {
        // gone
      }
      await Promise.race([exited, sleep(10_000)]);
    }
    rmSync(workspace, { recursive: true, force: true });
  }
}
