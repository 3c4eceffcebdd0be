// One failing or malformed request never takes the server down or blocks the next one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, PublishDiagnosticsParams, ResponseError } from './lspClient';
import { CASES, open, sampleText, sampleUri, startServer } from './session';

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

for (const c of CASES) {
  test(`incremental edits are applied (${c.language}): fixing the bad line clears its diagnostic`, async () => {
    const badUri = sampleUri(c.bad).replace('/samples/', '/samples/incremental/');
    const text = sampleText(c.bad);
    const before = await open(client, badUri, c.language, text);
    const codes = new Set(before.diagnostics.filter((d) => d.range.start.line === c.badLine).map((d) => d.code));
    assert.ok(codes.size > 0, 'the misspelt keyword is reported first');
    const col = text.split('\n')[c.badLine].indexOf(c.fix.find);
    assert.ok(col >= 0, `${c.fix.find} on line ${c.badLine + 1}`);
    const cleared = client.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === badUri && !p.diagnostics.some((d) => d.range.start.line === c.badLine && codes.has(d.code)),
      15000,
    );
    const range = { start: { line: c.badLine, character: col }, end: { line: c.badLine, character: col + c.fix.find.length } };
    client.notify('textDocument/didChange', { textDocument: { uri: badUri, version: 1000 }, contentChanges: [{ range, text: c.fix.replace }] });
    await assert.doesNotReject(cleared, 'the diagnostic goes once the word is corrected');
  });
}
