// The web build's server (dist/web/server.js) speaks LSP from inside a worker: run it in a node worker
// thread that plays the browser's worker scope (postMessage / onmessage), and talk to it as VS Code for the
// web would. Skipped until `npm run build` has made the bundle.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import type { CompletionItem, Diagnostic } from 'vscode-languageserver-types';
import { newService } from '../helpers';
import { manifest, ROOT } from './manifest';

const bundle = join(ROOT, 'dist', 'web', 'server.js');
/** The web client names the worker after the rule pages' address; the server links diagnostics there. */
const DOCS_BASE = 'vscode-remote://host/ext/haconf/docs/rules/';

/** Runs in the worker thread: a minimal browser worker scope, then the bundle. */
const BOOTSTRAP = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = {
  name: workerData.docsBase,
  postMessage: (message) => parentPort.postMessage(message),
  addEventListener() {},
  set onmessage(listener) { parentPort.on('message', (data) => listener({ data })); },
};
require(workerData.bundle);
`;

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

/** Why the bundle cannot be tested: missing, or older than a server source (then it would test old code). */
function unusable(): string | false {
  if (!existsSync(bundle)) return 'dist/web/server.js is not built (npm run build)';
  const built = statSync(bundle).mtimeMs;
  const newer = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((e) =>
      e.isDirectory() ? newer(join(dir, e.name)) : e.name.endsWith('.ts') && statSync(join(dir, e.name)).mtimeMs > built,
    );
  return newer(join(ROOT, 'server', 'src')) ? 'dist/web/server.js is older than the server sources (npm run build)' : false;
}

describe('web build: server in a worker', { skip: unusable() }, () => {
  let worker: Worker;
  const received: Message[] = [];
  const waiters: { test: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  let nextId = 0;

  const waitFor = (test: (m: Message) => boolean): Promise<Message> => {
    const seen = received.find(test);
    return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ test, resolve }));
  };
  const request = async (method: string, params: unknown): Promise<Message> => {
    const id = ++nextId;
    worker.postMessage({ jsonrpc: '2.0', id, method, params });
    return waitFor((m) => m.id === id && m.method === undefined);
  };
  const notify = (method: string, params: unknown): void => worker.postMessage({ jsonrpc: '2.0', method, params });

  before(() => {
    worker = new Worker(BOOTSTRAP, { eval: true, workerData: { bundle, docsBase: DOCS_BASE } });
    worker.on('message', (m: Message) => {
      // Answer the server's own requests (configuration, registrations) as a client would.
      if (m.id !== undefined && m.method) worker.postMessage({ jsonrpc: '2.0', id: m.id, result: m.method === 'workspace/configuration' ? [{}] : null });
      received.push(m);
      for (const w of waiters.filter((x) => x.test(m))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    });
  });
  after(() => worker.terminate());

  it('answers initialize with the language features', async () => {
    const r = await request('initialize', { processId: null, rootUri: null, capabilities: {}, workspaceFolders: null });
    const caps = (r.result as { capabilities: Record<string, unknown> }).capabilities;
    for (const c of ['completionProvider', 'hoverProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'documentFormattingProvider']) {
      assert.ok(caps[c], c);
    }
    notify('initialized', {});
  });

  it('gives the same diagnostics and completions as the language service, in each language', async () => {
    const docs = [
      { uri: 'memfs:/ws/app.service', languageId: 'systemd-unit-file', text: '[Service]\nExecStart=/bin/true\nRestartt=on-failure\n' },
      { uri: 'memfs:/ws/haproxy.cfg', languageId: 'haproxy', text: 'defaults\n    mode http\n    timeout connect 5s\n    bogus_keyword 1\n' },
      { uri: 'memfs:/ws/keepalived.conf', languageId: 'keepalived', text: 'global_defs {\n    router_id lb1\n    bogus_keyword\n}\n' },
    ];
    let completions = 0;
    for (const d of docs) {
      const service = newService({}, {});
      const expected = {
        diagnostics: service.diagnostics({ ...d, version: 1 }).map((x) => `${x.range.start.line}:${x.code}`).sort(),
        labels: service.completion({ ...d, version: 1 }, { line: 1, character: 0 }).map((i) => i.label).sort(),
      };
      notify('textDocument/didOpen', { textDocument: { ...d, version: 1 } });
      const published = await waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === d.uri);
      const diagnostics = (published.params as { diagnostics: Diagnostic[] }).diagnostics;
      assert.deepEqual(diagnostics.map((x) => `${x.range.start.line}:${x.code}`).sort(), expected.diagnostics);
      for (const x of diagnostics) assert.equal(x.codeDescription?.href, `${DOCS_BASE}${x.code}.md`, 'rule page from the worker name');
      const r = await request('textDocument/completion', { textDocument: { uri: d.uri }, position: { line: 1, character: 0 } });
      const items = (Array.isArray(r.result) ? r.result : (r.result as { items?: CompletionItem[] } | null)?.items ?? []) as CompletionItem[];
      assert.deepEqual(items.map((i) => i.label).sort(), expected.labels);
      completions += items.length;
    }
    assert.ok(completions > 0, 'no completion in any language');
  });

  it('the manifest points VS Code for the web at the web client, which the build makes', () => {
    assert.equal(manifest.browser, './dist/web/extension.js');
    const client = join(ROOT, 'dist', 'web', 'extension.js');
    if (existsSync(client)) assert.doesNotMatch(readFileSync(client, 'utf8'), /require\("(fs|child_process|path|os|net)"\)/);
    assert.doesNotMatch(readFileSync(bundle, 'utf8'), /require\("[^"]+"\)/, 'the worker bundle must not require modules');
  });
});
