// Client options shared by the desktop and the web entry: which documents go to the server, the settings
// section it watches, and where its log goes.
import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';

export const LANGUAGES = ['systemd-unit-file', 'keepalived', 'haproxy'] as const;

/** Documents the server handles: saved files and untitled editors of the three languages. */
export function documentSelector(schemes: readonly string[] = ['file', 'untitled']): { scheme: string; language: string }[] {
  return LANGUAGES.flatMap((language) => schemes.map((scheme) => ({ scheme, language })));
}

export function clientOptions(output: vscode.OutputChannel, schemes?: readonly string[]): LanguageClientOptions {
  return {
    documentSelector: documentSelector(schemes),
    outputChannel: output,
    synchronize: { configurationSection: 'haconf' },
    // A plain copy: the configuration object is a proxy, which a web worker's postMessage cannot clone.
    initializationOptions: { settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration().get('haconf') ?? {})) },
  };
}
