// Runs every feature of the facade on one document and reports problems: exceptions, slow calls, invalid
// edits, and formatting that changes the parse (outline or error count).
import type { Diagnostic, DocumentSymbol, Position, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, LanguageService } from '../../server/src/service/languageService';
import { LineIndex } from '../../server/src/service/text';
import type { FuzzDoc, FuzzPosition } from './arbitraries';

export interface Problem {
  kind: 'exception' | 'slow' | 'hang' | 'bad-edits' | 'format-changes-parse';
  feature: string;
  message: string;
}

export interface ExerciseOptions {
  /** Calls slower than this are reported (long runs only; CI tests never assert on time). */
  slowMs?: number;
  service?: LanguageService;
}

let counter = 0;

export function exercise(doc: FuzzDoc, where: FuzzPosition, opts: ExerciseOptions = {}): Problem[] {
  const service = opts.service ?? createLanguageService({ docsBase: 'file:///docs/rules/' });
  const problems: Problem[] = [];
  const input = { uri: `file:///fuzz/${++counter}/${doc.name}`, text: doc.text, version: 1, languageId: doc.language };
  const lines = new LineIndex(doc.text);
  const pos: Position = { line: Math.floor(where.lineFraction * (lines.lineCount + 1)), character: where.character };

  function call<R>(feature: string, f: () => R, fallback: R): R {
    const t0 = performance.now();
    try {
      return f();
    } catch (err) {
      problems.push({ kind: 'exception', feature, message: (err as Error)?.stack ?? String(err) });
      return fallback;
    } finally {
      const ms = performance.now() - t0;
      if (opts.slowMs !== undefined && ms > opts.slowMs) problems.push({ kind: 'slow', feature, message: `${ms.toFixed(0)} ms` });
    }
  }

  const diagnostics = call('diagnostics', () => service.diagnostics(input), [] as Diagnostic[]);
  const items = call('completion', () => service.completion(input, pos), []);
  for (const item of items.slice(0, 3)) call('resolveCompletion', () => service.resolveCompletion(item), item);
  call('hover', () => service.hover(input, pos), null);
  const symbols = call('symbols', () => service.symbols(input), [] as DocumentSymbol[]);
  call('folding', () => service.folding(input), []);
  const range = { start: { line: Math.max(0, pos.line - 3), character: 0 }, end: pos };
  call('codeActions', () => service.codeActions(input, range, diagnostics.slice(0, 20)), []);
  call('codeActions(all)', () => service.codeActions(input, { start: { line: 0, character: 0 }, end: { line: lines.lineCount, character: 0 } }, diagnostics.slice(0, 50)), []);
  call('definition', () => service.definition(input, pos), []);
  call('references', () => service.references(input, pos, true), []);
  const renamable = call('prepareRename', () => service.prepareRename(input, pos), null);
  if (renamable) {
    const edit = call('rename', () => service.rename(input, renamable.start, 'fuzz_renamed'), null);
    for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
      const target = uri === input.uri ? lines : service.workspace.get(uri)?.lines;
      if (target && applyEdits(target, edits) === undefined) {
        problems.push({ kind: 'bad-edits', feature: 'rename', message: `overlapping or out-of-range edits in ${uri}` });
      }
    }
  }
  const edits = call('format', () => service.format(input, { tabSize: 4, insertSpaces: true }), [] as TextEdit[]);
  checkFormatting(service, input.uri, doc, lines, edits, diagnostics, symbols, problems, call);
  return problems;
}

type Call = <R>(feature: string, f: () => R, fallback: R) => R;

function checkFormatting(
  service: LanguageService, uri: string, doc: FuzzDoc, lines: LineIndex, edits: TextEdit[],
  before: Diagnostic[], outline: DocumentSymbol[], problems: Problem[], call: Call,
): void {
  if (!edits.length) return;
  const formatted = applyEdits(lines, edits);
  if (formatted === undefined) {
    problems.push({ kind: 'bad-edits', feature: 'format', message: 'overlapping or out-of-range edits' });
    return;
  }
  const treeBefore = treeDigest(service.parse({ uri, text: doc.text, version: 1, languageId: doc.language })?.tree);
  const input = { uri, text: formatted, version: 2, languageId: doc.language };
  const after = call('diagnostics(formatted)', () => service.diagnostics(input), [] as Diagnostic[]);
  const afterOutline = call('symbols(formatted)', () => service.symbols(input), [] as DocumentSymbol[]);
  const treeAfter = treeDigest(service.parse(input)?.tree);
  const differs = firstDifference(treeBefore, treeAfter);
  if (differs) problems.push({ kind: 'format-changes-parse', feature: 'format', message: `parse tree changed: ${differs}` });
  const errors = (ds: Diagnostic[]): number => ds.filter((d) => (d.severity ?? 1) === 1).length;
  if (errors(after) > errors(before)) {
    problems.push({ kind: 'format-changes-parse', feature: 'format', message: `errors ${errors(before)} -> ${errors(after)}` });
  }
  if (shape(outline) !== shape(afterOutline)) {
    problems.push({ kind: 'format-changes-parse', feature: 'format', message: `outline changed:\n${shape(outline)}\n--- after ---\n${shape(afterOutline)}` });
  }
}

/**
 * The parse tree reduced to what formatting must keep: every string in it, in order, with whitespace
 * removed (so indentation and spacing may change, words may not). Numbers (positions) are ignored.
 * Error messages are strings too, so formatting that turns an error line into a comment also counts.
 */
export function treeDigest(tree: unknown, limit = 200_000): string[] {
  const out: string[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [tree];
  while (stack.length && out.length < limit) {
    const v = stack.pop();
    if (typeof v === 'string') {
      const s = v.replace(/[ \t\r\n\f\v]+/g, ''); // not \s: a BOM or NBSP inside a line is not layout
      if (s) out.push(s);
    } else if (v && typeof v === 'object' && !seen.has(v)) {
      seen.add(v);
      const children = v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : Array.isArray(v) ? v : Object.values(v);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  return out;
}

function firstDifference(a: readonly string[], b: readonly string[]): string | undefined {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return `#${i}: ${JSON.stringify(a[i].slice(0, 80))} became ${JSON.stringify(b[i].slice(0, 80))}`;
  return a.length === b.length ? undefined : `${a.length} strings became ${b.length}`;
}

/** The outline without positions: names (whitespace collapsed), kinds and nesting. */
function shape(symbols: readonly DocumentSymbol[], depth = 0): string {
  return symbols
    .map((s) => `${'  '.repeat(depth)}${s.kind} ${s.name.replace(/\s+/g, ' ').trim()}\n${shape(s.children ?? [], depth + 1)}`)
    .join('');
}

/** Applies edits; undefined when they overlap or fall outside the document. */
export function applyEdits(lines: LineIndex, edits: readonly TextEdit[]): string | undefined {
  const text = lines.text;
  const spans = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText, e }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at || s.end < s.start) return undefined;
    if (s.e.range.start.line >= lines.lineCount + 1 || s.e.range.end.line > lines.lineCount) return undefined;
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}
