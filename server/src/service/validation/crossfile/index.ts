// Cross-file diagnostics and their quick fixes. The facade appends `crossFileDiagnostics` to a dialect's own
// diagnostics and `crossFileCodeActions` to its code actions. Findings are computed per stack and cached by
// the stack's files and versions, so an edit re-checks only the stack of the edited file.
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type { ParsedDocument, ServiceContext } from '../../types';
import type { WorkspaceIndex } from '../../workspace/index';
import { StackModel, stackModel } from '../../workspace/stacks';
import { diagnostic } from '../rules';
import { checkCollisions } from './collisions';
import type { Finding, Fix } from './finding';
import { checkHaproxyApp } from './haproxyApp';
import { checkKeepalivedHaproxy } from './keepalivedHaproxy';
import { checkRouter } from './keepalivedPairs';
import { checkOrderingCycles, checkUnitRefs } from './systemdUnits';
import { checkScripts, scriptIndex, ScriptIndex } from './scripts';

interface Cache {
  model?: StackModel;
  /** Some file of the workspace sets net.ipv4.ip_nonlocal_bind=1 (per model). */
  nonlocalSet: boolean;
  scripts: ScriptIndex;
  global: Map<string, Finding[]>;
  /** Stack signature (its files and versions) → findings by file. */
  stacks: Map<string, Map<string, Finding[]>>;
  nonlocal: WeakMap<ParsedDocument, boolean>;
}

const caches = new WeakMap<WorkspaceIndex, Cache>();
let stackRuns = 0;

/** How many times stack checks ran (each run checks one stack): lets tests see that an edit re-checks one stack. */
export function stackCheckRuns(): number {
  return stackRuns;
}

function byUri(findings: Finding[]): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of findings) m.set(f.uri, [...(m.get(f.uri) ?? []), f]);
  return m;
}

const NONLOCAL = /^[^#;\n]*net[./]ipv[46][./]ip_nonlocal_bind\s*=\s*1/m;

function nonlocalSet(ws: WorkspaceIndex, c: Cache): boolean {
  for (const d of ws.documents()) {
    let v = c.nonlocal.get(d);
    if (v === undefined) c.nonlocal.set(d, (v = d.text.includes('ip_nonlocal_bind') && NONLOCAL.test(d.text)));
    if (v) return true;
  }
  return false;
}

function stackFindings(m: StackModel, c: Cache, uri: string): Finding[] {
  const i = m.stackOf.get(uri);
  if (i === undefined) return [];
  const files = m.stacks[i];
  const sig = files.map((u) => `${u}@${m.versions.get(u)}`).sort().join('\n');
  let hit = c.stacks.get(sig);
  if (!hit) {
    stackRuns++;
    const s = m.members[i];
    const found = [...s.routers.flatMap(checkRouter), ...checkKeepalivedHaproxy(s.keepalived, s.haproxy, c.nonlocalSet), ...checkHaproxyApp(s.haproxy, s.systemd)];
    hit = byUri(found);
    c.stacks.set(sig, hit);
  }
  return hit.get(uri) ?? [];
}

function findingsFor(ws: WorkspaceIndex, uri: string): Finding[] {
  let c = caches.get(ws);
  if (!c) caches.set(ws, (c = { nonlocalSet: false, scripts: new Map(), global: new Map(), stacks: new Map(), nonlocal: new WeakMap() }));
  const m = stackModel(ws);
  if (c.model !== m) {
    c.model = m;
    c.global = byUri([...checkCollisions(m.routers), ...checkOrderingCycles(m.systemd)]);
    c.nonlocalSet = nonlocalSet(ws, c);
    c.scripts = scriptIndex(ws.otherFiles());
    // keep only the entries of stacks that still exist (one per stack at most)
    if (c.stacks.size > m.stacks.length + 16) c.stacks.clear();
  }
  const unit = m.systemd.get(uri);
  const runs = unit ?? m.keepalived.get(uri);
  return [
    ...(c.global.get(uri) ?? []),
    ...stackFindings(m, c, uri),
    ...(unit ? checkUnitRefs(uri, unit, m.units) : []),
    ...(runs ? checkScripts(uri, runs, c.scripts) : []),
  ];
}

/** The cross-file diagnostics of one document (empty for a file that is not indexed). */
export function crossFileDiagnostics(doc: ParsedDocument, ctx: ServiceContext): Diagnostic[] {
  if (ctx.workspace.get(doc.uri) !== doc) return [];
  const out: Diagnostic[] = [];
  for (const f of findingsFor(ctx.workspace, doc.uri)) {
    const d = diagnostic(ctx, f.code, f.range, [f.message], {
      related: f.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message })),
      data: f.fixes?.length ? { fixes: f.fixes } : undefined,
      severity: f.severity,
    });
    if (d) out.push(d);
  }
  return out;
}

function isFix(x: unknown): x is Fix {
  const f = x as Fix;
  return !!f && typeof f.title === 'string' && Array.isArray(f.edits);
}

/** Quick fixes of `ha-…` diagnostics: their edits may change other files of the stack. */
export function crossFileCodeActions(_doc: ParsedDocument, _range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (typeof d.code !== 'string' || !d.code.startsWith('ha-')) continue;
    const fixes = (d.data as { fixes?: unknown[] } | undefined)?.fixes ?? [];
    for (const f of fixes.filter(isFix)) {
      const changes: Record<string, TextEdit[]> = {};
      for (const e of f.edits) (changes[e.uri] ??= []).push({ range: e.range, newText: e.newText });
      out.push({ title: f.title, kind: 'quickfix', diagnostics: [d], edit: { changes } });
    }
  }
  return out;
}
