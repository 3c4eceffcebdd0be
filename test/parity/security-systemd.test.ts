// Parity with `systemd-analyze security --offline=true` (systemd 252): the corpus services score within 0.2 for at
// least 95% of them, and seeded random units (with drop-ins) get the same score and the same per-check badness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSystemd } from '../../server/src/service/parser/systemd/parser';
import { hardenEdits, scoreUnit } from '../../server/src/service/features/security';
import type { SdTree } from '../../server/src/service/parser/systemd/tree';
import type { ParsedDocument } from '../../server/src/service/types';
import { doc, newService } from '../unit/helpers';
import { applyEdits } from '../unit/systemd/edits';
import { randomUnit } from './security-units';

const DIR = '/tmp/haconf-corpus/valid/systemd';
const RANDOM = Number(process.env.HACONF_SECURITY_RANDOM ?? 150);

interface Reference {
  exposure: number;
  /** check name → badness as printed (null: not applicable). */
  rows: Map<string, number | null>;
}

/** Run the real tool on a copy of the unit (and its drop-in) in a fresh folder; undefined when it gives no score. */
function reference(name: string, text: string, dropIn?: string): Reference | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'haconf-sec-'));
  try {
    writeFileSync(join(dir, name), text);
    if (dropIn !== undefined) {
      mkdirSync(join(dir, `${name}.d`));
      writeFileSync(join(dir, `${name}.d`, 'override.conf'), dropIn);
    }
    const r = spawnSync('systemd-analyze', ['security', '--offline=true', '--no-pager', join(dir, name)], {
      encoding: 'utf8',
      timeout: 20000,
      env: { ...process.env, SYSTEMD_ANALYZE_DEBUG: '1', SYSTEMD_COLORS: '0' },
    });
    const m = /Overall exposure level for .*?: (\d+\.\d)/.exec(r.stdout);
    if (!m) return undefined;
    const rows = new Map<string, number | null>();
    for (const line of r.stdout.split('\n')) {
      const row = /^\S?\s+(\S+=\S*)\s.*?\s(\d+)\s+(\d+)\s+(\d+)\s*(?:\d+\.\d)?\s*$/.exec(line);
      if (row) rows.set(row[1], row[3] === '18446744073709551615' ? null : Number(row[3]));
    }
    return { exposure: Number(m[1]), rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function ours(name: string, text: string, dropIn?: string) {
  const trees = [parseSystemd(text, `file:///etc/systemd/system/${name}`)];
  if (dropIn !== undefined) trees.push(parseSystemd(dropIn, `file:///etc/systemd/system/${name}.d/override.conf`));
  return scoreUnit(name, trees);
}

function toolMissing(): boolean {
  return spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' }).status !== 0;
}

test('corpus services: exposure within 0.2 of systemd-analyze security for >= 95%', (t) => {
  assert.ok(existsSync(DIR), `corpus missing: ${DIR} — build it with: bash /work/shared/tools/corpus/corpus.sh`);
  if (toolMissing()) return t.skip('systemd-analyze is not installed');
  let scored = 0;
  const misses: string[] = [];
  for (const f of readdirSync(DIR).filter((x) => x.endsWith('.service')).sort()) {
    const text = readFileSync(join(DIR, f), 'utf8');
    const ref = reference(f, text);
    if (!ref) continue;
    scored++;
    const got = ours(f, text).exposure;
    if (Math.abs(got - ref.exposure) > 0.2 + 1e-9) misses.push(`${f}: haconf ${got.toFixed(1)}, systemd-analyze ${ref.exposure.toFixed(1)}`);
  }
  if (misses.length) console.log(`security parity misses:\n  ${misses.join('\n  ')}`);
  console.log(`security parity: ${scored - misses.length}/${scored} corpus services within 0.2`);
  assert.ok(scored >= 50, `only ${scored} services were scored by systemd-analyze`);
  assert.ok((scored - misses.length) / scored >= 0.95, `${misses.length} of ${scored} services off by more than 0.2`);
});

test('random units with drop-ins: same exposure and same badness per check', (t) => {
  if (toolMissing()) return t.skip('systemd-analyze is not installed');
  const problems: string[] = [];
  let compared = 0;
  for (let seed = 1; seed <= RANDOM; seed++) {
    const u = randomUnit(seed);
    const ref = reference('rand.service', u.unit, u.dropIn);
    if (!ref) continue;
    compared++;
    const got = ours('rand.service', u.unit, u.dropIn);
    const diffs = got.checks
      .filter((c) => ref.rows.has(c.id) && ref.rows.get(c.id) !== c.badness)
      .map((c) => `${c.id} haconf ${c.badness} tool ${ref.rows.get(c.id)}`);
    if (got.exposure !== ref.exposure || diffs.length) {
      problems.push(`seed ${seed}: haconf ${got.exposure} tool ${ref.exposure}; ${diffs.join('; ')}`);
    }
  }
  if (problems.length) console.log(`random unit mismatches:\n  ${problems.join('\n  ')}`);
  assert.ok(compared >= RANDOM * 0.9, `systemd-analyze scored only ${compared} of ${RANDOM} random units`);
  assert.deepEqual(problems, []);
});

test('hardened corpus services: the tool agrees on the score, which is lower, and still loads them', (t) => {
  if (toolMissing() || !existsSync(DIR)) return t.skip('systemd-analyze or the corpus is missing');
  const names = readdirSync(DIR).filter((f) => f.endsWith('.service'));
  const ha = names.filter((f) => /^(haproxy|keepalived|mariadb|postgresql|redis-server)(@)?\.service$/.test(f));
  assert.ok(ha.length >= 3, `few HA/database units in the corpus: ${ha.join(' ')}`);
  names.forEach((name, index) => {
    const text = readFileSync(join(DIR, name), 'utf8');
    const svc = newService();
    const parsed = svc.parse(doc(`file:///lib/systemd/system/${name}`, text, 'systemd-unit-file')) as ParsedDocument<SdTree>;
    const ctx = { settings: svc.settings, workspace: svc.workspace, docsBase: '', hostVersions: {} };
    const edits = hardenEdits(parsed, ctx);
    if (!edits.length) return; // already as tight as Harden would make it
    const hardened = applyEdits(text, edits);
    const ref = reference(name, hardened);
    assert.ok(ref, `${name}: systemd-analyze could not score the hardened unit`);
    const got = ours(name, hardened).exposure;
    assert.equal(got, ref.exposure, `${name}: haconf ${got}, tool ${ref.exposure}`);
    assert.ok(got < ours(name, text).exposure, `${name}: Harden did not lower the exposure`);
    if (!ha.includes(name) && index % 5 !== 0) return; // verify is slow: the HA units and every fifth other one
    const dir = mkdtempSync(join(tmpdir(), 'haconf-hard-'));
    try {
      writeFileSync(join(dir, name), hardened);
      const v = spawnSync('systemd-analyze', ['verify', '--man=no', join(dir, name)], { encoding: 'utf8', timeout: 20000 });
      const complaints = `${v.stdout}\n${v.stderr}`.split('\n').filter((l) => /Unknown|Failed to parse|Invalid|ignoring/i.test(l));
      assert.deepEqual(complaints, [], `${name}: systemd-analyze verify complains about the hardened unit`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
