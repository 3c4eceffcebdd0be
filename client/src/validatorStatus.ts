// The status bar item that says which real validator last ran on save, its version and exit code
// (the server's `haconf/validatorStatus` notification), and re-sends the settings when the workspace
// becomes trusted so the server may start running validators.
import * as vscode from 'vscode';
import { DidChangeConfigurationNotification } from 'vscode-languageclient';
import type { BaseLanguageClient } from 'vscode-languageclient';

interface ValidatorStatus {
  uri: string;
  tool: string;
  version?: string;
  exitCode: number | null;
  files: number;
}

export function registerValidatorStatus(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const item = vscode.window.createStatusBarItem('haconf.validators', vscode.StatusBarAlignment.Right, 100);
  item.name = 'haconf validators';
  item.command = 'haconf.showOutput';
  context.subscriptions.push(
    item,
    client.onNotification('haconf/validatorStatus', (s: ValidatorStatus) => {
      const ok = s.exitCode === 0;
      item.text = `${ok ? '$(check)' : '$(warning)'} ${s.tool}${s.version ? ` ${s.version}` : ''}`;
      item.tooltip = `haconf ran ${s.tool}${s.version ? ` ${s.version}` : ''} on ${s.files} file(s): exit code ${s.exitCode ?? 'none (stopped)'}`;
      item.show();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    }),
  );
}
