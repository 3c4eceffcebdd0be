// Bad input never silences the server: every feature still answers on binary data, huge lines, CRLF, BOM,
// tabs, unbalanced braces, 100k-line files and unknown file types.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient } from './lspClient';
import { close, open, sampleText, startServer } from './session';

let client: LspClient;
before(async () => {
  client = await startServer();
});
after(() => client.shutdown());

const hap = sampleText('haproxy/haproxy.cfg');
const ka = sampleText('keepalived/keepalived.conf');
const unit = sampleText('systemd/web.service');
const manyLines = (head: string, line: (i: number) => string, n: number): string =>
  head + Array.from({ length: n }, (_, i) => line(i)).join('\n') + '\n';

const inputs: Array<{ name: string; file: string; languageId: string; text: string }> = [
  { name: 'binary bytes', file: 'haproxy/haproxy.cfg', languageId: 'haproxy', text: 'global\n\u0000\u0001\u00ff\ufffd\u0000daemon\n\u0000' },
  { name: 'binary keepalived', file: 'keepalived/keepalived.conf', languageId: 'keepalived', text: '\u0000'.repeat(64) + ka },
  { name: '5 MB single line (haproxy)', file: 'haproxy/haproxy.cfg', languageId: 'haproxy', text: `global\n    description ${'x'.repeat(5 * 1024 * 1024)}\n` },
  { name: '5 MB single line (keepalived)', file: 'keepalived/keepalived.conf', languageId: 'keepalived', text: `global_defs { ${'router_id a '.repeat(450_000)}}` },
  { name: '5 MB single line (systemd)', file: 'systemd/big.service', languageId: 'systemd-unit-file', text: `[Service]\nExecStart=/bin/echo ${'y'.repeat(5 * 1024 * 1024)}\n` },
  { name: 'CRLF line ends', file: 'haproxy/haproxy.cfg', languageId: 'haproxy', text: hap.replace(/\n/g, '\r\n') },
  { name: 'CRLF unit', file: 'systemd/web.service', languageId: 'systemd-unit-file', text: unit.replace(/\n/g, '\r\n') },
  { name: 'BOM', file: 'systemd/web.service', languageId: 'systemd-unit-file', text: `\ufeff${unit}` },
  { name: 'BOM keepalived', file: 'keepalived/keepalived.conf', languageId: 'keepalived', text: `\ufeff${ka}` },
  { name: 'tabs', file: 'keepalived/keepalived.conf', languageId: 'keepalived', text: ka.replace(/^ {4}/gm, '\t') },
  { name: 'tabs haproxy', file: 'haproxy/haproxy.cfg', languageId: 'haproxy', text: hap.replace(/^ {4}/gm, '\t').replace(/ /g, '\t') },
  { name: 'unbalanced open braces', file: 'keepalived/keepalived.conf', languageId: 'keepalived', text: ka.replace(/\}/g, '') + '{{{\n' },
  { name: 'unbalanced close braces', file: 'keepalived/keepalived.conf', languageId: 'keepalived', text: '}}}\n' + ka + '}\n}' },
  { name: 'braces in haproxy and units', file: 'systemd/web.service', languageId: 'systemd-unit-file', text: unit.replace('[Service]', '[Service\n{') },
  { name: '100k-line haproxy', file: 'haproxy/haproxy.cfg', languageId: 'haproxy', text: manyLines(hap + 'backend big\n', (i) => `    server s${i} 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}:80 check`, 100_000) },
  { name: '100k-line keepalived', file: 'keepalived/keepalived.conf', languageId: 'keepalived', text: manyLines('', (i) => `vrrp_script chk_${i} {\n    script "/bin/true"\n}`, 33_000) },
  { name: '100k-line unit', file: 'systemd/web.service', languageId: 'systemd-unit-file', text: manyLines(unit + '[Service]\n', (i) => `Environment=V${i}=${i}`, 100_000) },
  { name: 'unknown file type', file: 'notes.txt', languageId: 'plaintext', text: 'just some notes\n{ [Unit] backend x }\n' },
  { name: 'empty file', file: 'haproxy/haproxy.cfg', languageId: 'haproxy', text: '' },
];

let n = 0;
for (const input of inputs) {
  test(`every feature answers on: ${input.name}`, async () => {
    const uri = `file:///tmp/haconf-bad-input/${++n}/${input.file}`;
    const published = await open(client, uri, input.languageId, input.text);
    assert.ok(Array.isArray(published.diagnostics));
    const lines = input.text.split('\n').length;
    const position = { line: Math.floor(lines / 2), character: 3 };
    const textDocument = { uri };
    const answers = await Promise.all([
      client.request('textDocument/completion', { textDocument, position }, 60000),
      client.request('textDocument/hover', { textDocument, position }, 60000),
      client.request('textDocument/documentSymbol', { textDocument }, 60000),
      client.request('textDocument/foldingRange', { textDocument }, 60000),
      client.request('textDocument/formatting', { textDocument, options: { tabSize: 4, insertSpaces: true } }, 60000),
      client.request('textDocument/codeAction', {
        textDocument,
        range: { start: { line: 0, character: 0 }, end: position },
        context: { diagnostics: published.diagnostics.slice(0, 50) },
      }, 60000),
    ]);
    assert.equal(answers.length, 6);
    if (input.name === 'unknown file type') assert.deepEqual(published.diagnostics, [], 'not ours: nothing reported');
    if (input.name.startsWith('binary')) {
      assert.ok(published.diagnostics.some((d) => d.code === 'binary-content'), 'binary content is reported');
    }
    close(client, uri);
    assert.ok(client.alive, `server alive; stderr: ${client.stderr.slice(-1000)}`);
  });
}
