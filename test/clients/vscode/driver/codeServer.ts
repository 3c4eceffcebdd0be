// Starts and stops a private code-server (the real VS Code workbench and extension host) for one run.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopOnSignal } from './cleanup';

export interface CodeServer {
  readonly url: string;
  readonly port: number;
  /** Folder holding user data, extensions and the log of this instance. */
  readonly home: string;
  readonly logFile: string;
  /** Ends code-server's process group; removes its folder unless `keep` (to read the log). */
  stop(keep?: boolean): Promise<void>;
}

export interface StartOptions {
  /** Path of code-server's `out/node/entry.js` (printed by scripts/ensure-code-server.sh). */
  entry: string;
  /** `.vsix` files to install before starting. */
  install?: string[];
  /** Folder shown in the explorer when the URL is opened without `?folder=`. */
  folder?: string;
  port?: number;
  /** Extra user settings. */
  settings?: Record<string, unknown>;
}

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function installExtensions(entry: string, home: string, vsix: string[]): void {
  for (const file of vsix) {
    const r = spawnSync(
      process.execPath,
      [entry, '--config', '/dev/null', '--user-data-dir', join(home, 'data'), '--extensions-dir', join(home, 'ext'), '--install-extension', file, '--force'],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`code-server --install-extension ${file} failed:\n${r.stdout}\n${r.stderr}`);
  }
}

async function waitHealthy(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${logFile}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer /healthz within 60 s; see ${logFile}`);
}

export async function startCodeServer(opts: StartOptions): Promise<CodeServer> {
  const home = mkdtempSync(join(tmpdir(), 'haconf-code-server-'));
  mkdirSync(join(home, 'data', 'User'), { recursive: true });
  mkdirSync(join(home, 'ext'), { recursive: true });
  writeFileSync(join(home, 'data', 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...opts.settings }, null, 2));
  installExtensions(opts.entry, home, opts.install ?? []);

  const port = opts.port ?? (await freePort());
  const logFile = join(home, 'code-server.log');
  const log = openSync(logFile, 'a');
  const args = [
    opts.entry, '--config', '/dev/null', '--user-data-dir', join(home, 'data'), '--extensions-dir', join(home, 'ext'),
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override',
  ];
  if (opts.folder) args.push(opts.folder);
  // Detached: its own process group, so stop() ends the extension host and every helper with it.
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', log, log] });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const forget = stopOnSignal(() => stop());
  const stop = async (keep = false): Promise<void> => {
    forget();
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    }
    if (!keep) rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitHealthy(url, child, logFile);
  } catch (err) {
    await stop(true);
    throw err;
  }
  return { url, port, home, logFile, stop };
}
