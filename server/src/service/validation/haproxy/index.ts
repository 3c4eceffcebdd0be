// Runs every haproxy check on a parsed document.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { HaproxyTree } from '../../parser/haproxy/index';
import { modelOf } from '../../parser/haproxy/index';
import { keysOf, knowledgeFor, resolveVersion } from '../../schema/haproxy/index';
import type { ParsedDocument, ServiceContext } from '../../types';
import { DiagnosticSink } from '../rules';
import { checkBestPractice } from './bestPractice';
import { checkSecurityHints } from './securityHints';
import { checkBindServer } from './bindServer';
import type { CheckEnv } from './env';
import { checkKeywords } from './keywords';
import { checkProxies } from './proxyChecks';
import { checkSamples } from './samples';
import { checkReferences } from './references';
import { LineState, lineStates } from './conditions';

export function haproxyDiagnostics(doc: ParsedDocument<HaproxyTree>, ctx: ServiceContext): Diagnostic[] {
  const sink = new DiagnosticSink(ctx);
  const tree = doc.tree;
  for (const e of tree.errors) sink.add(e.code, e.range, [e.message]);
  const vi = resolveVersion(ctx.settings.haproxy.version, ctx.hostVersions);
  const env: CheckEnv = { uri: doc.uri, tree, model: modelOf(tree), k: knowledgeFor(vi), sink, ctx, keys: keysOf(tree), badAclLines: new Set() };
  checkKeywords(env);
  checkBindServer(env);
  checkSamples(env);
  checkReferences(env);
  checkProxies(env);
  checkBestPractice(env);
  checkSecurityHints(env);
  return applyConditionals(sink.items, lineStates(tree, vi));
}

/** Lines haproxy skips get no findings; lines in undecidable blocks get warnings instead of errors. */
function applyConditionals(items: Diagnostic[], states: Uint8Array): Diagnostic[] {
  if (!states.some((s) => s !== LineState.Active)) return items;
  const out: Diagnostic[] = [];
  for (const d of items) {
    const state = states[d.range.start.line] ?? LineState.Active;
    if (d.code === 'haproxy-syntax' || state === LineState.Active) out.push(d);
    else if (state === LineState.Unknown) {
      out.push(d.severity === 1 ? { ...d, severity: 2, message: `${d.message} (inside a .if block haconf cannot evaluate)` } : d);
    }
  }
  return out;
}
