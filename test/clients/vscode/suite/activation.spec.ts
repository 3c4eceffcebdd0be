// The extension activates for each language, the file gets its language id, and the server answers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CASES } from './fixtures';
import { closeAll, codeOf, describeDiagnostics, eventually, haconfDiagnostics, haconfExtension, openFixture } from './helpers';

export function activationTests(): void {
  suite('activation', () => {
    teardown(closeAll);

    for (const c of CASES) {
      test(`${c.file} opens as ${c.languageId} and activates haconf`, async () => {
        const editor = await openFixture(c.file, c.symbols.text);
        assert.equal(editor.document.languageId, c.languageId);
        const ext = haconfExtension();
        // The first activation also starts the server: allow for a loaded machine.
        await eventually(() => ext.isActive, (v) => v || 'extension not active', `activation on ${c.languageId}`, 30_000);
      });
    }

    test('the language server answers: a file with a NUL byte is reported as binary', async () => {
      // The one check that needs no dialect feature: the facade flags NUL bytes in any of our languages.
      const doc = await vscode.workspace.openTextDocument({ language: 'haproxy', content: 'global\n\0\n' });
      await vscode.window.showTextDocument(doc);
      await eventually(
        () => haconfDiagnostics(doc.uri),
        (ds) => ds.some((d) => codeOf(d) === 'binary-content') || describeDiagnostics(ds),
        'first diagnostic from the language server',
        30_000,
      );
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  });
}
