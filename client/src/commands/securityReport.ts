// haconf.showSecurityReport: what the security code lens on [Service] runs. The server computes the report;
// this only shows its Markdown beside the unit.
import * as vscode from 'vscode';

export function registerSecurityReportCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('haconf.showSecurityReport', async (_uri?: string, markdown?: string) => {
      if (typeof markdown !== 'string') return;
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }),
  );
}
