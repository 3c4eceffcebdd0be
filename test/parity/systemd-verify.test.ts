// Parity with the real tool: single faults put into corpus units; haconf must flag >= 95% of the
// `systemd-analyze verify` messages on the line verify reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newService } from '../unit/helpers';
import { mutants } from './systemd-mutants';

const DIR = '/tmp/haconf-corpus/valid/systemd';
const SAMPLE = Number(process.env.HACONF_VERIFY_SAMPLE ?? 40);

/** Line numbers `systemd-analyze verify` reports for `path`. */
function verify(path: string): Promise<number[]> {
  return new Promise((resolve) => {
    const p = spawn('systemd-analyze', ['verify', '--man=no', path]);
    let out = '';
    p.stdout.on('data', (b: Buffer) => (out += b.toString()));
    p.stderr.on('data', (b: Buffer) => (out += b.toString()));
    const timer = setTimeout(() => p.kill(), 20000);
    p.on('close', () => {
      clearTimeout(timer);
      resolve(linesOf(out, path));
    });
  });
}

function linesOf(output: string, path: string): number[] {
  const lines: number[] = [];
  for (const l of output.split('\n')) {
    if (!l.startsWith(`${path}:`)) continue;
    const m = /^[^:]+:(\d+):/.exec(l);
    if (m) lines.push(Number(m[1]));
  }
  return lines;
}

/** Runs `f` over `items` with at most `n` at a time. */
async function pool<T, R>(items: readonly T[], n: number, f: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]);
    }
  };
  await Promise.all(Array.from({ length: n }, worker));
  return out;
}

test('systemd-analyze verify parity on single-fault mutants', async (t) => {
  assert.ok(existsSync(DIR), `corpus missing: ${DIR} — build it with: bash /work/shared/tools/corpus/corpus.sh`);
  const which = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
  if (which.status !== 0) return t.skip('systemd-analyze is not installed');
  const files = readdirSync(DIR).sort();
  const step = Math.max(1, Math.floor(files.length / SAMPLE));
  const svc = newService(undefined, { systemd: /systemd (\d+)/.exec(which.stdout)?.[1] ?? '252' });
  const tmp = mkdtempSync(join(tmpdir(), 'haconf-verify-'));
  let reported = 0;
  let flagged = 0;
  const misses: string[] = [];
  const extra: string[] = [];
  let errors = 0;
  try {
    const jobs: Array<{ name: string; fault: string; text: string; path: string }> = [];
    for (let i = 0; i < files.length; i += step) {
      const name = files[i];
      const text = readFileSync(join(DIR, name), 'utf8');
      mutants(text, name).forEach((m, k) => {
        const sub = join(tmp, `${i}-${k}`);
        mkdirSync(sub);
        const path = join(sub, name);
        writeFileSync(path, m.text);
        jobs.push({ name, fault: m.fault, text: m.text, path });
      });
    }
    const results = await pool(jobs, 6, (j) => verify(j.path));
    jobs.forEach((j, n) => {
      const lines = results[n];
      const ds = svc.diagnostics({ uri: `file://${j.path}`, text: j.text, languageId: 'systemd-unit-file' });
      for (const line of lines) {
        reported++;
        if (ds.some((d) => d.range.start.line + 1 <= line && line <= d.range.end.line + 1)) flagged++;
        else misses.push(`${j.name} [${j.fault}] line ${line}: ${j.text.split('\n')[line - 1]}`);
      }
      for (const d of ds) {
        if (d.severity !== 1) continue;
        errors++;
        if (!lines.some((line) => d.range.start.line + 1 <= line && line <= d.range.end.line + 1)) {
          extra.push(`${j.name} [${j.fault}] line ${d.range.start.line + 1}: ${d.code} ${d.message}`);
        }
      }
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const ratio = reported ? flagged / reported : 1;
  t.diagnostic(`verify reported ${reported} line messages; haconf flagged ${flagged} (${(ratio * 100).toFixed(1)}%)`);
  for (const x of extra) t.diagnostic(`extra: ${x}`);
  t.diagnostic(`haconf raised ${errors} errors on the mutants; ${extra.length} on lines verify did not report`);
  assert.ok(errors - extra.length >= 0.95 * errors, `haconf errors verify does not report:\n${extra.join('\n')}`);
  assert.ok(reported > 100, `too few verify messages (${reported}) to compare`);
  assert.ok(ratio >= 0.95, `haconf flagged only ${(ratio * 100).toFixed(1)}%; misses:\n${misses.join('\n')}`);
});
