// The web build's stand-in for node/workspaceLoader: a web worker cannot read the workspace from disk, so
// only the documents open in the editor are indexed. esbuild swaps this module in for the web bundle.
import type { LanguageService } from '../service/languageService';

export async function indexWorkspaceFolders(_service: LanguageService, _folderUris: string[], log: (m: string) => void): Promise<number> {
  log('haconf: web build, workspace files are indexed as they are opened');
  return 0;
}

export function readIfIndexable(_uri: string): string | undefined {
  return undefined;
}
