// For each language: diagnostics on open (clean for valid files, one on the known-bad line), completion,
// hover, symbols, folding, formatting and quick fixes through the real server over stdio.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LspClient } from './lspClient';
import { applyEdits, TextEditLike, CASES, close, completionItems, hoverText, labelWord, open, sampleText, sampleUri, startServer } from './session';

let client: LspClient;
before(async () => {
  client = await startServer();
});
after(() => client.shutdown());

for (const c of CASES) {
  describe(c.language, () => {
    test('a valid file gets no error-severity diagnostic', async () => {
      const uri = sampleUri(c.file);
      const published = await open(client, uri, c.language, sampleText(c.file));
      const errors = published.diagnostics.filter((d) => (d.severity ?? 1) === 1);
      assert.deepEqual(errors, [], `valid ${c.file} must lint clean`);
    });

    test('the known-bad line gets a diagnostic', async () => {
      const published = await open(client, sampleUri(c.bad), c.language, sampleText(c.bad));
      const onLine = published.diagnostics.filter((d) => d.range.start.line === c.badLine);
      assert.ok(onLine.length > 0, `expected a diagnostic on line ${c.badLine + 1} of ${c.bad}; got ${JSON.stringify(published.diagnostics)}`);
    });

    test('each diagnostic links to its rule page, and the page exists', async () => {
      const uri = sampleUri(c.bad).replace('/samples/', '/samples/links/');
      const published = await open(client, uri, c.language, sampleText(c.bad));
      assert.ok(published.diagnostics.length > 0);
      for (const d of published.diagnostics as Array<{ code?: unknown; codeDescription?: { href: string } }>) {
        const href = d.codeDescription?.href ?? '';
        assert.match(href, new RegExp(`/docs/rules/${String(d.code)}\\.md$`), `link of ${String(d.code)}`);
        assert.ok(fs.existsSync(fileURLToPath(href)), `${href} exists`);
      }
      close(client, uri);
    });

    test('a quick fix is offered for the known-bad line', async () => {
      const uri = sampleUri(c.bad).replace('/samples/', '/samples/quickfix/');
      const published = await open(client, uri, c.language, sampleText(c.bad));
      const onLine = published.diagnostics.filter((d) => d.range.start.line === c.badLine);
      assert.ok(onLine.length > 0, 'the diagnostic to fix');
      const actions = await client.request<Array<{ title: string; kind?: string }>>('textDocument/codeAction', {
        textDocument: { uri },
        range: onLine[0].range,
        context: { diagnostics: onLine },
      });
      assert.ok(Array.isArray(actions) && actions.length > 0, `a quick fix for ${JSON.stringify(onLine[0].message)}`);
      close(client, uri);
    });

    test(`completion offers ${c.completion.expect}`, async () => {
      const result = await client.request('textDocument/completion', {
        textDocument: { uri: sampleUri(c.file) },
        position: { line: c.completion.line, character: c.completion.character },
      });
      const labels = completionItems(result).map((i) => labelWord(i.label));
      assert.ok(labels.length > 0, 'completion items exist');
      assert.ok(labels.includes(c.completion.expect), `${c.completion.expect} among ${labels.slice(0, 40).join(', ')}`);
      const first = completionItems(result)[0];
      const resolved = await client.request('completionItem/resolve', first);
      assert.ok(resolved, 'resolve answers');
    });

    test(`hover on ${c.hover.word} has content`, async () => {
      const hover = await client.request('textDocument/hover', {
        textDocument: { uri: sampleUri(c.file) },
        position: { line: c.hover.line, character: c.hover.character },
      });
      assert.ok(hoverText(hover).trim().length > 20, `hover text for ${c.hover.word}: ${JSON.stringify(hover)}`);
    });

    test('document symbols give an outline', async () => {
      const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: sampleUri(c.file) } });
      assert.ok(Array.isArray(symbols) && symbols.length > 0, 'an outline');
    });

    test('folding ranges cover the sections or blocks', async () => {
      const folds = await client.request<unknown[]>('textDocument/foldingRange', { textDocument: { uri: sampleUri(c.file) } });
      assert.ok(Array.isArray(folds) && folds.length > 0, 'folding ranges');
    });

    test('formatting answers with edits that keep the file free of errors', async () => {
      const textDocument = { uri: sampleUri(c.file) };
      const edits = await client.request<TextEditLike[]>('textDocument/formatting', { textDocument, options: { tabSize: 4, insertSpaces: true } });
      assert.ok(Array.isArray(edits), 'an array of edits');
      const formatted = applyEdits(sampleText(c.file), edits);
      const uri = sampleUri(c.file).replace('/samples/', '/samples/formatted/');
      const published = await open(client, uri, c.language, formatted);
      assert.deepEqual(published.diagnostics.filter((d) => (d.severity ?? 1) === 1), [], `formatted text:\n${formatted}`);
    });
  });
}
