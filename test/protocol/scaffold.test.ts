// The scaffold's custom requests over stdio against dist/server.js: defaults from the workspace's HA files,
// per-value checks, and generation (files, or errors and no files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient';

interface ParamInfo {
  key: string;
  defaultText: string;
  fromWorkspace: boolean;
}
interface ScaffoldResult {
  files: Array<{ path: string; content: string; mode: number }>;
  errors: string[];
  warnings: string[];
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'haconf-scaffold-ws-'));
  mkdirSync(join(dir, 'keepalived'));
  writeFileSync(join(dir, 'keepalived/keepalived.conf'), 'vrrp_instance VI_1 {\n    interface ens7\n    virtual_router_id 61\n    virtual_ipaddress {\n        10.7.0.9/24\n    }\n}\n');
  return dir;
}

test('haconf/scaffoldDefaults offers the workspace VIP, interface and VRID', async () => {
  const client = new LspClient();
  try {
    await client.initialize(pathToFileURL(workspace()).href);
    let params: ParamInfo[] = [];
    // Indexing the workspace runs after `initialized`; ask until it is done (bounded by attempts, not time).
    for (let attempt = 0; attempt < 200; attempt++) {
      params = (await client.request<{ params: ParamInfo[] }>('haconf/scaffoldDefaults', {})).params;
      if (params.find((p) => p.key === 'vip')?.fromWorkspace) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const get = (k: string) => params.find((p) => p.key === k);
    assert.deepEqual([get('vip')?.defaultText, get('interface')?.defaultText, get('vrid')?.defaultText], ['10.7.0.9/24', 'ens7', '61']);
    assert.equal(get('vip')?.fromWorkspace, true);
    assert.equal(get('appPort')?.fromWorkspace, false);
  } finally {
    await client.shutdown();
  }
});

test('haconf/scaffoldCheck refuses an invalid IP and accepts a valid one', async () => {
  const client = new LspClient();
  try {
    await client.initialize(null);
    assert.match((await client.request<string | null>('haconf/scaffoldCheck', { key: 'vip', value: '10.0.0.300/24' })) ?? '', /not a valid IPv4/);
    assert.equal(await client.request('haconf/scaffoldCheck', { key: 'vip', value: '10.0.0.30/24' }), null);
  } finally {
    await client.shutdown();
  }
});

test('haconf/scaffold returns the stack with a random password, or only errors', async () => {
  const client = new LspClient();
  try {
    await client.initialize(null);
    const ok = await client.request<ScaffoldResult>('haconf/scaffold', { answers: { db: 'postgresql' } });
    assert.deepEqual(ok.errors, []);
    const paths = ok.files.map((f) => f.path);
    assert.ok(paths.includes('keepalived/master.conf') && paths.includes('postgresql/db2.conf'), paths.join(', '));
    assert.equal(ok.files.find((f) => f.path === 'scripts/service-healthcheck.sh')?.mode, 0o755);
    assert.match(ok.files.find((f) => f.path === 'keepalived/master.conf')?.content ?? '', /auth_pass [A-Za-z0-9]{8}\n/);
    const bad = await client.request<ScaffoldResult>('haconf/scaffold', { answers: { vip: 'x' } });
    assert.deepEqual(bad.files, []);
    assert.match(bad.errors.join('\n'), /^vip: /);
    const junk = await client.request<ScaffoldResult>('haconf/scaffold', null);
    assert.deepEqual(junk.errors, ['answers must be an object']);
  } finally {
    await client.shutdown();
  }
});
