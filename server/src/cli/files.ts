// Finds the files `haconf lint` checks: named files as given, folders walked recursively.
// Files in folders are kept only when detect.ts recognises them; unreadable paths are reported, not thrown.
import * as fs from 'fs';
import * as path from 'path';
import { detectLanguage } from '../service/detect';
import type { LanguageId } from '../service/types';

/** Larger files are refused: nobody writes a 64 MB configuration, and reading it would only hurt. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface LintFile {
  /** The path as shown to the user (relative when given relative). */
  path: string;
  absolute: string;
  language: LanguageId;
  text: string;
}

export interface CollectResult {
  files: LintFile[];
  /** Paths that could not be read or understood: each message is shown and makes the run exit 2. */
  problems: string[];
}

export function collectFiles(paths: readonly string[], forced?: LanguageId): CollectResult {
  const out: CollectResult = { files: [], problems: [] };
  const seen = new Set<string>();
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (err) {
      out.problems.push(`${p}: ${reason(err)}`);
      continue;
    }
    if (st.isDirectory()) walk(p, out, seen, 0);
    else addFile(p, st, out, seen, true, forced);
  }
  return out;
}

function walk(dir: string, out: CollectResult, seen: Set<string>, depth: number): void {
  if (depth > 32) return;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    out.problems.push(`${dir}: ${reason(err)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(p, out, seen, depth + 1);
    } else if (e.isFile() || e.isSymbolicLink()) {
      let st: fs.Stats;
      try {
        st = fs.statSync(p);
      } catch {
        continue; // a dangling link inside a folder is not the user's request
      }
      if (st.isFile()) addFile(p, st, out, seen, false);
    }
  }
}

function addFile(p: string, st: fs.Stats, out: CollectResult, seen: Set<string>, named: boolean, forced?: LanguageId): void {
  const absolute = path.resolve(p);
  if (seen.has(absolute)) return;
  seen.add(absolute);
  // Folders: decide by name first, so unrelated big files are never read.
  if (!named && !detectLanguage(absolute) && !/\.(cfg|conf)$/.test(absolute)) return;
  if (!st.isFile()) {
    if (named) out.problems.push(`${p}: not a regular file`);
    return;
  }
  if (st.size > MAX_FILE_BYTES) {
    out.problems.push(`${p}: too large (${st.size} bytes; the limit is ${MAX_FILE_BYTES})`);
    return;
  }
  let text: string;
  try {
    text = fs.readFileSync(p, 'utf8');
  } catch (err) {
    out.problems.push(`${p}: ${reason(err)}`);
    return;
  }
  const language = (named ? forced : undefined) ?? detectLanguage(absolute, text);
  if (language) out.files.push({ path: p, absolute, language, text });
  else if (named) {
    out.problems.push(`${p}: not recognised as a systemd unit, keepalived.conf or haproxy.cfg (use --language to force one)`);
  }
}

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return e?.message ?? String(err);
  }
}
