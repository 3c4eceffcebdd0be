// The lines an edit touched: the text of the new version compared with the previous one of the same uri,
// as a window of new lines between an unchanged prefix and an unchanged suffix of whole lines.
import type { ParseState } from './reuse';
import { lineAtOffset } from '../../text';

export interface EditWindow {
  /** Lines before this one are unchanged, at the same numbers. */
  readonly first: number;
  /** The new version's lines from `first` up to the unchanged suffix, and their offsets. */
  readonly lines: readonly string[];
  readonly starts: readonly number[];
  /** First line of the unchanged suffix in the previous version; its new number is oldSuffix + shift. */
  readonly oldSuffix: number;
  readonly shift: number;
  /** Offset change of the suffix. */
  readonly delta: number;
}

const CHUNK = 2048;

export function editWindow(prev: ParseState, body: string): EditWindow {
  const old = prev.body;
  const min = Math.min(old.length, body.length);
  let p = 0; // common prefix, found chunk by chunk and then char by char
  while (p + CHUNK <= min && old.substring(p, p + CHUNK) === body.substring(p, p + CHUNK)) p += CHUNK;
  while (p < min && old.charCodeAt(p) === body.charCodeAt(p)) p++;
  let q = 0; // common suffix, not overlapping the prefix
  const maxQ = min - p;
  while (q + CHUNK <= maxQ && old.substring(old.length - q - CHUNK, old.length - q) === body.substring(body.length - q - CHUNK, body.length - q)) q += CHUNK;
  while (q < maxQ && old.charCodeAt(old.length - 1 - q) === body.charCodeAt(body.length - 1 - q)) q++;
  const starts = prev.starts;
  // the line holding the first change, one more back (a CR before it may join a new LF), never below 0
  const first = Math.max(0, lineAtOffset(starts, p) - 1);
  const oldEnd = old.length - q;
  // lines that start after the last changed offset are unchanged (their breaks before them too)
  let oldSuffix = lineAtOffset(starts, oldEnd) + 1;
  const delta = body.length - old.length;
  const from = starts[first];
  const to = oldSuffix < starts.length ? starts[oldSuffix] + delta : body.length;
  if (oldSuffix >= starts.length) oldSuffix = starts.length;
  const midText = body.slice(from, to);
  const lines = midText.split(/\r\n|\r|\n/);
  // a window ending at a suffix line ends with that line's break: the last piece is not a line
  if (oldSuffix < starts.length) lines.pop();
  const lineStarts: number[] = new Array(lines.length);
  let at = from;
  for (let i = 0; i < lines.length; i++) {
    lineStarts[i] = at;
    at += lines[i].length;
    at += body.charCodeAt(at) === 13 && body.charCodeAt(at + 1) === 10 ? 2 : 1;
  }
  return { first, lines, starts: lineStarts, oldSuffix, shift: first + lines.length - oldSuffix, delta };
}

