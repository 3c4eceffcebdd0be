// A small LSP client over stdio for tests and the benchmark: spawns the server, frames JSON-RPC with
// Content-Length headers, matches responses to requests, and answers the server's own requests.
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';

export interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

export class ResponseError extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

type Listener = (params: unknown) => void;

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SERVER_JS = path.join(REPO_ROOT, 'dist', 'server.js');
/** The node flags every launcher gives the server (client/src/extension.ts, README, neovim and emacs tests). */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=4'];

export class LspClient {
  readonly proc: ChildProcess;
  private buf: Buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Map<string, Set<Listener>>();
  /** Everything the server wrote to stderr, for failure messages. */
  stderr = '';
  exited: Promise<number | null>;

  constructor(serverArgs: string[] = ['--stdio'], serverJs = SERVER_JS) {
    this.proc = spawn(process.execPath, [...SERVER_NODE_FLAGS, serverJs, ...serverArgs], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout?.on('data', (chunk: Buffer) => this.onData(chunk));
    this.proc.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)));
    void this.exited.then((code) => {
      for (const p of this.pending.values()) p.reject(new Error(`server exited (${code}) before answering; stderr: ${this.stderr.slice(-2000)}`));
      this.pending.clear();
    });
  }

  get alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** Sends a request; resolves with its result, rejects with a ResponseError or after `timeoutMs`. */
  request<R = unknown>(method: string, params: unknown, timeoutMs = 20000): Promise<R> {
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as R);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Sends raw bytes, for tests of broken framing. */
  writeRaw(data: string | Buffer): void {
    this.proc.stdin?.write(data);
  }

  on(method: string, listener: Listener): () => void {
    let set = this.listeners.get(method);
    if (!set) this.listeners.set(method, (set = new Set()));
    set.add(listener);
    return () => set?.delete(listener);
  }

  /** Waits for the next notification `method` whose params satisfy `match`. */
  waitFor<P>(method: string, match: (p: P) => boolean = () => true, timeoutMs = 20000): Promise<P> {
    return new Promise<P>((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`no ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      const off = this.on(method, (p) => {
        if (!match(p as P)) return;
        clearTimeout(timer);
        off();
        resolve(p as P);
      });
    });
  }

  /** initialize + initialized, with a plain client's capabilities. */
  async initialize(rootUri: string | null = null, initializationOptions?: unknown): Promise<InitializeResultLike> {
    const result = await this.request<InitializeResultLike>('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
      initializationOptions,
      capabilities: {
        textDocument: {
          synchronization: { didSave: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          foldingRange: {},
          formatting: {},
        },
        workspace: { configuration: true, workspaceFolders: true },
      },
    });
    this.notify('initialized', {});
    return result;
  }

  async shutdown(): Promise<void> {
    if (!this.alive) return;
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit', null);
    } catch {
      /* already gone */
    }
    const killer = setTimeout(() => this.proc.kill('SIGKILL'), 3000);
    await this.exited;
    clearTimeout(killer);
  }

  private send(msg: Message): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin?.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin?.write(body);
  }

  private onData(chunk: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    for (;;) {
      const headerEnd = this.buf.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const m = /Content-Length: *(\d+)/i.exec(this.buf.subarray(0, headerEnd).toString('ascii'));
      if (!m) throw new Error(`bad header from server: ${this.buf.subarray(0, headerEnd).toString()}`);
      const len = Number(m[1]);
      if (this.buf.length < headerEnd + 4 + len) return;
      const body = this.buf.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
      this.buf = this.buf.subarray(headerEnd + 4 + len);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(msg: Message): void {
    if (msg.method !== undefined && msg.id !== undefined && msg.id !== null) {
      this.send({ jsonrpc: '2.0', id: msg.id, result: this.answerServerRequest(msg.method, msg.params) });
    } else if (msg.method !== undefined) {
      this.listeners.get(msg.method)?.forEach((l) => l(msg.params));
    } else if (typeof msg.id === 'number') {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.error) p.reject(new ResponseError(msg.error.code, msg.error.message));
      else p.resolve(msg.result ?? null);
    }
  }

  /** Settings the server asks for with workspace/configuration; tests may replace them. */
  settings: unknown = {};

  private answerServerRequest(method: string, params: unknown): unknown {
    if (method === 'workspace/configuration') {
      const items = (params as { items?: unknown[] } | undefined)?.items ?? [];
      return items.map(() => this.settings);
    }
    return null; // client/registerCapability, window/workDoneProgress/create, …
  }
}

export interface InitializeResultLike {
  capabilities: Record<string, unknown>;
  serverInfo?: { name: string; version?: string };
}

export interface Position {
  line: number;
  character: number;
}

export interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: Array<{ range: { start: Position; end: Position }; severity?: number; code?: string | number; message: string }>;
}
