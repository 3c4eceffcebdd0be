// Parity with the real validator: put single faults into configs `haproxy -c` accepts, run `haproxy -c -f`
// (never -q, which hides messages), and check haconf reports an error on the line of each [ALERT]
// (or on the mutated line when haproxy names none). Target: at least 95% of the alerts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLanguageService } from '../../server/src/service/languageService';
import { mutantsOf } from './haproxy-mutants';

const SOURCES = ['/tmp/haconf-corpus/valid/haproxy', join(__dirname, '../fixtures/haproxy/valid')];
const haproxy = spawnSync('haproxy', ['-v']);
const hostVersion = /version (\d+\.\d+\.\d+)/.exec(haproxy.stdout?.toString() ?? '')?.[1];

interface Alert {
  line?: number;
  text: string;
}

/** [ALERT] lines of `haproxy -c -f file`, with their 0-based line when they name one in this file. */
function alerts(file: string): Alert[] {
  const r = spawnSync('haproxy', ['-c', '-f', file], { encoding: 'utf8' });
  const base = file.split('/').pop() ?? file;
  return `${r.stdout}\n${r.stderr}`
    .split('\n')
    .filter((l) => l.startsWith('[ALERT]') && !/Error\(s\) found in configuration file|Fatal errors found in configuration/.test(l))
    .map((l) => {
      const m = new RegExp(`${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+)`).exec(l);
      return { line: m ? Number(m[1]) - 1 : undefined, text: l.replace(/^\[ALERT\]\s+\(\d+\) : /, '') };
    });
}

test('haproxy -c parity on single-fault mutants', { skip: !hostVersion && 'haproxy is not installed' }, () => {
  const files = SOURCES.filter(existsSync).flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.cfg')).map((f) => join(d, f)));
  assert.ok(files.length > 0, 'no source configs: build the corpus with bash /work/shared/tools/corpus/corpus.sh');
  const dir = mkdtempSync(join(tmpdir(), 'haconf-parity-'));
  const svc = createLanguageService({ hostVersions: { haproxy: hostVersion }, docsBase: 'file:///docs/rules/' });
  let total = 0;
  let flagged = 0;
  const misses: string[] = [];
  /** haconf errors on lines haproxy did not alert on (haproxy often stops at the first fatal error). */
  const extra: string[] = [];
  /** haconf errors on variants haproxy accepts: must be none. */
  const falseAlarms: string[] = [];
  let variantsAccepted = 0;
  const byKind = new Map<string, [number, number]>();
  let n = 0;
  for (const src of files) {
    const original = readFileSync(src, 'utf8');
    for (const m of mutantsOf(original)) {
      const file = join(dir, `m${n++}.cfg`);
      writeFileSync(file, m.text);
      const found = alerts(file);
      const errs = svc.diagnostics({ uri: `file://${file}`, text: m.text, languageId: 'haproxy', version: n }).filter((d) => d.severity === 1);
      if (!found.length) {
        // haproxy accepts this variant: every haconf error on it is a false alarm
        for (const e of errs) falseAlarms.push(`${m.kind} in ${src.split('/').pop()} line ${e.range.start.line + 1}: ${e.code} ${e.message}`);
        variantsAccepted++;
        continue;
      }
      const errLines = new Set(errs.map((d) => d.range.start.line));
      const alertLines = new Set(found.map((a) => a.line ?? m.line));
      for (const e of errs) if (!alertLines.has(e.range.start.line)) extra.push(`${m.kind} in ${src.split('/').pop()} line ${e.range.start.line + 1}: ${e.code} ${e.message}`);
      for (const a of found) {
        const line = a.line ?? m.line;
        const ok = errLines.has(line);
        total++;
        if (ok) flagged++;
        else misses.push(`${m.kind} in ${src.split('/').pop()} line ${line + 1}: ${a.text}`);
        const k = byKind.get(m.kind) ?? [0, 0];
        byKind.set(m.kind, [k[0] + (ok ? 1 : 0), k[1] + 1]);
      }
    }
  }
  const ratio = total ? flagged / total : 0;
  console.log(`haconf flagged ${flagged}/${total} haproxy alerts (${(ratio * 100).toFixed(1)}%)`);
  for (const [k, [ok, all]] of byKind) console.log(`  ${k}: ${ok}/${all}`);
  for (const miss of misses.slice(0, 30)) console.log(`  missed: ${miss}`);
  console.log(`haconf errors where haproxy gave no alert: ${extra.length}`);
  for (const x of extra.slice(0, 30)) console.log(`  extra: ${x}`);
  console.log(`variants haproxy accepts: ${variantsAccepted}, haconf errors on them: ${falseAlarms.length}`);
  for (const x of falseAlarms.slice(0, 30)) console.log(`  false alarm: ${x}`);
  assert.deepEqual(falseAlarms, [], 'haconf reports errors on configs haproxy accepts');
  assert.ok(total >= 20, `too few alerts to compare (${total})`);
  assert.ok(ratio >= 0.95, `haconf flagged only ${(ratio * 100).toFixed(1)}% of haproxy's alerts`);
});
