// The client for VS Code for the web: the same language server runs in a web worker (dist/web/server.js).
// Features that need the host (real validators, the workspace index from disk, the scaffold) are off here.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { registerSecurityReportCommand } from '../commands/securityReport';
import { clientOptions } from '../clientOptions';

/** The web extension host's worker, typed as the client expects it plus the one method used here. */
type ServerWorker = ConstructorParameters<typeof LanguageClient>[3] & { terminate(): void };
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;

/** Schemes of documents in VS Code for the web: virtual file systems besides files and untitled editors. */
const WEB_SCHEMES = ['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-test-web', 'memfs'];

let session: { client: LanguageClient; worker: ServerWorker } | undefined;

/**
 * The server's worker. Its name carries the address of the rule pages (the worker cannot find them from its
 * own location, which VS Code replaces with a bootstrap blob). VS Code refuses workers from extensions that
 * live on a remote (code-server, remote web), so their script is loaded into a blob first.
 */
async function createWorker(extensionUri: vscode.Uri): Promise<ServerWorker> {
  const serverMain = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js');
  const name = vscode.Uri.joinPath(extensionUri, 'docs', 'rules').toString(true) + '/';
  if (serverMain.scheme === 'http' || serverMain.scheme === 'https') return new Worker(serverMain.toString(true), { name });
  const source = await vscode.workspace.fs.readFile(serverMain);
  return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { name });
}

async function startSession(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<void> {
  const worker = await createWorker(context.extensionUri);
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
  registerSecurityReportCommand(context);
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
