// What every haproxy check gets: the tree, its model, the version's knowledge and the sink.
import type { HaproxyModel, HaproxyTree } from '../../parser/haproxy/index';
import type { HaproxyKnowledge, KeyOf } from '../../schema/haproxy/index';
import type { ServiceContext } from '../../types';
import type { DiagnosticSink } from '../rules';
import { lineRange } from '../../text';
import type { Range } from 'vscode-languageserver-types';
import type { Word } from '../../parser/haproxy/types';

export interface CheckEnv {
  readonly uri: string;
  readonly tree: HaproxyTree;
  readonly model: HaproxyModel;
  readonly k: HaproxyKnowledge;
  readonly sink: DiagnosticSink;
  readonly ctx: ServiceContext;
  /** Keyword keys of every directive, by directive id. */
  readonly keys: KeyOf[];
  /** Lines of `acl` declarations haproxy refuses (unknown fetch): the ACL they declare does not exist. */
  readonly badAclLines: Set<number>;
}

export function wordRange(line: number, w: Word): Range {
  return lineRange(line, w.start, w.end);
}

/** Range from the first to the last of some words of one line. */
export function wordsRange(line: number, words: readonly Word[]): Range {
  return lineRange(line, words[0]?.start ?? 0, words[words.length - 1]?.end ?? 0);
}

/** " Did you mean 'x'?" or "". */
export function suggestion(names: string[]): string {
  return names.length ? ` Did you mean '${names[0]}'?` : '';
}
