// Records the scripts of the workspace folders (not HA files, so the indexer skips them) with their executable
// bit, for the cross-file check that the scripts a stack runs can be run.
import * as fs from 'fs';
import { fileURLToPath, pathToFileURL } from 'url';
import type { WorkspaceIndex } from '../../service/workspace/index';
import { walkFiles } from '../walkFiles';

const SCRIPT = /\.(sh|bash|py|pl|rb)$/;
const MAX_SCRIPTS = 20000;

export function isScriptPath(p: string): boolean {
  return SCRIPT.test(p);
}

/** Note (or forget, when gone) one script file. */
export function noteScript(ws: WorkspaceIndex, uri: string): void {
  if (!uri.startsWith('file:') || !isScriptPath(uri)) return;
  try {
    const st = fs.statSync(fileURLToPath(uri));
    if (st.isFile()) ws.noteFile(uri, (st.mode & 0o111) !== 0);
    else ws.forgetFile(uri);
  } catch {
    ws.forgetFile(uri);
  }
}

export function noteWorkspaceScripts(ws: WorkspaceIndex, folderUris: string[]): number {
  let count = 0;
  for (const uri of folderUris) {
    if (!uri.startsWith('file:')) continue;
    for (const file of walkFiles(fileURLToPath(uri))) {
      if (count >= MAX_SCRIPTS) return count;
      if (!isScriptPath(file)) continue;
      noteScript(ws, pathToFileURL(file).href);
      count++;
    }
  }
  return count;
}
