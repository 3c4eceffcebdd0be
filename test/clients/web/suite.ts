// The VS Code for the web suite: a self-contained `run()` (the web extension host cannot load mocha) that
// opens one file per language from the mounted workspace and checks activation, diagnostics on a known-bad
// word, completion and hover. It prints one line per check and throws when any check failed.
import * as vscode from 'vscode';
import { HAPROXY, KEEPALIVED, UNIT, type Sample } from '../vscode/samples';

interface Case {
  readonly file: string;
  readonly language: string;
  readonly sample: Sample;
  /** A word of the good text whose hover must have content. */
  readonly hoverWord: string;
}

const CASES: readonly Case[] = [
  { file: 'web.service', language: 'systemd-unit-file', sample: UNIT, hoverWord: 'ExecStart' },
  { file: 'keepalived.conf', language: 'keepalived', sample: KEEPALIVED, hoverWord: 'priority' },
  { file: 'haproxy.cfg', language: 'haproxy', sample: HAPROXY, hoverWord: 'timeout' },
];

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns a value or the attempts run out (the server answers asynchronously). */
async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, attempts = 150): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(200);
  }
  throw new Error(`gave up waiting for ${what}`);
}

function positionOf(doc: vscode.TextDocument, word: string): vscode.Position {
  const offset = doc.getText().indexOf(word);
  if (offset < 0) throw new Error(`"${word}" is not in ${doc.uri.toString()}`);
  return doc.positionAt(offset);
}

async function checkActivation(): Promise<void> {
  const ext = vscode.extensions.getExtension('haconf.haconf');
  if (!ext) throw new Error('extension haconf.haconf is not installed in the web workbench');
  await until('activation', () => (ext.isActive ? true : undefined));
}

async function openCase(c: Case): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is mounted');
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, c.file));
  await vscode.window.showTextDocument(doc);
  if (doc.languageId !== c.language) throw new Error(`${c.file} opened as ${doc.languageId}, expected ${c.language}`);
  return doc;
}

async function checkDiagnostic(doc: vscode.TextDocument, c: Case): Promise<void> {
  const at = positionOf(doc, c.sample.wrong);
  const found = await until(`a diagnostic on "${c.sample.wrong}"`, () =>
    vscode.languages.getDiagnostics(doc.uri).find((d) => d.source !== undefined && d.range.start.line === at.line),
  );
  if (found.range.start.character > at.character + c.sample.wrong.length) {
    throw new Error(`diagnostic range ${found.range.start.character} misses "${c.sample.wrong}"`);
  }
}

async function checkCompletion(doc: vscode.TextDocument, c: Case): Promise<void> {
  const at = positionOf(doc, c.sample.wrong);
  const list = await until('completion items', async () => {
    const result = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
    return result && result.items.length > 0 ? result : undefined;
  });
  const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
  if (!labels.includes(c.sample.right)) throw new Error(`completion lacks "${c.sample.right}" (got ${labels.length} items)`);
}

async function checkHover(doc: vscode.TextDocument, c: Case): Promise<void> {
  const at = positionOf(doc, c.hoverWord).translate(0, 1);
  const text = await until(`hover on "${c.hoverWord}"`, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const joined = (hovers ?? [])
      .flatMap((h) => h.contents)
      .map((m) => (typeof m === 'string' ? m : m.value))
      .join('\n')
      .trim();
    return joined.length > 0 ? joined : undefined;
  });
  if (text.length < 10) throw new Error(`hover on "${c.hoverWord}" is too short: ${text}`);
}

export async function run(): Promise<void> {
  let passed = 0;
  let failed = 0;
  const check = async (name: string, body: () => Promise<void>): Promise<void> => {
    try {
      await body();
      passed++;
      console.log(`  ok    ${name}`);
    } catch (err) {
      failed++;
      console.log(`  FAIL  ${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  for (const c of CASES) {
    let doc: vscode.TextDocument | undefined;
    await check(`${c.language}: opens ${c.file} and activates`, async () => {
      doc = await openCase(c);
      await checkActivation();
    });
    const opened = doc;
    if (!opened) continue;
    await check(`${c.language}: diagnostic on "${c.sample.wrong}"`, () => checkDiagnostic(opened, c));
    await check(`${c.language}: completion offers "${c.sample.right}"`, () => checkCompletion(opened, c));
    await check(`${c.language}: hover on "${c.hoverWord}"`, () => checkHover(opened, c));
  }
  console.log(`web suite totals: pass=${passed} fail=${failed}`);
  if (failed > 0) throw new Error(`${failed} web check(s) failed`);
}
