// Web-worker entry of the language server (VS Code for the web). Same wiring as the node entry, without the
// host: no real validators, no host tool versions, no workspace files read from disk.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server';

/** The worker's global scope, typed as the message reader expects it. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0] & { name?: string };

/** The web client names the worker after the address of the rule pages shipped in the extension. */
function docsBase(): string | undefined {
  return self.name && /^[a-z][a-z0-9+.-]*:\/\/.*\/$/i.test(self.name) ? self.name : undefined;
}

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, { docsBase: docsBase(), hostVersions: {} });
