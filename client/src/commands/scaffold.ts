// "haconf: New HA stack…": placeholder until the scaffold UI lands.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export function registerScaffoldCommand(context: vscode.ExtensionContext, _client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('haconf.scaffold', () =>
      vscode.window.showInformationMessage('haconf: the HA stack scaffold is not available yet.'),
    ),
  );
}
