// The bridge through the language server (dist/server.js over stdio): on save the server runs `haproxy -c`,
// publishes its findings merged with haconf's (a line haconf reports is shown once), tells the client which
// tool ran with its exit code, and drops the tool's findings once the file is edited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, PublishDiagnosticsParams } from '../protocol/lspClient';
import { installed } from './bridge-common';

const CFG = [
  'global',
  '    user haconf-no-such-user', // host-dependent: haproxy -c alerts, haconf does not
  '    bogus-global 1', // both report it: shown once
  '',
  'defaults',
  '    mode http',
  '    timeout connect 5s',
  '    timeout client 30s',
  '    timeout server 30s',
  '',
  'frontend fe',
  '    bind :8080',
  '    default_backend be',
  '',
  'backend be',
  '    server s1 127.0.0.1:8081',
  '',
].join('\n');

interface StatusParams {
  uri: string;
  tool: string;
  exitCode: number;
}

test('on save the server publishes haproxy -c findings merged with its own', { skip: !installed('haproxy', ['-v']) && 'haproxy is not installed' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'haconf-bridge-ws-'));
  mkdirSync(join(dir, 'haproxy'));
  const file = join(dir, 'haproxy', 'haproxy.cfg');
  writeFileSync(file, CFG);
  const uri = pathToFileURL(file).href;
  const client = new LspClient();
  try {
    client.settings = { validators: { enable: true, timeoutMs: 20000 } };
    await client.initialize(pathToFileURL(dir).href);
    const opened = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'haproxy', version: 1, text: CFG } });
    const first = await opened;
    assert.ok(first.diagnostics.some((d) => d.range.start.line === 2), 'haconf reports the unknown keyword itself');
    assert.ok(!first.diagnostics.some((d) => d.range.start.line === 1), 'haconf says nothing about the user');

    const status = client.waitFor<StatusParams>('haconf/validatorStatus', (p) => p.uri === uri, 30000);
    const merged = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.some((d) => (d as { source?: string }).source === 'haproxy -c'), 30000);
    client.notify('textDocument/didSave', { textDocument: { uri } });
    const s = await status;
    assert.equal(s.tool, 'haproxy');
    assert.notEqual(s.exitCode, 0);
    const after = await merged;
    const user = after.diagnostics.filter((d) => d.range.start.line === 1);
    assert.equal(user.length, 1);
    assert.equal(user[0].severity, 3, 'a missing user is host-dependent: information');
    assert.match(user[0].message, /depends on this host/);
    assert.equal(after.diagnostics.filter((d) => d.range.start.line === 2).length, 1, 'the line both report is shown once');

    const edited = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${CFG}\n` }] });
    const e = await edited;
    assert.ok(!e.diagnostics.some((d) => (d as { source?: string }).source === 'haproxy -c'), 'tool findings are dropped when the file changes');
  } finally {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a keepalived node changed on disk re-checks the open node of its stack', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'haconf-watch-ws-'));
  mkdirSync(join(dir, 'keepalived'));
  const node = (id: string, vrid: number) => `vrrp_instance VI_1 {\n    state BACKUP\n    interface eth0\n    virtual_router_id ${vrid}\n    priority ${id === 'lb1' ? 110 : 100}\n    virtual_ipaddress {\n        192.0.2.10/24\n    }\n}\n`;
  writeFileSync(join(dir, 'keepalived', 'lb1.conf'), node('lb1', 51));
  writeFileSync(join(dir, 'keepalived', 'lb2.conf'), node('lb2', 51));
  const uri = pathToFileURL(join(dir, 'keepalived', 'lb1.conf')).href;
  const other = pathToFileURL(join(dir, 'keepalived', 'lb2.conf')).href;
  const client = new LspClient();
  try {
    await client.initialize(pathToFileURL(dir).href);
    const opened = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'keepalived', version: 1, text: node('lb1', 51) } });
    assert.ok(!(await opened).diagnostics.some((d) => d.code === 'ha-vrid-mismatch'));
    writeFileSync(join(dir, 'keepalived', 'lb2.conf'), node('lb2', 52));
    const mismatch = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.some((d) => d.code === 'ha-vrid-mismatch'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: other, type: 2 }] });
    await assert.doesNotReject(mismatch);
  } finally {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
});
