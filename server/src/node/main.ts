// Process entry of the language server. vscode-languageserver picks the transport from argv:
// `--stdio` for neovim/Emacs, `--node-ipc` when VS Code starts it.
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { detectHostInterfaces, detectHostVersions } from './hostVersions';

process.on('uncaughtException', (err) => {
  // Keep serving: one bad request must not end the session. stderr is the client's log.
  process.stderr.write(`haconf: uncaught ${err?.stack ?? err}\n`);
});

const connection = createConnection(ProposedFeatures.all);
const docsBase = pathToFileURL(path.join(__dirname, '..', 'docs', 'rules') + path.sep).href;
startServer(connection, { docsBase, hostVersions: detectHostVersions(), hostInterfaces: detectHostInterfaces() });
