// Turns tool findings into LSP diagnostics: a name (`proxy 'fe'`, `(VI_1)`) becomes the line that defines it
// in the parsed file; host-dependent messages become information with the reason.
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { HaproxyTree } from '../../service/parser/haproxy';
import type { KTree } from '../../service/parser/keepalived';
import type { ParsedDocument } from '../../service/types';
import type { NameLocator, ToolFinding, ToolName } from './types';

const SOURCE: Record<ToolName, string> = { 'systemd-analyze': 'systemd-analyze', haproxy: 'haproxy -c', keepalived: 'keepalived -t' };
const SEVERITY: Record<ToolFinding['severity'], DiagnosticSeverity> = { error: 1, warning: 2, information: 3 };

function haproxyLine(tree: HaproxyTree, loc: NameLocator): number | undefined {
  const sections = tree.sections ?? [];
  if (loc.kind === 'server') {
    const [proxy, server] = loc.name.split('/');
    const s = sections.find((x) => x.name?.text === proxy && x.kind !== 'defaults');
    return s?.directives.find((d) => d.keyword === 'server' && d.words[1]?.text === server)?.line ?? s?.header.line;
  }
  if (loc.kind === 'section') {
    const [kind, name] = loc.name.split(' ');
    return sections.find((x) => x.kind === kind && x.name?.text === name)?.header.line;
  }
  if (loc.kind === 'proxy') {
    return sections.find((x) => ['frontend', 'backend', 'listen', 'defaults'].includes(x.kind) && x.name?.text === loc.name)?.header.line;
  }
  return undefined;
}

function keepalivedLine(tree: KTree, loc: NameLocator): number | undefined {
  const root = tree.root ?? [];
  if (loc.kind === 'instance') {
    return root.find((s) => (s.words[0]?.text === 'vrrp_instance' || s.words[0]?.text === 'vrrp_sync_group') && s.words[1]?.text === loc.name)?.line;
  }
  if (loc.kind === 'virtual_server') {
    const [addr, port] = loc.name.split(' ');
    return root.find((s) => s.words[0]?.text === 'virtual_server' && s.words[1]?.text === addr && s.words[2]?.text === port)?.line;
  }
  return undefined;
}

/** The 0-based line a finding belongs to; 0 (the file as a whole) when the tool named none we can find. */
export function lineOf(f: ToolFinding, doc: ParsedDocument | undefined): number {
  if (f.line !== undefined) return f.line;
  if (!f.locator || !doc) return 0;
  const found = doc.language === 'haproxy' ? haproxyLine(doc.tree as HaproxyTree, f.locator) : doc.language === 'keepalived' ? keepalivedLine(doc.tree as KTree, f.locator) : undefined;
  return found ?? 0;
}

export function toDiagnostic(tool: ToolName, f: ToolFinding, doc: ParsedDocument | undefined): Diagnostic {
  const line = lineOf(f, doc);
  const text = doc?.lines.line(line) ?? '';
  const start = Math.max(0, text.search(/\S/));
  return {
    range: { start: { line, character: start }, end: { line, character: Math.max(start, text.trimEnd().length) } },
    severity: SEVERITY[f.host ? 'information' : f.severity],
    source: SOURCE[tool],
    message: f.host ? `${f.message} (depends on this host: ${f.host}; not a configuration error)` : f.message,
  };
}

/**
 * haconf's diagnostics plus the tool's, a tool finding dropped when haconf already reports something on the
 * same line (shown once, haconf's version with its docs link and quick fixes).
 */
export function mergeDiagnostics(haconf: Diagnostic[], tool: Diagnostic[]): Diagnostic[] {
  const lines = new Set(haconf.filter((d) => (d.severity ?? 1) <= 2).map((d) => d.range.start.line));
  const seen = new Set<string>();
  const extra = tool.filter((d) => {
    const key = `${d.range.start.line} ${d.message}`;
    if (lines.has(d.range.start.line) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...haconf, ...extra];
}
