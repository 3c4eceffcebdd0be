// Diagnostics appear for a misspelt keyword, clear when an edit corrects it, and come back when the edit
// is undone; a quick fix found through vscode.executeCodeActionProvider repairs the same typo.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CASES, LanguageCase, locate } from './fixtures';
import { closeAll, describeDiagnostics, eventually, haconfDiagnostics, openFixture, replaceAll } from './helpers';

/** The haconf diagnostic covering the misspelt word, once the server has published it. */
async function typoDiagnostic(c: LanguageCase, doc: vscode.TextDocument): Promise<vscode.Diagnostic> {
  const at = locate(c.typo.bad, c.typo.wrong);
  const pos = new vscode.Position(at.line, at.character + 1);
  const ds = await eventually(
    () => haconfDiagnostics(doc.uri),
    (list) => list.some((d) => d.range.contains(pos)) || describeDiagnostics(list),
    `diagnostic on "${c.typo.wrong}"`,
  );
  const found = ds.find((d) => d.range.contains(pos));
  assert.ok(found);
  return found;
}

/** Waits until no haconf diagnostic touches `line` and none is an error. */
async function cleared(doc: vscode.TextDocument, line: number): Promise<void> {
  await eventually(
    () => haconfDiagnostics(doc.uri),
    (list) =>
      !list.some((d) => (d.range.start.line <= line && d.range.end.line >= line) || d.severity === vscode.DiagnosticSeverity.Error) ||
      describeDiagnostics(list),
    'diagnostics to clear',
  );
}

export function diagnosticsTests(): void {
  suite('diagnostics and quick fixes', () => {
    teardown(closeAll);

    for (const c of CASES) {
      test(`${c.languageId}: "${c.typo.wrong}" is reported, clears when corrected, returns when undone`, async () => {
        const editor = await openFixture(c.file, c.typo.bad);
        const diag = await typoDiagnostic(c, editor.document);
        assert.ok(diag.message.length > 0);
        await replaceAll(editor.document, c.typo.good);
        await cleared(editor.document, diag.range.start.line);
        await replaceAll(editor.document, c.typo.bad);
        await typoDiagnostic(c, editor.document);
      });

      test(`${c.languageId}: the quick fix for "${c.typo.wrong}" applies through a WorkspaceEdit`, async () => {
        const editor = await openFixture(c.file, c.typo.bad);
        const doc = editor.document;
        const diag = await typoDiagnostic(c, doc);
        const actions = await eventually(
          () => vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
            'vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value),
          (list) => (list ?? []).some((a) => 'edit' in a && a.edit && a.title.includes(c.typo.right)) ||
            `actions: ${(list ?? []).map((a) => a.title).join(' | ') || 'none'}`,
          'quick fix',
        );
        const fix = actions.find((a): a is vscode.CodeAction => 'edit' in a && !!a.edit && a.title.includes(c.typo.right));
        assert.ok(fix?.edit);
        assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit refused the quick fix');
        assert.equal(doc.getText(), c.typo.good);
        await cleared(doc, diag.range.start.line);
      });
    }
  });
}
