// Helpers for the extension-host suite: fixture files in the test workspace, caret markers, waiting for
// the language server, and reading what VS Code's provider commands return.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The extension under test, found by its manifest name (the id depends on the publisher). */
export function haconfExtension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.all.find((e) => (e.packageJSON as { name?: string }).name === 'haconf');
  if (!ext) throw new Error('the haconf extension is not loaded in this extension host');
  return ext;
}

let scratch: string | undefined;
/** A folder for fixture files: the opened workspace folder, or a temp folder when none is open. */
export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder?.uri.scheme === 'file') return folder.uri.fsPath;
  scratch ??= fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-suite-'));
  return scratch;
}

let serial = 0;
const fixtureDirs: string[] = [];
/** Marks `dir` as the suite's own: closeAll() empties the documents under it, then deletes it. */
export function trackFixtureDir(dir: string): void {
  fixtureDirs.push(dir);
}

/**
 * Writes `text` to a fresh folder and returns its URI. Each fixture gets its own stack folder
 * (`case-N/files/NAME`: the server groups files by the parent of their folder).
 */
export function writeFixture(name: string, text: string): vscode.Uri {
  const root = path.join(workspaceDir(), `case-${++serial}`);
  const dir = path.join(root, 'files');
  fs.mkdirSync(dir, { recursive: true });
  trackFixtureDir(root);
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return vscode.Uri.file(file);
}

/** Opens a fixture file in an editor. */
export async function openFixture(name: string, text: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(writeFixture(name, text));
  return vscode.window.showTextDocument(doc);
}

/** Splits `marked` at its `|` caret: the text without it and the caret's position. */
export function caret(marked: string): { text: string; position: vscode.Position } {
  const at = marked.indexOf('|');
  if (at < 0) throw new Error('no caret marker in test input');
  const lines = marked.slice(0, at).split('\n');
  return {
    text: marked.slice(0, at) + marked.slice(at + 1),
    position: new vscode.Position(lines.length - 1, lines[lines.length - 1].length),
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `probe` until it returns a value that `accept` approves (the language server starts and
 * analyses asynchronously). Throws the last rejection reason when `timeoutMs` passes.
 */
export async function eventually<T>(
  probe: () => Thenable<T> | T,
  accept: (v: T) => boolean | string,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no result';
  for (;;) {
    try {
      const v = await probe();
      const verdict = accept(v);
      if (verdict === true) return v;
      last = typeof verdict === 'string' ? verdict : `rejected: ${JSON.stringify(v)?.slice(0, 400)}`;
    } catch (err) {
      last = `threw: ${(err as Error).message}`;
    }
    if (Date.now() > deadline) throw new Error(`${what}: gave up after ${timeoutMs / 1000} s; last: ${last}`);
    await sleep(150);
  }
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Labels of the completion items at `pos`, without VS Code's word-based guesses (kind Text). */
export async function completionLabels(uri: vscode.Uri, pos: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, pos);
  return (list?.items ?? []).filter((i) => i.kind !== vscode.CompletionItemKind.Text).map(labelOf);
}

export async function hoverText(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
  const parts: string[] = [];
  for (const h of hovers ?? []) {
    for (const c of h.contents) parts.push(typeof c === 'string' ? c : c.value);
  }
  return parts.join('\n');
}

export function haconfDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'haconf');
}

export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  if (!ds.length) return 'no haconf diagnostics';
  return ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} [${String(codeOf(d))}] ${d.message}`).join('; ');
}

export function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

/** Replaces the whole text of `doc` through a WorkspaceEdit. */
export async function replaceAll(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error('applyEdit refused the edit');
}

const inside = (file: string, dir: string): boolean => !path.relative(dir, file).startsWith('..');

/**
 * Ends a test without leaving anything for the next one:
 * - documents of the suite's fixture folders are emptied first: VS Code keeps documents an extension
 *   opened alive for minutes after their editor closes, and the server would otherwise go on counting
 *   their keepalived instances and HAProxy binds in its cross-file checks;
 * - no "Save changes?" dialog (desktop VS Code does not save on its own): fixture files are saved,
 *   untitled editors reverted;
 * - the fixture folders are deleted and every editor closed.
 */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.uri.scheme === 'file' && doc.getText() !== '' && fixtureDirs.some((d) => inside(doc.uri.fsPath, d))) await replaceAll(doc, '');
  }
  await vscode.workspace.saveAll(false);
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isUntitled || !doc.isDirty) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  for (const dir of fixtureDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
