// Findings about `$NAME` definitions. The parser already substituted the uses, so values built from
// definitions are checked like any other; this adds what they expanded to to the findings at a use, and
// warns where a defined name is left as written because of what follows it.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { KDefinition, KStatement, KTree, KVarUse } from '../../parser/keepalived';
import { valueAt } from '../../parser/keepalived/substitute';
import { argsOf, blockLabel } from '../../schema/keepalived';
import type { DiagnosticSink } from '../rules';
import type { Resolution } from './resolve';
import { checkWord } from './values';
import { isIP, wordRange } from './util';

const ADDRESS_ITEMS = new Set(['virtual_ipaddress', 'virtual_ipaddress_excluded', 'static_ipaddress', 'unicast_peer']);

/**
 * In a file no other one includes, a `$NAME` used before any definition of it and before any include
 * stays as written: keepalived rejects it where a number, fixed word or address is expected.
 */
export function checkUndefined(tree: KTree, res: Resolution, sink: DiagnosticSink): void {
  const lines = new Set<number>();
  for (const u of tree.variableUses) if (!u.def && !u.blocked && !u.inDefinition) lines.add(u.line);
  if (!lines.size) return;
  for (const stmt of res.resolved) {
    if (!lines.has(stmt.line)) continue;
    const node = res.node(stmt);
    const specs = node && argsOf(node.parent?.name ?? '', node.name)?.args;
    if (!node || !specs) continue;
    for (let i = 0; i < specs.length; i++) {
      const w = stmt.words[i + 1];
      if (w?.undef) checkWord(w, specs[i], node.name, sink);
    }
  }
  for (const stmt of res.items) {
    const first = stmt.words[0];
    const list = res.list(stmt);
    if (!first?.undef || !list || !lines.has(stmt.line) || !ADDRESS_ITEMS.has(list.name) || isIP(first.text.split('/')[0])) continue;
    sink.add('keepalived-bad-address', wordRange(first), [`'${first.text}' is not a valid IPv4 or IPv6 address; keepalived skips this line.`]);
  }
  // a keyword that is an undefined $NAME (e.g. `$P =1`, not a definition: no blank may precede '=')
  for (const line of lines) {
    for (const stmt of statementsOn(tree, line)) {
      const kw = stmt.words[0];
      const context = res.context(stmt);
      if (!kw?.undef || !context || res.node(stmt) || res.list(stmt)) continue;
      const hint = stmt.words[1]?.text.startsWith('=') ? ` To define it, write ${kw.text}=… with no blank before '='.` : '';
      sink.add('keepalived-unknown-keyword', wordRange(kw), [kw.text, blockLabel(context), hint]);
    }
  }
}

