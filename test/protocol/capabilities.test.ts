import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient } from './lspClient';

test('initialize advertises every feature haconf serves', async () => {
  const client = new LspClient();
  try {
    const { capabilities, serverInfo } = await client.initialize(null);
    assert.equal(serverInfo?.name, 'haconf');
    const sync = capabilities.textDocumentSync as { openClose?: boolean; change?: number };
    assert.equal(sync.openClose, true, 'open/close notifications drive diagnostics');
    assert.equal(sync.change, 2, 'incremental document sync');
    assert.ok(capabilities.completionProvider, 'completion');
    assert.equal((capabilities.completionProvider as { resolveProvider?: boolean }).resolveProvider, true, 'completion resolve');
    for (const cap of ['hoverProvider', 'codeActionProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'documentFormattingProvider']) {
      assert.ok(capabilities[cap], `${cap} advertised`);
    }
  } finally {
    await client.shutdown();
  }
});

test('shutdown then exit ends the process with code 0', async () => {
  const client = new LspClient();
  await client.initialize(null);
  await client.request('shutdown', null);
  client.notify('exit', null);
  assert.equal(await client.exited, 0);
});
