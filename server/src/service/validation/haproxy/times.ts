// Time values: syntax errors (haproxy alerts) and unitless timeouts (a best-practice warning).
import type { Directive, Word } from '../../parser/haproxy/types';
import { parseTime } from '../../schema/haproxy/index';
import { type CheckEnv, wordRange } from './env';

/** Check one time word; `isTimeout` enables the unitless-timeout advice. */
export function checkTimeWord(env: CheckEnv, d: Directive, w: Word | undefined, what: string, isTimeout: boolean): void {
  if (!w || w.env) return;
  const t = parseTime(w.text);
  if (t.error) {
    env.sink.add('haproxy-bad-time', wordRange(d.line, w), [w.text, what, t.error], { data: { value: w.text } });
    return;
  }
  if (isTimeout && t.unitless && t.ms !== 0) {
    env.sink.add('haproxy-unitless-timeout', wordRange(d.line, w), [w.text, humane(t.ms ?? 0)], { data: { value: w.text } });
  }
}

/** A readable equivalent of a millisecond count: 30000 → "30s". */
export function humane(ms: number): string {
  if (ms % 3600000 === 0) return `${ms / 3600000}h`;
  if (ms % 60000 === 0) return `${ms / 60000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
