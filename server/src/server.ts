// LSP wiring only: capabilities, document sync, and one guarded handler per request, all forwarding to
// the language service. A failing handler logs and answers empty; it never takes the server down.
import {
  CodeActionKind,
  Connection,
  Diagnostic,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, LanguageService, TextInput } from './service/languageService';
import type { HostVersions } from './service/types';
import { indexWorkspaceFolders, readIfIndexable } from './node/workspaceLoader';
import { registerScaffoldRequests } from './scaffoldRequests';
import { createValidatorBridge, mergeDiagnostics, noteScript, noteWorkspaceScripts } from './node/validators';
import { stackFiles } from './service/workspace/stacks';

export interface ServerOptions {
  /** Base URI of the rule pages shipped next to the server. */
  docsBase?: string;
  hostVersions?: HostVersions;
  hostInterfaces?: readonly string[];
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const service: LanguageService = createLanguageService({ docsBase: options.docsBase, hostVersions: options.hostVersions, hostInterfaces: options.hostInterfaces });
  let hasConfiguration = false;
  let canWatchFiles = false;
  let workspaceFolders: string[] = [];
  // real validators: findings of the last run on save, per file, until that file is edited again
  const bridge = createValidatorBridge(options.hostVersions);
  const toolDiagnostics = new Map<string, Diagnostic[]>();

  const input = (uri: string): TextInput | undefined => {
    const doc = documents.get(uri);
    return doc ? { uri, text: doc.getText(), version: doc.version, languageId: doc.languageId } : undefined;
  };

