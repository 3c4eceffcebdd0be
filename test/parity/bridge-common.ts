// Shared by the bridge parity tests: run a real tool directly on a temp copy (the reference), run the bridge
// on the same text through a workspace, and compare the lines each reports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createValidatorBridge } from '../../server/src/node/validators/index';
import type { LanguageId } from '../../server/src/service/types';
import { newService } from '../unit/helpers';

export function installed(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return !r.error;
}

export interface Reference {
  /** 1-based lines of the staged file named in the tool's messages. */
  readonly lines: number[];
  /** Messages other than notices and summaries. */
  readonly count: number;
  readonly exitCode: number;
}

/**
 * Run `cmd args` on `text` written as `name` in a fresh folder; `{}` in args stands for its path. Lines are read
 * with one loose pattern (`PATH:N` or `Line N`): independent of the bridge's parsers on purpose.
 */
export function reference(cmd: string, args: string[], name: string, text: string, isMessage: (l: string) => boolean): Reference {
  const dir = mkdtempSync(join(tmpdir(), 'haconf-ref-'));
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  try {
    const r = spawnSync(cmd, args.map((a) => (a === '{}' ? file : a)), { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C', SYSTEMD_COLORS: '0' } });
    const out = `${r.stderr}\n${r.stdout}`;
    const esc = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const lines = new Set<number>();
    let count = 0;
    const seen = new Set<string>();
    for (const l of out.split('\n')) {
      if (!l.trim() || !isMessage(l) || seen.has(l)) continue;
      seen.add(l);
      count++;
      const m = new RegExp(`${esc}:(\\d+)|^\\((?:${esc}: )?Line (\\d+)\\)`).exec(l);
      if (m) lines.add(Number(m[1] ?? m[2]));
    }
    return { lines: [...lines].sort((a, b) => a - b), count, exitCode: r.status ?? -1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface BridgeView {
  readonly lines: number[];
  readonly count: number;
  readonly exitCode: number;
}

/** The bridge's run on `text` as file `name` of a workspace: the explicit lines it found and how many findings. */
export async function viaBridge(language: LanguageId, name: string, text: string): Promise<BridgeView> {
  const svc = newService({ validators: { enable: true, timeoutMs: 20000 } });
  const uri = `file:///ws/${name}`;
  svc.workspace.upsertFromDisk(uri, language, text);
  const r = await createValidatorBridge().validate(svc.workspace.get(uri)!, svc.workspace, svc.settings);
  if (!r) throw new Error(`the bridge did not run on ${name}`);
  const lines = new Set(r.run.findings.filter((f) => f.line !== undefined).map((f) => f.line! + 1));
  return { lines: [...lines].sort((a, b) => a - b), count: r.run.findings.length, exitCode: r.run.exitCode };
}
