// Settings reach the server both ways an LSP client sends them: pulled with workspace/configuration after
// didChangeConfiguration, and as initializationOptions.settings. A rule switched off stops being reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, PublishDiagnosticsParams } from './lspClient';
import { CASES, open, sampleText, sampleUri, startServer } from './session';

for (const c of CASES) {
  test(`${c.language}: turning the bad line's rule off through workspace/configuration clears it`, async () => {
    const client = await startServer();
    try {
      const uri = sampleUri(c.bad);
      const first = await open(client, uri, c.language, sampleText(c.bad));
      const code = first.diagnostics.find((d) => d.range.start.line === c.badLine)?.code;
      assert.ok(code !== undefined, 'the bad line is reported, with a rule code');
      client.settings = { rules: { [String(code)]: 'off' } };
      // Publications already under way may still carry it; wait (bounded) for one without it.
      const cleared = client.waitFor<PublishDiagnosticsParams>(
        'textDocument/publishDiagnostics',
        (p) => p.uri === uri && !p.diagnostics.some((d) => d.code === code),
        15000,
      );
      client.notify('workspace/didChangeConfiguration', { settings: { haconf: client.settings } });
      await assert.doesNotReject(cleared, `${code} is off after the settings change`);
    } finally {
      await client.shutdown();
    }
  });
}

test('initializationOptions.settings apply from the first diagnostics on', async () => {
  const c = CASES[0];
  const probe = await startServer();
  const code = (await open(probe, sampleUri(c.bad), c.language, sampleText(c.bad))).diagnostics.find((d) => d.range.start.line === c.badLine)?.code;
  await probe.shutdown();
  assert.ok(code !== undefined, 'the bad line is reported, with a rule code');
  const client = new LspClient();
  try {
    await client.initialize(null, { settings: { rules: { [String(code)]: 'off' } } });
    client.settings = { rules: { [String(code)]: 'off' } };
    const published = await open(client, sampleUri(c.bad), c.language, sampleText(c.bad));
    assert.deepEqual(published.diagnostics.filter((d) => d.code === code), []);
  } finally {
    await client.shutdown();
  }
});

test('a request cancelled by the client is answered or cancelled, and the server goes on', async () => {
  const client = await startServer();
  try {
    const c = CASES[0];
    const uri = sampleUri(c.file);
    await open(client, uri, c.language, sampleText(c.file));
    const pending = client.request('textDocument/documentSymbol', { textDocument: { uri } }).catch((e: unknown) => e);
    client.notify('$/cancelRequest', { id: 2 });
    client.notify('$/cancelRequest', { id: 424242 });
    await pending;
    assert.ok(Array.isArray(await client.request('textDocument/foldingRange', { textDocument: { uri } })));
  } finally {
    await client.shutdown();
  }
});
