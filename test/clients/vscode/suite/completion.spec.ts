// Completion and hover for each language, through VS Code's own provider commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CASES, locate } from './fixtures';
import { caret, closeAll, completionLabels, describeDiagnostics, eventually, haconfDiagnostics, hoverText, openFixture } from './helpers';

export function completionTests(): void {
  suite('completion and hover', () => {
    teardown(closeAll);

    for (const c of CASES) {
      test(`${c.languageId}: completion offers ${c.completion.expectLabel}`, async () => {
        const { text, position } = caret(c.completion.marked);
        const editor = await openFixture(c.file, text);
        const labels = await eventually(
          () => completionLabels(editor.document.uri, position),
          (ls) => ls.some((l) => l.replace(/[=\s]+$/, '') === c.completion.expectLabel) || `labels: ${ls.slice(0, 30).join(', ')}`,
          'completion',
        );
        assert.ok(labels.length > 0);
      });

      test(`${c.languageId}: hover explains ${c.hover.expectWord}`, async () => {
        const { text, position } = caret(c.hover.marked);
        const editor = await openFixture(c.file, text);
        const shown = await eventually(
          () => hoverText(editor.document.uri, position),
          (t) => t.toLowerCase().includes(c.hover.expectWord.toLowerCase()) || `hover: ${JSON.stringify(t)}`,
          'hover',
        );
        // More than the bare keyword: a description of what it does.
        assert.ok(shown.replace(/\s+/g, ' ').length > c.hover.expectWord.length + 30, `hover too short: ${shown}`);
      });

      test(`${c.languageId}: hover does not describe the misspelt "${c.typo.wrong}" as a keyword`, async () => {
        const editor = await openFixture(c.file, c.typo.bad);
        const at = locate(c.typo.bad, c.typo.wrong);
        // Wait until the server has analysed the file (the typo is reported), then ask.
        const pos = new vscode.Position(at.line, at.character + 1);
        await eventually(() => haconfDiagnostics(editor.document.uri), (ds) => ds.some((d) => d.range.contains(pos)) || describeDiagnostics(ds), 'the typo diagnostic');
        const shown = await hoverText(editor.document.uri, pos);
        assert.ok(
          shown.trim() === '' || /unknown|not a known|did you mean/i.test(shown),
          `hover invents documentation for "${c.typo.wrong}": ${JSON.stringify(shown)}`,
        );
      });
    }
  });
}
