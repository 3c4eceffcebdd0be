// Which files one validator run needs, and the command: a unit with its drop-ins (or a drop-in with its unit
// when the workspace has it), every file of a split HAProxy configuration (a folder of .cfg files with one
// `global`), a keepalived.conf alone. Pure: the staging and the run happen in stage.ts / index.ts.
import type { HaproxyTree } from '../../service/parser/haproxy';
import type { ParsedDocument } from '../../service/types';
import type { WorkspaceIndex } from '../../service/workspace/index';
import type { ToolName } from './types';

export interface PlannedFile {
  readonly uri: string;
  readonly text: string;
  /** Path inside the staging folder. */
  readonly rel: string;
}

export interface RunPlan {
  readonly tool: ToolName;
  readonly files: PlannedFile[];
  /** Arguments, with `{rel}` standing for the staged path of that file. */
  readonly args: string[];
  readonly mainUri: string;
}

const dirOf = (uri: string): string => uri.slice(0, uri.lastIndexOf('/'));
const baseOf = (uri: string): string => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

function systemdPlan(doc: ParsedDocument, ws: WorkspaceIndex): RunPlan | undefined {
  const dir = baseOf(dirOf(doc.uri));
  const dropIn = /^(.+\.[a-z]+)\.d$/.exec(dir);
  const unitUri = dropIn && doc.uri.endsWith('.conf') ? `${dirOf(dirOf(doc.uri))}/${dropIn[1]}` : doc.uri;
  const unit = unitUri === doc.uri ? doc : ws.get(unitUri);
  if (!unit) return undefined; // a drop-in for a unit of the host: nothing to verify it with here
  const name = baseOf(unit.uri);
  const files: PlannedFile[] = [{ uri: unit.uri, text: unit.text, rel: name }];
  const prefix = `${unit.uri}.d/`;
  for (const d of ws.documents('systemd-unit-file')) {
    if (d.uri.startsWith(prefix) && d.uri.endsWith('.conf') && !d.uri.slice(prefix.length).includes('/')) {
      files.push({ uri: d.uri, text: d.text, rel: `${name}.d/${baseOf(d.uri)}` });
    }
  }
  return { tool: 'systemd-analyze', files, args: ['verify', '--man=no', '--recursive-errors=no', `{${name}}`], mainUri: unit.uri };
}

function hasGlobal(d: ParsedDocument): boolean {
  return ((d.tree as HaproxyTree).sections ?? []).some((s) => s.kind === 'global');
}

function haproxyPlan(doc: ParsedDocument, ws: WorkspaceIndex): RunPlan {
  const dir = dirOf(doc.uri);
  const siblings = [...ws.documents('haproxy')].filter((d) => dirOf(d.uri) === dir && /\.cfg$/.test(d.uri));
  // several files with their own `global` are separate configurations, not one split across files
  const split = siblings.length > 1 && siblings.filter(hasGlobal).length <= 1 ? siblings : [doc];
  const ordered = [...split].sort((a, b) => Number(!hasGlobal(a)) - Number(!hasGlobal(b)) || (baseOf(a.uri) < baseOf(b.uri) ? -1 : 1));
  const files = ordered.map((d, i) => ({ uri: d.uri, text: d.text, rel: `${i}/${baseOf(d.uri)}` }));
  return { tool: 'haproxy', files, args: ['-c', ...files.flatMap((f) => ['-f', `{${f.rel}}`])], mainUri: doc.uri };
}

export function planRun(doc: ParsedDocument, ws: WorkspaceIndex): RunPlan | undefined {
  if (doc.language === 'systemd-unit-file') return systemdPlan(doc, ws);
  if (doc.language === 'haproxy') return haproxyPlan(doc, ws);
  // `-t -f FILE` only: `--config-test=FILE` would append keepalived's output to FILE
  const name = baseOf(doc.uri) || 'keepalived.conf';
  return { tool: 'keepalived', files: [{ uri: doc.uri, text: doc.text, rel: name }], args: ['-t', '-f', `{${name}}`], mainUri: doc.uri };
}
