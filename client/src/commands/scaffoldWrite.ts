// Writing the scaffold's files through vscode.workspace.fs: only inside the chosen folder, each file to a
// temporary name beside its target and renamed over it (whole or not at all), scripts made executable.
import * as vscode from 'vscode';
import { promises as fsp } from 'fs';
import type { ScaffoldFile } from './scaffoldProtocol';

export interface PlannedFile {
  file: ScaffoldFile;
  target: vscode.Uri;
  exists: boolean;
}

/** Why a relative path from the server is unsafe to join to the folder, or undefined. */
export function unsafePath(rel: string): string | undefined {
  if (!rel || rel.includes('\\') || rel.includes('\0') || rel.startsWith('/') || /^[A-Za-z]:/.test(rel)) return 'not a plain relative path';
  if (rel.split('/').some((s) => s === '' || s === '.' || s === '..')) return 'leads outside the folder';
  return undefined;
}

export async function planFiles(folder: vscode.Uri, files: ScaffoldFile[]): Promise<{ planned: PlannedFile[]; refused: string[] }> {
  const planned: PlannedFile[] = [];
  const refused: string[] = [];
  const base = folder.path.replace(/\/+$/, '');
  for (const file of files) {
    const bad = unsafePath(file.path);
    const target = vscode.Uri.joinPath(folder, ...file.path.split('/'));
    if (bad || !target.path.startsWith(`${base}/`)) {
      refused.push(`${file.path}: ${bad ?? 'leads outside the folder'}`);
      continue;
    }
    planned.push({ file, target, exists: await exists(target) });
  }
  return { planned, refused };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Writes the files; returns the paths written and the errors. */
export async function writeFiles(planned: PlannedFile[]): Promise<{ written: string[]; errors: string[] }> {
  const written: string[] = [];
  const errors: string[] = [];
  for (const p of planned) {
    const dir = vscode.Uri.joinPath(p.target, '..');
    const name = p.file.path.split('/').pop() ?? 'file';
    const tmp = vscode.Uri.joinPath(dir, `.${name}.haconf-${process.pid}-${Date.now()}.tmp`);
    try {
      await vscode.workspace.fs.createDirectory(dir);
      await vscode.workspace.fs.writeFile(tmp, Buffer.from(p.file.content, 'utf8'));
      if (tmp.scheme === 'file') await fsp.chmod(tmp.fsPath, p.file.mode);
      await vscode.workspace.fs.rename(tmp, p.target, { overwrite: true });
      written.push(p.file.path);
    } catch (err) {
      errors.push(`${p.file.path}: ${(err as Error).message}`);
      await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    }
  }
  return { written, errors };
}
