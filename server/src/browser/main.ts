// Web-worker entry of the language server (VS Code for the web). Same wiring as the node entry, without the
// host: no real validators, no host tool versions, no workspace files read from disk.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server';

/** The worker's global scope, typed as the message reader expects it. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0] & { location?: { href: string } };

/** Rule pages ship in the extension next to dist/: resolve them from this script's own address. */
function docsBase(): string | undefined {
  try {
    return self.location ? new URL('../../docs/rules/', self.location.href).href : undefined;
  } catch {
    return undefined;
  }
}

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, { docsBase: docsBase(), hostVersions: {} });
