// Runs the mocha suite (suite/index.ts, bundled) inside code-server's extension host, the way
// @vscode/test-electron runs it in desktop VS Code: extensionDevelopmentPath + extensionTestsPath.
// The workbench reports the exit code through window.codeAutomationExit and the host's console
// through window.codeAutomationLog.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './browser';
import { stopOnSignal } from './cleanup';
import { startCodeServer } from './codeServer';
import { Outcome, parseResultLine, RESULT_PREFIX } from './results';

export interface ExtHostRun {
  readonly exitCode: number;
  readonly outcomes: Outcome[];
}

export interface ExtHostOptions {
  entry: string;
  /** Folder holding the extension's package.json. */
  extensionPath: string;
  /** The bundled suite module exporting run(). */
  testsPath: string;
  timeoutMs?: number;
  verbose?: boolean;
}

function payloadUrl(base: string, folder: string, extensionPath: string, testsPath: string): string {
  const remote = (p: string): string => `vscode-remote://${new URL(base).host}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
    ['skipWelcome', 'true'],
  ];
  return `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

function logText(args: unknown): string {
  if (typeof args === 'string') return args;
  if (args && typeof args === 'object' && 'args' in args) return logText((args as { args: unknown }).args);
  if (Array.isArray(args)) return args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  return JSON.stringify(args);
}

export async function runExtensionHostSuite(opts: ExtHostOptions): Promise<ExtHostRun> {
  const workspace = mkdtempSync(join(tmpdir(), 'haconf-exthost-ws-'));
  const forgetWorkspace = stopOnSignal(() => rmSync(workspace, { recursive: true, force: true }));
  const server = await startCodeServer({ entry: opts.entry });
  const browser = await launchBrowser();
  const outcomes: Outcome[] = [];
  let timedOut = false;
  try {
    const page = await browser.context.newPage();
    let finish: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (finish = resolve));
    const onLine = (line: string): void => {
      const o = parseResultLine(line);
      if (o) outcomes.push(o);
      else if (opts.verbose && !line.includes(RESULT_PREFIX)) console.log(`    [ext host] ${line}`);
    };
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(Number(code)));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
      for (const line of logText(args).split('\n')) onLine(line);
      void type;
    });
    page.on('pageerror', (err) => opts.verbose && console.log(`    [page error] ${err.message}`));
    await page.goto(payloadUrl(server.url, workspace, opts.extensionPath, opts.testsPath));
    const timeoutMs = opts.timeoutMs ?? 300_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((resolve) => {
      timer = setTimeout(() => resolve(-1), timeoutMs);
    });
    const exitCode = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (exitCode === -1) {
      timedOut = true;
      outcomes.push({ name: 'extension-host suite finished', ok: false, detail: `no exit code within ${timeoutMs / 1000} s; log: ${server.logFile}` });
    }
    return { exitCode, outcomes };
  } finally {
    await browser.close();
    await server.stop(timedOut);
    rmSync(workspace, { recursive: true, force: true });
    forgetWorkspace();
  }
}
