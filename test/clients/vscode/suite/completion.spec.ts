// Completion and hover for each language, through VS Code's own provider commands.
import * as assert from 'node:assert/strict';
import { CASES } from './fixtures';
import { caret, closeAll, completionLabels, eventually, hoverText, openFixture } from './helpers';

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
    }
  });
}
