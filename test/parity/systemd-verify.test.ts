// Parity with the real tool: single faults put into corpus units; haconf must flag >= 95% of the
// `systemd-analyze verify` messages on the line verify reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newService } from '../unit/helpers';
import { mutants } from './systemd-mutants';

const DIR = '/tmp/haconf-corpus/valid/systemd';
const SAMPLE = Number(process.env.HACONF_VERIFY_SAMPLE ?? 60);

function verify(path: string): number[] {
  const r = spawnSync('systemd-analyze', ['verify', '--man=no', path], { encoding: 'utf8', timeout: 20000 });
  const lines: number[] = [];
  for (const l of `${r.stdout}\n${r.stderr}`.split('\n')) {
    if (!l.startsWith(`${path}:`)) continue;
    const m = /^[^:]+:(\d+):/.exec(l);
    if (m) lines.push(Number(m[1]));
  }
  return lines;
}

test('systemd-analyze verify parity on single-fault mutants', (t) => {
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
    for (let i = 0; i < files.length; i += step) {
      const name = files[i];
      const text = readFileSync(join(DIR, name), 'utf8');
      mutants(text, name).forEach((m, k) => {
        const path = join(tmp, `${i}-${k}`, name);
        spawnSync('mkdir', ['-p', join(tmp, `${i}-${k}`)]);
        writeFileSync(path, m.text);
        const lines = verify(path);
        const ds = svc.diagnostics({ uri: `file://${path}`, text: m.text, languageId: 'systemd-unit-file' });
        for (const line of lines) {
          reported++;
          if (ds.some((d) => d.range.start.line + 1 <= line && line <= d.range.end.line + 1)) flagged++;
          else misses.push(`${name} [${m.fault}] line ${line}: ${m.text.split('\n')[line - 1]}`);
        }
        for (const d of ds) {
          if (d.severity !== 1) continue;
          errors++;
          if (!lines.some((line) => d.range.start.line + 1 <= line && line <= d.range.end.line + 1)) {
            extra.push(`${name} [${m.fault}] line ${d.range.start.line + 1}: ${d.code} ${d.message}`);
          }
        }
      });
    }
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
