// LSP shapes for the editor: code lenses on [Service] and the "Harden" code action with the score it leads to.
import type { CodeAction, CodeLens } from 'vscode-languageserver-types';
import { parseSystemd } from '../../parser/systemd/parser';
import type { SdTree } from '../../parser/systemd/tree';
import type { ParsedDocument, ServiceContext } from '../../types';
import { LineIndex } from '../../text';
import { hardenEdits, hardenPlan } from './harden';
import { securityLenses } from './lenses';
import { scoreUnit, serviceTrees } from './report';

/** The client command a lens runs; its argument is the Markdown summary to show. */
export const SHOW_SECURITY_COMMAND = 'haconf.showSecurityReport';

export function securityCodeLenses(doc: ParsedDocument<SdTree>, ctx: ServiceContext): CodeLens[] {
  return securityLenses(doc, ctx).map((l) => ({
    range: l.range,
    command: { title: l.title, command: SHOW_SECURITY_COMMAND, arguments: [doc.uri, l.hover] },
  }));
}

function applied(text: string, edits: ReturnType<typeof hardenEdits>): string {
  const idx = new LineIndex(text);
  let out = text;
  const abs = edits.map((e) => ({ s: idx.offsetAt(e.range.start), t: idx.offsetAt(e.range.end), text: e.newText })).sort((a, b) => b.s - a.s);
  for (const e of abs) out = out.slice(0, e.s) + e.text + out.slice(e.t);
  return out;
}

/** "Harden" for this file, titled with the exposure before and after; undefined when there is nothing to add. */
export function hardenCodeAction(doc: ParsedDocument<SdTree>, ctx: ServiceContext): CodeAction | undefined {
  const s = serviceTrees(doc, ctx);
  if (!s) return undefined;
  const edits = hardenEdits(doc, ctx);
  if (!edits.length) return undefined;
  const before = scoreUnit(s.unit, s.trees).exposure;
  const after = scoreUnit(
    s.unit,
    s.trees.map((t) => (t === doc.tree ? parseSystemd(applied(doc.text, edits), doc.uri) : t)),
  ).exposure;
  const kind = hardenPlan(s.unit, s.trees).service.kind;
  return {
    title: `Harden ${s.unit} (${kind === 'generic' ? 'generic daemon' : kind}): exposure ${before.toFixed(1)} → ${after.toFixed(1)}`,
    kind: 'refactor.rewrite',
    edit: { changes: { [doc.uri]: edits } },
  };
}