  /** Wraps a handler: unknown document → fallback; exception → log + fallback. */
  function guard<P extends { textDocument: { uri: string } }, R>(
    name: string,
    fallback: R,
    f: (doc: TextInput, params: P) => R,
  ): (params: P) => R {
    return (params: P) => {
      try {
        const doc = input(params.textDocument.uri);
        return doc ? f(doc, params) : fallback;
      } catch (err) {
        connection.console.error(`haconf: ${name} failed on ${params.textDocument.uri}: ${(err as Error)?.stack ?? err}`);
        return fallback;
      }
    };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!workspaceFolders.length && params.rootUri) workspaceFolders = [params.rootUri];
    if (params.initializationOptions?.settings) service.updateSettings(params.initializationOptions.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { resolveProvider: true, triggerCharacters: ['[', '=', ' ', '%', '@', '.', '-', '$'] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite], resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'haconf', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (hasConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'haconf' });
      await pullSettings();
    }
    // keep the index (and so the stacks) current as HA files change on disk outside the editor
    if (canWatchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    // progress in the client while the workspace's HA files are read (a no-op when the client cannot show it)
    const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('haconf', undefined, 'indexing HA files of the workspace');
    try {
      await indexWorkspaceFolders(service, workspaceFolders, (msg) => connection.console.log(msg));
      noteWorkspaceScripts(service.workspace, workspaceFolders);
      documents.all().forEach(publish);
    } catch (err) {
      connection.console.error(`haconf: indexing failed: ${(err as Error)?.stack ?? err}`);
    } finally {
      progress?.done();
    }
  });

  async function pullSettings(): Promise<void> {
    try {
      const [s] = await connection.workspace.getConfiguration([{ section: 'haconf' }]);
      service.updateSettings(s ?? {});
    } catch {
      /* the client has no configuration for us: keep the defaults */
    }
  }

  connection.onDidChangeConfiguration(async (change) => {
    if (hasConfiguration) await pullSettings();
    else service.updateSettings(change.settings?.haconf ?? {});
    documents.all().forEach(publish);
  });

  function publish(doc: TextDocument): void {
    let diagnostics: Diagnostic[] = [];
    try {
      diagnostics = service.diagnostics({ uri: doc.uri, text: doc.getText(), version: doc.version, languageId: doc.languageId });
    } catch (err) {
      connection.console.error(`haconf: diagnostics failed on ${doc.uri}: ${(err as Error)?.stack ?? err}`);
    }
    diagnostics = mergeDiagnostics(diagnostics, toolDiagnostics.get(doc.uri) ?? []);
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }

  /** Publish the other open files of the stack a file belongs to (cross-file findings may have changed). */
  function publishStack(uri: string): void {
    for (const u of stackFiles(service.workspace, uri)) {
      const other = u === uri ? undefined : documents.get(u);
      if (other) publish(other);
    }
  }

  const saving = new Map<string, NodeJS.Timeout>();
  documents.onDidSave((e) => {
    const uri = e.document.uri;
    clearTimeout(saving.get(uri));
    saving.set(uri, setTimeout(() => void runValidator(uri), 300));
  });
  async function runValidator(uri: string): Promise<void> {
    saving.delete(uri);
    const doc = documents.get(uri);
    const parsed = doc && service.parse({ uri, text: doc.getText(), version: doc.version, languageId: doc.languageId });
    if (!parsed) return;
    try {
      const result = await bridge.validate(parsed, service.workspace, service.settings);
      if (!result) return;
      for (const [u, ds] of result.diagnostics) toolDiagnostics.set(u, ds);
      const { tool, version, exitCode, uris } = result.run;
      void connection.sendNotification('haconf/validatorStatus', { uri, tool, version, exitCode, files: uris.length });
      for (const u of result.diagnostics.keys()) {
        const open = documents.get(u);
        if (open) publish(open);
      }
    } catch (err) {
      connection.console.error(`haconf: validator failed on ${uri}: ${(err as Error)?.stack ?? err}`);
    }
  }

  // Diagnostics on open come at once; after edits they wait for the typing to pause briefly.
  const pending = new Map<string, NodeJS.Timeout>();
  documents.onDidOpen((e) => publish(e.document));
  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    clearTimeout(pending.get(uri));
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        toolDiagnostics.delete(uri);
        const doc = documents.get(uri);
        if (doc) publish(doc);
        publishStack(uri);
      }, 50),
    );
  });
  documents.onDidClose((e) => {
    clearTimeout(pending.get(e.document.uri));
    pending.delete(e.document.uri);
    toolDiagnostics.delete(e.document.uri);
    service.close(e.document.uri, readIfIndexable(e.document.uri));
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const c of params.changes) {
      noteScript(service.workspace, c.uri);
      if (service.workspace.isOpen(c.uri)) continue;
      if (c.type === FileChangeType.Deleted) {
        service.workspace.remove(c.uri);
        continue;
      }
      const text = readIfIndexable(c.uri);
      const language = text === undefined ? undefined : service.languageOf({ uri: c.uri, text });
      if (language && text !== undefined) service.workspace.upsertFromDisk(c.uri, language, text);
    }
    // stacks may have gained or lost files: the open documents are few, re-check them all
    documents.all().forEach(publish);
  });

  connection.onCompletion(guard('completion', [], (doc, p) => service.completion(doc, p.position)));
  connection.onCompletionResolve((item) => {
    try {
      return service.resolveCompletion(item);
    } catch (err) {
      connection.console.error(`haconf: completion resolve failed: ${err}`);
      return item;
    }
  });
  connection.onHover(guard('hover', null, (doc, p) => service.hover(doc, p.position)));
  connection.onDocumentSymbol(guard('symbols', [], (doc) => service.symbols(doc)));
  connection.onFoldingRanges(guard('folding', [], (doc) => service.folding(doc)));
  connection.onCodeAction(guard('codeAction', [], (doc, p) => service.codeActions(doc, p.range, p.context.diagnostics)));
  connection.onCodeLens(guard('codeLens', [], (doc) => service.codeLenses(doc)));
  connection.onDocumentFormatting(guard('formatting', [], (doc, p) => service.format(doc, p.options)));
  connection.onDefinition(guard('definition', [], (doc, p) => service.definition(doc, p.position)));
  connection.onReferences(guard('references', [], (doc, p) => service.references(doc, p.position, p.context.includeDeclaration)));
  connection.onPrepareRename(guard('prepareRename', null, (doc, p) => service.prepareRename(doc, p.position)));
  connection.onRenameRequest(guard('rename', null, (doc, p) => service.rename(doc, p.position, p.newName)));

  registerScaffoldRequests(connection, service);

  documents.listen(connection);
  connection.listen();
}

export { ProposedFeatures };
