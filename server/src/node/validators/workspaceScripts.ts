// Records the scripts of the workspace folders (not HA files, so the indexer skips them) with their executable
// bit, for the cross-file check that the scripts a stack runs can be run.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { WorkspaceIndex } from '../../service/workspace/index';

const SCRIPT = /\.(sh|bash|py|pl|rb)$/;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test', '.vscode-test-web']);
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
  const walk = (dir: string, depth: number): void => {
    if (depth > 12 || count >= MAX_SCRIPTS) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && !SKIP_DIRS.has(e.name)) walk(p, depth + 1);
      else if (e.isFile() && isScriptPath(e.name) && count++ < MAX_SCRIPTS) noteScript(ws, pathToFileURL(p).href);
    }
  };
  for (const uri of folderUris) if (uri.startsWith('file:')) walk(fileURLToPath(uri), 0);
  return count;
}
