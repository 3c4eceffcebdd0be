// Structural findings: parse errors (braces, quotes, meta lines) and what keepalived's own reading of the
// file complains about (unknown keyword, keyword in the wrong block, unexpected or missing '{').
import type { KTree } from '../../parser/keepalived';
import { blockLabel, KeywordNode, nodesNamed, ROOT } from '../../schema/keepalived';
import { didYouMean, lineRange } from '../../text';
import type { DiagnosticSink } from '../rules';
import type { Resolution } from './resolve';
import { wordRange } from './util';

export function checkParseErrors(tree: KTree, sink: DiagnosticSink): void {
  for (const e of tree.errors) {
    const range = lineRange(e.line, e.start, e.end);
    if (e.kind === 'unclosed-brace') sink.add('keepalived-unbalanced-brace', range, [e.message], { data: { unclosed: true } });
    else if (e.kind === 'extra-brace') sink.add('keepalived-unbalanced-brace', range, [e.message], { data: { extra: true } });
    else if (e.kind === 'unterminated-quote') sink.add('keepalived-unterminated-quote', range);
    else sink.add('keepalived-bad-meta', range, [e.message]);
  }
}

/** Keywords a did-you-mean may offer in `context`. */
function candidates(context: KeywordNode): string[] {
  return [...context.children.keys(), 'include'];
}

export function checkStructure(res: Resolution, sink: DiagnosticSink): void {
  for (const p of res.problems) {
    if (p.kind === 'unknown') {
      const word = p.stmt.words[0];
      const elsewhere = nodesNamed(word.text);
      const where = blockLabel(p.context);
      if (elsewhere.length) {
        const homes = [...new Set(elsewhere.map((n) => (n.parent ? blockLabel(n.parent) : '')))].slice(0, 3).join(', ');
        const topLevel = elsewhere.some((n) => n.parent === ROOT) && p.context !== ROOT;
        const hint = topLevel ? " A '}' is probably missing before this line." : '';
        const home = elsewhere.length === 1 && elsewhere[0].parent?.parent === ROOT && elsewhere[0].kind === 'keyword' ? elsewhere[0].parent.name : undefined;
        sink.add('keepalived-wrong-block', wordRange(word), [word.text, where, homes, hint], { data: { keyword: word.text, ...(home ? { home, line: word.line } : {}) } });
        continue;
      }
      const near = didYouMean(word.text, candidates(p.context));
      const hint = near.length ? ` Did you mean '${near[0]}'?` : '';
      sink.add('keepalived-unknown-keyword', wordRange(word), [word.text, where, hint], { data: { replacements: near } });
    } else if (p.kind === 'unexpected-open') {
      const after = p.after?.words[0]?.text ?? '';
      const range = lineRange(p.line, p.char, p.char + 1);
      if (after) sink.add('keepalived-unexpected-brace', range, [after, blockLabel(p.context)]);
      else sink.add('keepalived-unbalanced-brace', range, ["This '{' follows no keyword; keepalived ignores it."]);
    } else if (p.kind === 'stray-close') {
      sink.add('keepalived-unbalanced-brace', lineRange(p.line, p.char, p.char + 1), [
        "keepalived reads this '}' outside any block, because it ignored an earlier '{' (see the errors above), and reports it as an unknown keyword.",
      ]);
    } else {
      sink.add('keepalived-missing-brace', wordRange(p.stmt.words[0]), [p.owner.name]);
    }
  }
}
