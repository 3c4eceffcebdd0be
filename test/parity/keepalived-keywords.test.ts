// Every keyword of haconf's 2.2.7 tree, written in its block, is accepted by the installed keepalived
// (no "Unknown keyword"), and haconf agrees. This checks the tree extracted from the sources against the
// binary Debian ships.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeywordNode, ROOT } from '../../server/src/service/schema/keepalived';
import { newService } from '../unit/helpers';

/** Arguments for block headers; other keywords get a dummy `1` so no handler misses a parameter. */
const HEAD: Record<string, string> = {
  vrrp_instance: 'VI_1', vrrp_script: 'chk', vrrp_sync_group: 'G', virtual_server: '10.0.0.1 80', real_server: '10.0.0.2 80',
  virtual_server_group: 'g', vrrp_track_process: 'p', track_file: 'tf', vrrp_track_file: 'tf2', bfd_instance: 'b', track_group: 'tg',
};
/**
 * Keywords compiled in only with optional libraries, absent from Debian's build (vrrp_ipsets needs libipset).
 * haconf accepts them on purpose: the tree is the union of build options.
 */
const BUILD_OPTIONAL = new Set(['vrrp_ipsets']);

/** Top-level process settings that would change how keepalived itself runs. */
const SKIP = new Set(['net_namespace', 'net_namespace_ipvs', 'instance', 'child_wait_time', 'use_pid_dir', 'namespace_with_ipsets']);

function allKeywords(): string {
  const out: string[] = [];
  const emit = (n: KeywordNode, depth: number) => {
    if (n.since || SKIP.has(n.name)) return;
    const pad = '  '.repeat(depth);
    const head = HEAD[n.name] ? ` ${HEAD[n.name]}` : '';
    if (n.kind === 'keyword') return void out.push(`${pad}${n.name}${head || ' 1'}`);
    out.push(`${pad}${n.name}${head} {`);
    if (n.kind === 'block') for (const c of n.children.values()) emit(c, depth + 1);
    out.push(`${pad}}`);
  };
  for (const top of ROOT.children.values()) emit(top, 0);
  return out.join('\n') + '\n';
}

test('every keyword of the 2.2.7 tree is known to keepalived -t and to haconf', (t) => {
  if (spawnSync('keepalived', ['-v']).status !== 0) return t.skip('keepalived is not installed');
  const text = allKeywords();
  const dir = mkdtempSync(join(tmpdir(), 'haconf-kw-'));
  try {
    const file = join(dir, 'keepalived.conf');
    writeFileSync(file, text);
    const r = spawnSync('keepalived', ['-t', '-f', file], { encoding: 'utf8', timeout: 30000 });
    assert.ok(!/\*\*\* Configuration line/.test(r.stderr), `keepalived stopped early:\n${r.stderr.slice(0, 2000)}`);
    const unknown = [...r.stderr.matchAll(/Line (\d+)\) Unknown keyword '([^']*)'/g)].filter((m) => !BUILD_OPTIONAL.has(m[2])).map((m) => `${m[1]}:${m[2]}`);
    assert.deepEqual(unknown, [], 'keywords haconf knows but keepalived 2.2.7 does not');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ds = newService(undefined, { keepalived: '2.2.7' }).diagnostics({ uri: 'file:///etc/keepalived/keepalived.conf', text, languageId: 'keepalived' });
  assert.deepEqual(ds.filter((d) => /unknown-keyword|wrong-block|keyword-version/.test(String(d.code))).map((d) => d.message), []);
  assert.ok(text.split('\n').length > 400, 'the tree looks too small');
});
