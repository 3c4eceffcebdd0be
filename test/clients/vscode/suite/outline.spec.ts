// Document symbols (the outline) and document formatting for each language.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CASES } from './fixtures';
import { closeAll, eventually, openFixture } from './helpers';

type OutlineSymbol = vscode.DocumentSymbol | vscode.SymbolInformation;

function names(symbols: readonly OutlineSymbol[]): string[] {
  return symbols.flatMap((s) => [s.name, ...('children' in s ? names(s.children) : [])]);
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

async function formatEdits(uri: vscode.Uri): Promise<vscode.TextEdit[]> {
  const options: vscode.FormattingOptions = { tabSize: 4, insertSpaces: true };
  return (await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', uri, options)) ?? [];
}

export function outlineTests(): void {
  suite('outline and formatting', () => {
    teardown(closeAll);

    for (const c of CASES) {
      test(`${c.languageId}: document symbols name ${c.symbols.names.join(', ')}`, async () => {
        const editor = await openFixture(c.file, c.symbols.text);
        await eventually(
          () => vscode.commands.executeCommand<OutlineSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri),
          (list) => {
            const all = names(list ?? []);
            return c.symbols.names.every((n) => all.some((a) => a.includes(n))) || `symbols: ${all.join(', ') || 'none'}`;
          },
          'document symbols',
        );
      });

      test(`${c.languageId}: formatting tidies the file, keeps its content, and is stable`, async () => {
        const editor = await openFixture(c.file, c.untidy);
        const doc = editor.document;
        const edits = await eventually(() => formatEdits(doc.uri), (e) => e.length > 0 || 'no formatting edits', 'formatting');
        const apply = new vscode.WorkspaceEdit();
        apply.set(doc.uri, edits);
        assert.ok(await vscode.workspace.applyEdit(apply), 'applyEdit refused the formatting edits');
        const formatted = doc.getText();
        assert.notEqual(formatted, c.untidy);
        assert.equal(squeeze(formatted), squeeze(c.untidy), 'formatting changed more than whitespace');
        const again = await formatEdits(doc.uri);
        const second = new vscode.WorkspaceEdit();
        second.set(doc.uri, again);
        await vscode.workspace.applyEdit(second);
        assert.equal(doc.getText(), formatted, 'formatting a formatted file changed it again');
      });
    }
  });
}
