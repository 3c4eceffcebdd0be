// Settings reach the server: a rule switched off in `haconf.rules` disappears from the Problems, and a
// severity override changes it, without reopening the file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CASES, locate } from './fixtures';
import { closeAll, codeOf, describeDiagnostics, eventually, haconfDiagnostics, openFixture } from './helpers';

const rules = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('haconf');

async function setRules(value: Record<string, string> | undefined): Promise<void> {
  await rules().update('rules', value, vscode.ConfigurationTarget.Global);
}

export function settingsTests(): void {
  suite('settings', () => {
    teardown(async () => {
      await setRules(undefined);
      await closeAll();
    });

    const c = CASES.find((x) => x.languageId === 'haproxy') ?? CASES[0];
    test(`haconf.rules switches a rule off and changes its severity (${c.languageId})`, async () => {
      const editor = await openFixture(c.file, c.typo.bad);
      const uri = editor.document.uri;
      const at = locate(c.typo.bad, c.typo.wrong);
      const pos = new vscode.Position(at.line, at.character + 1);
      const onTypo = (ds: vscode.Diagnostic[]): vscode.Diagnostic | undefined => ds.find((d) => d.range.contains(pos));
      const first = onTypo(await eventually(() => haconfDiagnostics(uri), (ds) => !!onTypo(ds) || describeDiagnostics(ds), 'the typo diagnostic'));
      const code = String(codeOf(first as vscode.Diagnostic));
      assert.ok(code && code !== 'undefined', 'the diagnostic has no code');

      await setRules({ [code]: 'off' });
      await eventually(() => haconfDiagnostics(uri), (ds) => !ds.some((d) => codeOf(d) === code) || describeDiagnostics(ds), `${code} switched off`);

      await setRules({ [code]: 'hint' });
      await eventually(
        () => haconfDiagnostics(uri),
        (ds) => ds.some((d) => codeOf(d) === code && d.severity === vscode.DiagnosticSeverity.Hint) || describeDiagnostics(ds),
        `${code} as a hint`,
      );
    });
  });
}
