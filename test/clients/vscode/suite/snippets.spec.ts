// Every snippet the manifest contributes inserts into an editor of its language, by name, through
// VS Code's own `editor.action.insertSnippet`; snippets are also offered by completion.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CASES } from './fixtures';
import { closeAll, eventually, haconfExtension, labelOf } from './helpers';

interface SnippetDef {
  prefix: string | string[];
  body: string | string[];
}

function contributedSnippets(languageId: string): Map<string, SnippetDef> {
  const ext = haconfExtension();
  const json = ext.packageJSON as { contributes?: { snippets?: { language: string; path: string }[] } };
  const out = new Map<string, SnippetDef>();
  for (const entry of json.contributes?.snippets ?? []) {
    if (entry.language !== languageId) continue;
    const defs = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, entry.path), 'utf8')) as Record<string, SnippetDef>;
    for (const [name, def] of Object.entries(defs)) out.set(name, def);
  }
  return out;
}

/** The first literal word of a snippet body (placeholders and variables skipped). */
function firstWord(def: SnippetDef): string {
  const body = Array.isArray(def.body) ? def.body.join('\n') : def.body;
  const literal = body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{[^}]*\}|\$\d+|\$[A-Z_]+/g, ' ');
  return literal.split(/\s+/).find((w) => w.length > 0) ?? '';
}

export function snippetTests(): void {
  suite('snippets', () => {
    teardown(closeAll);

    for (const c of CASES) {
      test(`${c.languageId}: every contributed snippet inserts by name`, async () => {
        const snippets = contributedSnippets(c.languageId);
        assert.ok(snippets.size > 0, `the manifest contributes no snippets for ${c.languageId}`);
        for (const [name, def] of snippets) {
          const doc = await vscode.workspace.openTextDocument({ language: c.languageId, content: '' });
          await vscode.window.showTextDocument(doc);
          await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: c.languageId, name });
          const word = firstWord(def);
          assert.ok(doc.getText().trim().length > 0, `snippet "${name}" inserted nothing`);
          assert.ok(doc.getText().includes(word), `snippet "${name}": expected "${word}" in ${JSON.stringify(doc.getText())}`);
          await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        }
      });

      test(`${c.languageId}: completion offers the snippets`, async () => {
        const prefixes = [...contributedSnippets(c.languageId).values()].flatMap((d) => (Array.isArray(d.prefix) ? d.prefix : [d.prefix]));
        assert.ok(prefixes.length > 0, `no snippets for ${c.languageId}`);
        const doc = await vscode.workspace.openTextDocument({ language: c.languageId, content: '' });
        await vscode.window.showTextDocument(doc);
        await eventually(
          () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 0)),
          (list) => {
            const snippetLabels = (list?.items ?? []).filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
            return prefixes.some((p) => snippetLabels.includes(p)) || `snippet items: ${snippetLabels.join(', ') || 'none'}`;
          },
          'snippet completion',
        );
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      });
    }
  });
}
