// "haconf: New HA stack…": asks the questions (or takes answers as command arguments, for tests and
// automation), gets the files from the server with the custom request haconf/scaffold, previews the
// file list, confirms before overwriting, then writes them with vscode.workspace.fs.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { askAnswers } from './scaffoldPrompts';
import { planFiles, PlannedFile, writeFiles } from './scaffoldWrite';
import { ParamInfo, SCAFFOLD_DEFAULTS_REQUEST, SCAFFOLD_REQUEST, ScaffoldDefaultsResult, ScaffoldResult } from './scaffoldProtocol';

export interface ScaffoldCommandArgs {
  /** When given, no questions are asked; missing keys take the server's defaults. */
  answers?: Record<string, unknown>;
  /** Output folder: absolute path or URI. Default: asked (a folder in the workspace). */
  folder?: string;
  /** With answers: overwrite existing files. Without it, existing files make the command refuse. */
  overwrite?: boolean;
  /** With answers: still show the preview and confirmations. */
  interactive?: boolean;
}

export interface ScaffoldOutcome {
  folder?: string;
  written: string[];
  clashes: string[];
  errors: string[];
  cancelled: boolean;
}

export function registerScaffoldCommand(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('haconf.scaffold', (args?: ScaffoldCommandArgs) => runScaffold(client, args ?? {})),
  );
}

const cancelled = (folder?: vscode.Uri): ScaffoldOutcome => ({ folder: folder?.toString(), written: [], clashes: [], errors: [], cancelled: true });

export async function runScaffold(client: LanguageClient, args: ScaffoldCommandArgs): Promise<ScaffoldOutcome> {
  const interactive = args.answers === undefined || args.interactive === true;
  if (!client.isRunning()) await client.start();
  const folder = args.folder ? toUri(args.folder) : await askFolder();
  if (!folder) return cancelled();
  let answers = args.answers;
  if (answers === undefined) {
    const defaults = await client.sendRequest<ScaffoldDefaultsResult>(SCAFFOLD_DEFAULTS_REQUEST, {});
    answers = await askAnswers(client, withPreviousAnswers(defaults.params, await previousAnswers(folder)));
    if (!answers) return cancelled(folder);
  }
  const result = await client.sendRequest<ScaffoldResult>(SCAFFOLD_REQUEST, { answers });
  if (result.errors.length) {
    void vscode.window.showErrorMessage(`haconf: the HA stack was not written: ${result.errors.join('; ')}`);
    return { folder: folder.toString(), written: [], clashes: [], errors: result.errors, cancelled: false };
  }
  for (const w of result.warnings) void vscode.window.showWarningMessage(`haconf: ${w}`);
  const { planned, refused } = await planFiles(folder, result.files);
  if (refused.length) return { folder: folder.toString(), written: [], clashes: [], errors: refused, cancelled: false };
  const toWrite = await confirm(planned, folder, interactive, args.overwrite === true);
  if (!toWrite) return cancelled(folder);
  const clashes = planned.filter((p) => p.exists).map((p) => p.file.path);
  if (!interactive && clashes.length && !args.overwrite) {
    return { folder: folder.toString(), written: [], clashes, errors: [`${clashes.length} file(s) already exist; pass overwrite: true to replace them`], cancelled: false };
  }
  const { written, errors } = await writeFiles(toWrite);
  if (errors.length) void vscode.window.showErrorMessage(`haconf: some files could not be written: ${errors.join('; ')}`);
  if (interactive && written.includes('README.md')) await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, 'README.md'));
  return { folder: folder.toString(), written, clashes, errors, cancelled: false };
}

function toUri(folder: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:/i.test(folder) && !/^[a-z]:[\\/]/i.test(folder) ? vscode.Uri.parse(folder) : vscode.Uri.file(folder);
}

/** A folder inside the workspace (default ha-stack), or one picked in a dialog when no folder is open. */
async function askFolder(): Promise<vscode.Uri | undefined> {
  const roots = vscode.workspace.workspaceFolders ?? [];
  if (!roots.length) {
    const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Write the HA stack here' });
    return picked?.[0];
  }
  const root = roots.length === 1 ? roots[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder for the HA stack' });
  if (!root) return undefined;
  const sub = await vscode.window.showInputBox({
    title: 'haconf: New HA stack',
    prompt: `Folder for the stack, relative to ${root.name} (empty: the workspace folder itself)`,
    value: 'ha-stack',
    ignoreFocusOut: true,
    validateInput: (v) => (v.split(/[\\/]/).some((s) => s === '..') || v.startsWith('/') ? 'stay inside the workspace folder' : undefined),
  });
  if (sub === undefined) return undefined;
  const parts = sub.split(/[\\/]/).filter((s) => s && s !== '.');
  return parts.length ? vscode.Uri.joinPath(root.uri, ...parts) : root.uri;
}

/** The preview and the overwrite question; the files to write, or undefined when cancelled. */
async function confirm(planned: PlannedFile[], folder: vscode.Uri, interactive: boolean, overwrite: boolean): Promise<PlannedFile[] | undefined> {
  if (!interactive) return planned;
  const write = { label: `$(check) Write ${planned.length} files`, description: vscode.workspace.asRelativePath(folder) };
  const items = [write, ...planned.map((p) => ({ label: `$(file) ${p.file.path}`, description: `${p.exists ? 'exists · ' : ''}${p.file.mode === 0o755 ? 'executable' : ''}` }))];
  const chosen = await vscode.window.showQuickPick(items, { title: 'haconf: New HA stack — files to write', placeHolder: 'Enter writes the files; Escape cancels', ignoreFocusOut: true });
  if (chosen !== write) return undefined;
  const clashes = planned.filter((p) => p.exists);
  if (!clashes.length || overwrite) return planned;
  const names = clashes.slice(0, 8).map((p) => p.file.path).join(', ') + (clashes.length > 8 ? ', …' : '');
  const answer = await vscode.window.showWarningMessage(
    `${clashes.length} file(s) already exist: ${names}. Overwrite them?`,
    { modal: true },
    'Overwrite',
    'Write only new files',
  );
  if (answer === 'Overwrite') return planned;
  if (answer === 'Write only new files') return planned.filter((p) => !p.exists);
  return undefined;
}

/** The answers a stack in this folder was generated from (its haconf-answers.json), if any. */
async function previousAnswers(folder: vscode.Uri): Promise<Record<string, unknown>> {
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'haconf-answers.json'));
    const json: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Offers a previous run's answers as the defaults: re-generating a stack starts from what it was. */
function withPreviousAnswers(params: ParamInfo[], previous: Record<string, unknown>): ParamInfo[] {
  return params.map((p) => {
    const v = previous[p.key];
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? { ...p, defaultText: String(v), fromWorkspace: true } : p;
  });
}
