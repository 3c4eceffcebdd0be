// Folding for each language; go to definition, references and rename for named things (HAProxy
// backends, keepalived vrrp_scripts), through VS Code's provider commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HAPROXY, KEEPALIVED_TRACKED, locate } from '../samples';
import { CASES } from './fixtures';
import { closeAll, eventually, openFixture } from './helpers';

interface NamedCase {
  languageId: string;
  file: string;
  text: string;
  name: string;
  /** Which occurrence (0-based) is the definition, and which a reference. */
  definition: number;
  reference: number;
  occurrences: number;
}

const NAMED: NamedCase[] = [
  { languageId: 'haproxy', file: 'haproxy.cfg', text: HAPROXY.good, name: 'be_app', definition: 1, reference: 0, occurrences: 2 },
  { languageId: 'keepalived', file: 'keepalived.conf', text: KEEPALIVED_TRACKED, name: 'chk_haproxy', definition: 0, reference: 1, occurrences: 2 },
];

const at = (text: string, word: string, nth: number): vscode.Position => {
  const p = locate(text, word, nth);
  return new vscode.Position(p.line, p.character + 1);
};

type Target = vscode.Location | vscode.LocationLink;
const targetRange = (t: Target): vscode.Range => ('targetRange' in t ? (t.targetSelectionRange ?? t.targetRange) : t.range);

export function navigationTests(): void {
  suite('folding and navigation', () => {
    teardown(closeAll);

    for (const c of CASES) {
      test(`${c.languageId}: folding ranges cover the blocks`, async () => {
        const editor = await openFixture(c.file, c.symbols.text);
        await eventually(
          () => vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri),
          (ranges) => (ranges ?? []).some((r) => r.end > r.start) || `folding ranges: ${JSON.stringify(ranges)}`,
          'folding ranges',
        );
      });
    }

    for (const c of NAMED) {
      test(`${c.languageId}: definition, references and rename of ${c.name}`, async () => {
        const editor = await openFixture(c.file, c.text);
        const uri = editor.document.uri;
        const def = locate(c.text, c.name, c.definition);
        await eventually(
          () => vscode.commands.executeCommand<Target[]>('vscode.executeDefinitionProvider', uri, at(c.text, c.name, c.reference)),
          (targets) => (targets ?? []).some((t) => targetRange(t).start.line === def.line) || `definitions: ${JSON.stringify(targets)}`,
          'go to definition',
        );
        const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, at(c.text, c.name, c.definition));
        assert.equal(refs?.filter((r) => r.uri.toString() === uri.toString()).length, c.occurrences, `references: ${JSON.stringify(refs)}`);
        const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, at(c.text, c.name, c.reference), `${c.name}_2`);
        assert.ok(edit, 'rename returned no edit');
        assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit refused the rename');
        const text = editor.document.getText();
        assert.equal(text.split(`${c.name}_2`).length - 1, c.occurrences, `after rename:\n${text}`);
        assert.equal(text, c.text.split(c.name).join(`${c.name}_2`));
      });
    }
  });
}
