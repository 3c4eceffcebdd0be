// Safe writing of scaffold files: only inside the output folder (no `..`, no absolute paths, no symlinked
// folder leading out), existing files are clashes unless forced, and each file is written to a temporary
// name beside its target and renamed over it, so a reader sees the old file or the new one, never half.
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ScaffoldFile } from '../service/features/scaffold/index';

export interface PlannedWrite {
  file: ScaffoldFile;
  target: string;
  exists: boolean;
  /** The existing file already has exactly this content. */
  identical: boolean;
}

export interface WritePlan {
  outDir: string;
  writes: PlannedWrite[];
  /** Paths refused outright (escaping the folder, or a folder where a file should go). */
  refused: string[];
}

/** Why a generated relative path is unsafe, or undefined when it is fine. */
export function unsafePath(rel: string): string | undefined {
  if (!rel || rel.includes('\0') || rel.includes('\\')) return 'not a plain relative path';
  if (isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) return 'absolute path';
  if (rel.split('/').some((s) => s === '' || s === '.' || s === '..')) return 'has an empty, "." or ".." segment';
  return undefined;
}

function inside(root: string, p: string): boolean {
  const r = relative(root, p);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r) && r.split(sep)[0] !== '..');
}

/** The real location of the deepest existing ancestor of `p` (symlinks resolved). */
function realAncestor(p: string): string {
  let cur = p;
  while (!existsSync(cur)) {
    const up = dirname(cur);
    if (up === cur) return cur;
    cur = up;
  }
  return realpathSync(cur);
}

export function planWrite(outDir: string, files: readonly ScaffoldFile[]): WritePlan {
  const root = resolve(outDir);
  const realRoot = realAncestor(root);
  const plan: WritePlan = { outDir: root, writes: [], refused: [] };
  const rootStat = lstatSync(realRoot, { throwIfNoEntry: false });
  if (rootStat && !rootStat.isDirectory()) {
    plan.refused.push(`${outDir}: not a folder`);
    return plan;
  }
  for (const file of files) {
    const bad = unsafePath(file.path);
    const target = resolve(root, file.path);
    if (bad || !inside(root, target) || !inside(realRoot, realAncestor(dirname(target)))) {
      plan.refused.push(`${file.path}: ${bad ?? 'leads outside the output folder'}`);
      continue;
    }
    const stat = lstatSync(target, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      plan.refused.push(`${file.path}: a folder of that name exists`);
      continue;
    }
    const identical = !!stat?.isFile() && readFileSync(target, 'utf8') === file.content;
    plan.writes.push({ file, target, exists: !!stat, identical });
  }
  return plan;
}

let counter = 0;

/** Writes one file whole or not at all. */
export function writeAtomically(target: string, content: string, mode: number): void {
  mkdirSync(dirname(target), { recursive: true });
  const tmp = join(dirname(target), `.${basename(target)}.haconf-${process.pid}-${++counter}.tmp`);
  try {
    writeFileSync(tmp, content, { mode, flag: 'wx' });
    chmodSync(tmp, mode);
    renameSync(tmp, target);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* the temporary file was never created */
    }
    throw err;
  }
}

/** Writes every planned file; returns the errors (one per file that could not be written). */
export function applyPlan(plan: WritePlan): string[] {
  const errors: string[] = [];
  for (const w of plan.writes) {
    try {
      writeAtomically(w.target, w.file.content, w.file.mode);
    } catch (err) {
      errors.push(`${w.file.path}: ${(err as Error).message}`);
    }
  }
  return errors;
}
