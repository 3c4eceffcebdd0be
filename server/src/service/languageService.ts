// The facade: plain text in, LSP types out. The server, the CLI and the tests all go through here.
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  FormattingOptions,
  Hover,
  Location,
  Position,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { dialectFor } from './dialects/index';
import { detectLanguage } from './detect';
import { DEFAULT_SETTINGS, HaconfSettings, mergeSettings } from './settings';
import { HostVersions, LANGUAGE_IDS, LanguageId, ParsedDocument, ServiceContext } from './types';
import { WorkspaceIndex } from './workspace/index';
import { diagnostic } from './validation/rules';
import { insightCodeActions, insightCodeLenses, insightHover, mergeHovers } from './features/insights';
import { crossFileCodeActions, crossFileDiagnostics } from './validation/crossfile/index';

/** A document handed to the service. `languageId` may be any string; unknown ones fall back to detection. */
export interface TextInput {
  uri: string;
  text: string;
  version?: number;
  languageId?: string;
}

export interface LanguageServiceOptions {
  settings?: unknown;
  /** Base URI for rule pages; defaults to the docs folder next to the installed package. */
  docsBase?: string;
  /** Versions of the host's tools, used where a version setting is `auto`. */
  hostVersions?: HostVersions;
  /** Network interfaces of the host, for completion of `interface` and similar arguments. */
  hostInterfaces?: readonly string[];
}

export interface LanguageService {
  readonly workspace: WorkspaceIndex;
  readonly settings: HaconfSettings;
  updateSettings(settings: unknown): void;
  /** The language of a document, from its id or its name/content; undefined when not ours. */
  languageOf(input: TextInput): LanguageId | undefined;
  /** Parse (once per version) and index the document; undefined when the file is not one of ours. */
  parse(input: TextInput, isOpen?: boolean): ParsedDocument | undefined;
  diagnostics(input: TextInput): Diagnostic[];
  completion(input: TextInput, pos: Position): CompletionItem[];
  resolveCompletion(item: CompletionItem): CompletionItem;
  hover(input: TextInput, pos: Position): Hover | null;
  symbols(input: TextInput): DocumentSymbol[];
  folding(input: TextInput): FoldingRange[];
  codeActions(input: TextInput, range: Range, diagnostics: Diagnostic[]): CodeAction[];
  /** Code lenses: the security exposure of service units. */
  codeLenses(input: TextInput): CodeLens[];
  format(input: TextInput, options: FormattingOptions): TextEdit[];
  definition(input: TextInput, pos: Position): Location[];
  references(input: TextInput, pos: Position, includeDeclaration: boolean): Location[];
  prepareRename(input: TextInput, pos: Position): Range | null;
  rename(input: TextInput, pos: Position, newName: string): WorkspaceEdit | null;
  /** Drop an editor's copy; `diskText` keeps the file indexed as it is on disk. */
  close(uri: string, diskText?: string): void;
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  let settings = options.settings === undefined ? DEFAULT_SETTINGS : mergeSettings(options.settings);
  const workspace = new WorkspaceIndex((language, text, uri) => dialectFor(language).parse(text, uri));
  const docsBase = options.docsBase ?? 'https://haconf.invalid/docs/rules/';
  const hostVersions = options.hostVersions ?? {};
  const hostInterfaces = options.hostInterfaces ?? [];
  const ctx = (): ServiceContext => ({ settings, workspace, docsBase, hostVersions, hostInterfaces });

  const languageOf = (input: TextInput): LanguageId | undefined => {
    const claimed = (LANGUAGE_IDS as readonly string[]).includes(input.languageId ?? '') ? (input.languageId as LanguageId) : undefined;
    // A clear file name (haproxy.cfg, keepalived.conf, x.service, a drop-in) beats a conflicting language id:
    // some clients (Emacs eglot) send one language id for every file a server handles.
    const byName = detectLanguage(input.uri);
    if (claimed && byName && byName !== claimed) return byName;
    return claimed ?? detectLanguage(input.uri, input.text);
  };

  const parse = (input: TextInput, isOpen = true): ParsedDocument | undefined => {
    const language = languageOf(input);
    if (!language) return undefined;
    return workspace.upsert(input.uri, language, input.version ?? 0, input.text, isOpen);
  };

  /** Run a dialect feature on the parsed document; `fallback` when the file is not ours. */
  function withDoc<R>(input: TextInput, fallback: R, f: (doc: ParsedDocument) => R): R {
    const doc = parse(input);
    return doc ? f(doc) : fallback;
  }
  const d = (doc: ParsedDocument) => dialectFor(doc.language);

  return {
    workspace,
    get settings() {
      return settings;
    },
    updateSettings(s) {
      settings = mergeSettings(s);
    },
    languageOf,
    parse,
    diagnostics: (input) =>
      withDoc(input, [], (doc) => {
        const nul = doc.text.indexOf('\0');
        if (nul >= 0) {
          const bin = diagnostic(ctx(), 'binary-content', { start: doc.lines.positionAt(nul), end: doc.lines.positionAt(nul + 1) }, [String(nul)]);
          return bin ? [bin] : [];
        }
        return [...d(doc).diagnostics(doc, ctx()), ...crossFileDiagnostics(doc, ctx())];
      }),
    completion: (input, pos) => withDoc(input, [], (doc) => d(doc).completion(doc, pos, ctx())),
    resolveCompletion(item) {
      const lang = (item.data as { language?: LanguageId } | undefined)?.language;
      const dialect = lang && (LANGUAGE_IDS as readonly string[]).includes(lang) ? dialectFor(lang) : undefined;
      return dialect?.resolveCompletion ? dialect.resolveCompletion(item, ctx()) : item;
    },
    hover: (input, pos) =>
      withDoc(input, null, (doc) => mergeHovers(d(doc).hover(doc, pos, ctx()), insightHover(doc, pos, ctx()))),
    symbols: (input) => withDoc(input, [], (doc) => d(doc).symbols(doc)),
    folding: (input) => withDoc(input, [], (doc) => d(doc).folding(doc)),
    codeActions: (input, range, diags) =>
      withDoc(input, [], (doc) => [
        ...d(doc).codeActions(doc, range, diags, ctx()),
        ...crossFileCodeActions(doc, range, diags),
        ...insightCodeActions(doc, range, ctx()),
      ]),
    codeLenses: (input) => withDoc(input, [], (doc) => insightCodeLenses(doc, ctx())),
    format: (input, opts) => withDoc(input, [], (doc) => d(doc).format(doc, opts, ctx())),
    definition: (input, pos) => withDoc(input, [], (doc) => d(doc).definition?.(doc, pos, ctx()) ?? []),
    references: (input, pos, incl) => withDoc(input, [], (doc) => d(doc).references?.(doc, pos, incl, ctx()) ?? []),
    prepareRename: (input, pos) => withDoc(input, null, (doc) => d(doc).prepareRename?.(doc, pos, ctx()) ?? null),
    rename: (input, pos, name) => withDoc(input, null, (doc) => d(doc).rename?.(doc, pos, name, ctx()) ?? null),
    close: (uri, diskText) => workspace.close(uri, diskText),
  };
}
