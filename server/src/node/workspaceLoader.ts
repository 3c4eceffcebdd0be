// Reads the HA files of the workspace folders once at startup into the service's index.
// Only here (and in the CLI) does anything touch the disk; features never do.
import * as fs from 'fs';
import { fileURLToPath, pathToFileURL } from 'url';
import { detectLanguage } from '../service/detect';
import { walkFiles } from './walkFiles';
import type { LanguageService } from '../service/languageService';

const MAX_FILE = 2 * 1024 * 1024;
const MAX_FILES = 20000;

/** Walk the folders (bounded) and index every file haconf understands. */
export async function indexWorkspaceFolders(service: LanguageService, folderUris: string[], log: (m: string) => void): Promise<number> {
  let count = 0;
  for (const uri of folderUris) {
    if (!uri.startsWith('file:')) continue;
    for (const file of walkFiles(fileURLToPath(uri))) {
      if (count >= MAX_FILES) break;
      const text = readText(file);
      if (text === undefined) continue;
      const fileUri = pathToFileURL(file).href;
      const language = detectLanguage(file, text);
      if (!language || service.workspace.isOpen(fileUri)) continue;
      service.workspace.upsertFromDisk(fileUri, language, text);
      count++;
    }
  }
  log(`haconf: indexed ${count} HA files`);
  return count;
}

function readText(file: string): string | undefined {
  try {
    const st = fs.statSync(file);
    if (st.size > MAX_FILE) return undefined;
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The disk text of a closed document, when it is a file haconf indexes. */
export function readIfIndexable(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const file = fileURLToPath(uri);
  const text = readText(file);
  return text !== undefined && detectLanguage(file, text) ? text : undefined;
}