/** The statements of a line (the stream is in line order). */
function statementsOn(tree: KTree, line: number): KStatement[] {
  const stream = tree.stream;
  let lo = 0, hi = stream.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stream[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  const out: KStatement[] = [];
  for (let i = lo; i < stream.length && stream[i].line === line; i++) {
    const item = stream[i];
    if (item.kind === 'stmt') out.push(item);
  }
  return out;
}

/** A defined `$NAME` keepalived does not replace: the character after it, or text after a multi-line one. */
export function checkUnreplaced(tree: KTree, sink: DiagnosticSink): void {
  for (const u of tree.variableUses) {
    if (!u.blocked) continue;
    const why =
      u.blocked === 'follow'
        ? `keepalived replaces $${u.text} only before a blank, ',', ')' or the end of the line, so it stays as written here; write \${${u.text}}`
        : `$${u.text} is a multi-line definition, which keepalived only replaces where nothing follows it on the line`;
    sink.add('keepalived-ha-unreplaced-variable', wordRange(u), [u.text, why]);
  }
}

/** One line of explanation for a finding on a use: what keepalived put there. */
function note(tree: KTree, u: KVarUse): string | undefined {
  if (u.blocked === 'follow') return `$${u.text} is not replaced here: write \${${u.text}}`;
  const def = u.def;
  if (!def) return u.blocked || u.inDefinition ? undefined : `nothing defines $${u.text} before this line, so keepalived reads it as written`;
  const value = valueAt(tree.definitions, u) ?? def.value;
  if (def.multiline) return `from the multi-line definition $${u.text}${def.nameWord.line >= 0 ? ` on line ${def.nameWord.line + 1}` : ''}`;
  return `$${u.text} expands to '${value}'`;
}

/** Append to each finding that lies on a substituted use what the use expanded to (and drop its quick-fix data). */
export function explainSubstitutions(tree: KTree, items: Diagnostic[]): void {
  if (!tree.variableUses.length || !items.length) return;
  const byLine = new Map<number, KVarUse[]>();
  for (const u of tree.variableUses) {
    if (u.inDefinition) continue;
    const list = byLine.get(u.line);
    if (list) list.push(u);
    else byLine.set(u.line, [u]);
  }
  for (const d of items) {
    if (d.code === 'keepalived-ha-unreplaced-variable') continue;
    const { start, end } = d.range;
    const uses = byLine.get(start.line);
    if (!uses) continue;
    const notes: string[] = [];
    let replaced = false;
    for (const u of uses) {
      const endChar = end.line === start.line ? end.character : Number.MAX_SAFE_INTEGER;
      if (u.start >= endChar || u.end <= start.character) continue;
      replaced ||= !!u.def;
      const n = note(tree, u);
      if (n && !notes.includes(n)) notes.push(n);
    }
    if (notes.length) d.message += ` (${notes.join('; ')})`;
    // a quick fix would write over the $NAME with a literal: the fix belongs in the definition
    if (replaced) delete d.data;
  }
}

/**
 * `@host $P=…` lines give a name a value per host; the use is substituted (and checked) with the one read
 * last, so the other values it may have (back to the last unconditional one) are checked here where they
 * would form a whole argument.
 */
export function checkConditionalValues(tree: KTree, res: Resolution, sink: DiagnosticSink): void {
  const byLine = new Map<number, KVarUse[]>();
  for (const u of tree.variableUses) {
    if (!u.def?.cond) continue;
    const list = byLine.get(u.line);
    if (list) list.push(u);
    else byLine.set(u.line, [u]);
  }
  if (!byLine.size) return;
  for (const stmt of res.resolved) {
    const uses = byLine.get(stmt.line);
    const node = uses && res.node(stmt);
    const specs = node && argsOf(node.parent?.name ?? '', node.name)?.args;
    if (!uses || !node || !specs) continue;
    for (let i = 0; i < specs.length; i++) {
      const w = stmt.words[i + 1];
      const u = w?.expanded ? uses.find((x) => x.start === w.start && x.end === w.end) : undefined;
      if (!w || !u) continue;
      for (const alt of alternatives(tree, u)) {
        const before = sink.items.length;
        checkWord({ text: alt.value, line: w.line, start: w.start, end: w.end }, specs[i], node.name, sink);
        for (const d of sink.items.slice(before)) {
          d.message += ` (where ${alt.cond ? `'${alt.cond}' applies` : 'no later conditional definition applies'}, $${u.text} is '${alt.value}', line ${alt.nameWord.line + 1})`;
          delete d.data;
        }
      }
    }
  }
}

/** The other values a conditionally defined use may have: definitions back to the last unconditional one. */
function alternatives(tree: KTree, u: KVarUse): KDefinition[] {
  const defs = tree.definitions;
  const out: KDefinition[] = [];
  for (let i = defs.indexOf(u.def as KDefinition) - 1; i >= 0; i--) {
    const d = defs[i];
    if (d.name !== u.text) continue;
    if (d.value !== u.def?.value && !d.multiline && !d.value.includes('$') && !out.some((o) => o.value === d.value)) out.push(d);
    if (!d.cond) break;
  }
  return out;
}
