// Helpers shared by the protocol tests: a started server, opening documents and waiting for their diagnostics.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient, Position, PublishDiagnosticsParams, SERVER_JS } from './lspClient';

export const SAMPLES = path.join(__dirname, 'samples');

export interface SampleCase {
  language: 'haproxy' | 'keepalived' | 'systemd-unit-file';
  file: string;
  bad: string;
  badLine: number;
  completion: Position & { expect: string };
  hover: Position & { word: string };
  /** The misspelt word on the bad line and its correction. */
  fix: { find: string; replace: string };
}

export const CASES: SampleCase[] = JSON.parse(fs.readFileSync(path.join(SAMPLES, 'cases.json'), 'utf8')) as SampleCase[];

export function sampleText(rel: string): string {
  return fs.readFileSync(path.join(SAMPLES, rel), 'utf8');
}

export function sampleUri(rel: string): string {
  return pathToFileURL(path.join(SAMPLES, rel)).href;
}

export async function startServer(): Promise<LspClient> {
  if (!fs.existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run "npm run build" first`);
  const client = new LspClient();
  await client.initialize(null);
  return client;
}

let version = 0;

/** Opens a document and resolves with the first diagnostics published for it. */
export function open(client: LspClient, uri: string, languageId: string, text: string): Promise<PublishDiagnosticsParams> {
  const diags = client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri, 60000);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: ++version, text } });
  return diags;
}

export function close(client: LspClient, uri: string): void {
  client.notify('textDocument/didClose', { textDocument: { uri } });
}

/** The first word of a completion label (`User=` → `User`, `option httpchk` → `option`). */
export function labelWord(label: string): string {
  return label.trim().split(/[\s=]/)[0];
}

/** The text of a hover's contents, whatever shape the server chose. */
export function hoverText(hover: unknown): string {
  const contents = (hover as { contents?: unknown } | null)?.contents;
  const one = (c: unknown): string => (typeof c === 'string' ? c : ((c as { value?: string })?.value ?? ''));
  return Array.isArray(contents) ? contents.map(one).join('\n') : one(contents);
}

export function completionItems(result: unknown): Array<{ label: string }> {
  if (Array.isArray(result)) return result as Array<{ label: string }>;
  return ((result as { items?: Array<{ label: string }> } | null)?.items ?? []) as Array<{ label: string }>;
}

export interface TextEditLike {
  range: { start: Position; end: Position };
  newText: string;
}

/** Applies LSP text edits (non-overlapping, any order) to `text`. */
export function applyEdits(text: string, edits: readonly TextEditLike[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: Position): number => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
