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
    initializationOptions: { settings: trusted(vscode.workspace.getConfiguration().get('haconf')) },
    middleware: {
      workspace: {
        // The server asks for `haconf`; in an untrusted workspace the real validators stay off whatever the
        // settings say (haproxy -c runs lua-load code, systemd-analyze and keepalived read the files).
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((r, i) => (params.items[i]?.section === 'haconf' ? trusted(r) : r));
        },
      },
    },
  };
}

/** A plain copy of the haconf settings, with the validators switched off unless the workspace is trusted. */
export function trusted(settings: unknown): Record<string, unknown> {
  // A plain copy: the configuration object is a proxy, which a web worker's postMessage cannot clone.
  const copy = JSON.parse(JSON.stringify(settings ?? {})) as Record<string, unknown>;
  if (!vscode.workspace.isTrusted) {
    const validators = typeof copy.validators === 'object' && copy.validators ? copy.validators : {};
    copy.validators = { ...validators, enable: false };
  }
  return copy;
}
