// One failing or malformed request never takes the server down or blocks the next one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, PublishDiagnosticsParams, ResponseError } from './lspClient';
import { open, sampleText, sampleUri, startServer } from './session';

let client: LspClient;
const uri = sampleUri('haproxy/haproxy.cfg');
before(async () => {
  client = await startServer();
  await open(client, uri, 'haproxy', sampleText('haproxy/haproxy.cfg'));
});
after(() => client.shutdown());

/** After each bad request the server must still answer a good one. */
async function stillServing(): Promise<void> {
  const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok(Array.isArray(symbols), 'documentSymbol still answers');
  assert.ok(client.alive);
}

test('an unknown method gets MethodNotFound and the server carries on', async () => {
  await assert.rejects(client.request('haconf/noSuchMethod', {}), (e: unknown) => e instanceof ResponseError && e.code === -32601);
  await stillServing();
});

test('requests on documents that were never opened answer empty', async () => {
  const textDocument = { uri: 'file:///nowhere/haproxy.cfg' };
  const position = { line: 0, character: 0 };
  assert.deepEqual(await client.request('textDocument/completion', { textDocument, position }), []);
  assert.equal(await client.request('textDocument/hover', { textDocument, position }), null);
  assert.deepEqual(await client.request('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } }), []);
  await stillServing();
});

const malformed: Array<[string, string, unknown]> = [
  ['hover without a position', 'textDocument/hover', { textDocument: { uri } }],
  ['completion far outside the file', 'textDocument/completion', { textDocument: { uri }, position: { line: 1e6, character: -4 } }],
  ['hover with a string position', 'textDocument/hover', { textDocument: { uri }, position: 'here' }],
  ['code action without a context', 'textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } } }],
  ['code action with an inverted range', 'textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 9, character: 0 }, end: { line: 1, character: 0 } }, context: { diagnostics: [{}] } }],
  ['formatting without options', 'textDocument/formatting', { textDocument: { uri } }],
  ['symbols without a document', 'textDocument/documentSymbol', {}],
  ['resolve of a junk item', 'completionItem/resolve', { label: 'x', data: { language: 'haproxy', junk: [1, 2] } }],
];
for (const [name, method, params] of malformed) {
  test(`malformed request: ${name}`, async () => {
    try {
      await client.request(method, params);
    } catch (e) {
      assert.ok(e instanceof ResponseError, `an error response, not a dead server: ${e}`);
    }
    await stillServing();
  });
}

test('a body that is not JSON does not end the session', async () => {
  const junk = Buffer.from('{"jsonrpc": "2.0", "id": 99999, "method": ', 'utf8');
  client.writeRaw(`Content-Length: ${junk.length}\r\n\r\n`);
  client.writeRaw(junk);
  await stillServing();
});

test('incremental edits are applied: fixing the bad line clears its diagnostic', async () => {
  const badUri = sampleUri('haproxy/bad-haproxy.cfg');
  const text = sampleText('haproxy/bad-haproxy.cfg');
  const before = await open(client, badUri, 'haproxy', text);
  const line = text.split('\n').findIndex((l) => l.includes('servr'));
  assert.ok(before.diagnostics.some((d) => d.range.start.line === line), 'the misspelled keyword is reported first');
  const col = text.split('\n')[line].indexOf('servr');
  const next = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === badUri);
  client.notify('textDocument/didChange', {
    textDocument: { uri: badUri, version: 1000 },
    contentChanges: [{ range: { start: { line, character: col + 4 }, end: { line, character: col + 4 } }, text: 'e' }],
  });
  const afterFix = await next;
  assert.deepEqual(afterFix.diagnostics.filter((d) => d.range.start.line === line), []);
});
