// The client for VS Code for the web: the same language server runs in a web worker (dist/web/server.js).
// Features that need the host (real validators, the workspace index from disk, the scaffold) are off here.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions } from '../clientOptions';

/** The web extension host's worker, typed as the client expects it plus the one method used here. */
type ServerWorker = ConstructorParameters<typeof LanguageClient>[3] & { terminate(): void };
declare const Worker: new (url: string) => ServerWorker;

/** Schemes of documents in VS Code for the web: virtual file systems besides files and untitled editors. */
const WEB_SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-test-web', 'memfs'];

let session: { client: LanguageClient; worker: ServerWorker } | undefined;

async function startSession(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  const worker = new Worker(serverMain.toString(true));
  const client = new LanguageClient('haconf', 'haconf', clientOptions(output, WEB_SCHEMES), worker);
  session = { client, worker };
  await client.start();
}

async function stopSession(): Promise<void> {
  const current = session;
  session = undefined;
  if (!current) return;
  try {
    await current.client.stop();
  } finally {
    current.worker.terminate();
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('haconf');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('haconf.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('haconf.restartServer', async () => {
      output.appendLine('haconf: restarting the language server');
      // A worker serves one session: a restart needs a new worker.
      await stopSession();
      await startSession(context, output);
    }),
  );
  await startSession(context, output);
}

export async function deactivate(): Promise<void> {
  await stopSession();
}
