// The one bounded walk over a workspace folder: the HA-file indexer and the script census both use it.
import * as fs from 'fs';
import * as path from 'path';

/** Folders that never hold a user's HA files (dependencies, build output, VCS data, editor test caches). */
export const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test', '.vscode-test-web']);
const MAX_DEPTH = 12;

/** Every regular file below `dir`, depth-first, skipping SKIP_DIRS and unreadable folders. */
export function* walkFiles(dir: string, depth = 0): Generator<string> {
  if (depth > MAX_DEPTH) return;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) yield* walkFiles(p, depth + 1);
    } else if (e.isFile()) yield p;
  }
}
