// Finds the files that make up one service in the workspace: the unit file and its drop-ins
// (`<unit>.d/*.conf`, and for an instance also `<template>.d/*.conf`), drop-ins in file-name order as systemd reads them.
import type { SdTree } from '../../parser/systemd/tree';
import type { ParsedDocument } from '../../types';
import type { WorkspaceIndex } from '../../workspace/index';

function segments(uri: string): string[] {
  const path = decodeURIComponent(uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, ''));
  return path.split(/[\\/]/).filter(Boolean);
}

/** The unit a file belongs to: its own name, or for a drop-in the name of its `.d` folder. */
export function owningUnit(uri: string, dropIn: boolean): string {
  const segs = segments(uri);
  if (dropIn) return (segs[segs.length - 2] ?? '').replace(/\.d$/, '');
  return segs[segs.length - 1] ?? '';
}

/** `foo@bar.service` → `foo@.service`; undefined for names that are no instance. */
function templateOf(unit: string): string | undefined {
  const m = /^([^@]+)@([^.]+)(\.[a-z]+)$/.exec(unit);
  return m ? `${m[1]}@${m[3]}` : undefined;
}

export interface UnitFiles {
  readonly unit: string;
  /** The unit file, when the workspace has it. */
  readonly main?: ParsedDocument<SdTree>;
  readonly dropIns: ReadonlyArray<ParsedDocument<SdTree>>;
}

/** Prefer /etc over /run over /usr/lib when two folders hold a drop-in of the same name (systemd's priority). */
function priority(uri: string): number {
  if (uri.includes('/etc/')) return 0;
  if (uri.includes('/run/')) return 1;
  return 2;
}

export function unitFilesOf(doc: ParsedDocument<SdTree>, workspace: WorkspaceIndex): UnitFiles {
  const unit = owningUnit(doc.uri, doc.tree.dropIn);
  const template = templateOf(unit);
  const dirs = new Set([`${unit}.d`, ...(template ? [`${template}.d`] : [])]);
  let main: ParsedDocument<SdTree> | undefined = doc.tree.dropIn ? undefined : doc;
  const byName = new Map<string, ParsedDocument<SdTree>>();
  const all = [...workspace.documents('systemd-unit-file')] as Array<ParsedDocument<SdTree>>;
  if (!all.some((d) => d.uri === doc.uri)) all.push(doc);
  for (const d of all) {
    const segs = segments(d.uri);
    const base = segs[segs.length - 1] ?? '';
    const dir = segs[segs.length - 2] ?? '';
    if (d.tree.dropIn && dirs.has(dir) && base.endsWith('.conf')) {
      const old = byName.get(base);
      if (!old || priority(d.uri) < priority(old.uri)) byName.set(base, d);
    } else if (!main && !d.tree.dropIn && (base === unit || (template !== undefined && base === template))) main = d;
  }
  const dropIns = [...byName.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, d]) => d);
  return { unit, main, dropIns };
}
