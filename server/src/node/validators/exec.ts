// Runs one validator: execFile (no shell), C locale, a time limit and a cap on the output it keeps.
import { execFile } from 'child_process';

export interface ExecResult {
  readonly exitCode: number;
  /** stderr then stdout, as the tools print their findings on either. */
  readonly output: string;
  readonly timedOut: boolean;
  readonly truncated: boolean;
  /** The program is not installed (or not on PATH). */
  readonly missing: boolean;
}

export const OUTPUT_CAP = 1 << 20;

export function runTool(cmd: string, args: string[], timeoutMs: number, cap = OUTPUT_CAP): Promise<ExecResult> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { timeout: timeoutMs, maxBuffer: cap, killSignal: 'SIGKILL', windowsHide: true, env: { ...process.env, LC_ALL: 'C', SYSTEMD_COLORS: '0', SYSTEMD_PAGER: '' } },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { code?: string | number; killed?: boolean; signal?: string }) | null;
        const output = `${stderr ?? ''}\n${stdout ?? ''}`;
        resolve({
          exitCode: e ? (typeof e.code === 'number' ? e.code : -1) : 0,
          output: output.length > cap ? output.slice(0, cap) : output,
          timedOut: !!e?.killed && e.code !== 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER',
          truncated: e?.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER',
          missing: e?.code === 'ENOENT',
        });
      },
    );
  });
}
