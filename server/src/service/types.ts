// Shared types of the language service. Only LSP types, never `vscode` or a connection.
import type {
  CodeAction,
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
import type { HaconfSettings } from './settings';
import type { LineIndex } from './text';
import type { WorkspaceIndex } from './workspace/index';

export type LanguageId = 'systemd-unit-file' | 'keepalived' | 'haproxy';
export const LANGUAGE_IDS: readonly LanguageId[] = ['systemd-unit-file', 'keepalived', 'haproxy'];

/** A document as the service sees it: text plus identity, and its parse tree (computed once per version). */
export interface ParsedDocument<T = unknown> {
  readonly uri: string;
  readonly language: LanguageId;
  readonly version: number;
  readonly text: string;
  readonly lines: LineIndex;
  readonly tree: T;
}

/** What every feature gets besides the document. */
export interface ServiceContext {
  readonly settings: HaconfSettings;
  /** Other HA files of the workspace, already parsed; never re-read on a keystroke. */
  readonly workspace: WorkspaceIndex;
  /** Base URI of the rule pages (docs/rules/); a code's page is `${docsBase}${code}.md`. */
  readonly docsBase: string;
  /** Versions of the tools installed on this host (found by the node layer), for `version: auto`. */
  readonly hostVersions: HostVersions;
  /** Network interfaces of this host (found by the node layer), offered where a config names an interface. */
  readonly hostInterfaces?: readonly string[];
}

/** Host tool versions, e.g. { systemd: '252', haproxy: '2.6.12', keepalived: '2.2.7' }; absent when not installed. */
export interface HostVersions {
  systemd?: string;
  haproxy?: string;
  keepalived?: string;
}

/**
 * One dialect (systemd, keepalived, haproxy): its parser and the features on its tree.
 * Parsers never throw; features get the tree that was parsed once for this version.
 */
export interface Dialect<T = unknown> {
  readonly language: LanguageId;
  parse(text: string, uri: string): T;
  diagnostics(doc: ParsedDocument<T>, ctx: ServiceContext): Diagnostic[];
  completion(doc: ParsedDocument<T>, pos: Position, ctx: ServiceContext): CompletionItem[];
  resolveCompletion?(item: CompletionItem, ctx: ServiceContext): CompletionItem;
  hover(doc: ParsedDocument<T>, pos: Position, ctx: ServiceContext): Hover | null;
  symbols(doc: ParsedDocument<T>): DocumentSymbol[];
  folding(doc: ParsedDocument<T>): FoldingRange[];
  codeActions(doc: ParsedDocument<T>, range: Range, diagnostics: Diagnostic[], ctx: ServiceContext): CodeAction[];
  format(doc: ParsedDocument<T>, options: FormattingOptions, ctx: ServiceContext): TextEdit[];
  definition?(doc: ParsedDocument<T>, pos: Position, ctx: ServiceContext): Location[];
  references?(doc: ParsedDocument<T>, pos: Position, includeDeclaration: boolean, ctx: ServiceContext): Location[];
  prepareRename?(doc: ParsedDocument<T>, pos: Position, ctx: ServiceContext): Range | null;
  rename?(doc: ParsedDocument<T>, pos: Position, newName: string, ctx: ServiceContext): WorkspaceEdit | null;
}
