// The systemd unit-file parser: reads text the way systemd's config parser does and never throws.
// Comments start with `#` or `;` (after leading blanks); a line ending in an unescaped backslash continues on the
// next line (the backslash becomes a space) and comment lines inside a continuation are skipped.
import type { Position, Range } from 'vscode-languageserver-types';
import { isDropIn, unitTypeOf } from '../../detect';
import type { SdComment, SdEntry, SdParseError, SdSection, SdTree, ValuePiece } from './tree';

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
}

function firstNonBlank(s: string, from = 0): number {
  let i = from;
  while (i < s.length && isBlank(s[i])) i++;
  return i;
}

function lastNonBlank(s: string): number {
  let i = s.length;
  while (i > 0 && isBlank(s[i - 1])) i--;
  return i;
}

/** True when `s` ends in a backslash that is not itself escaped. */
function endsInContinuation(s: string): boolean {
  let n = 0;
  for (let i = s.length - 1; i >= 0 && s[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

function rng(l1: number, c1: number, l2: number, c2: number): Range {
  return { start: { line: l1, character: c1 }, end: { line: l2, character: c2 } };
}

/** A logical line: physical lines joined by continuations, with a map back to positions. */
/** A piece while the line is assembled; its offset is shifted to the value once the value start is known. */
type MutablePiece = { -readonly [K in keyof ValuePiece]: ValuePiece[K] };

interface Logical {
  text: string;
  /** Pieces with `valueOffset` relative to `text`. */
  pieces: MutablePiece[];
  firstLine: number;
  lastLine: number;
  lastLineEnd: number;
}

function positionIn(pieces: readonly ValuePiece[], offset: number, atEnd: boolean): Position {
  if (pieces.length === 1) {
    const p = pieces[0];
    return { line: p.line, character: p.character + Math.max(0, Math.min(offset - p.valueOffset, p.length)) };
  }
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    const end = p.valueOffset + p.length;
    if (offset < end || (atEnd && offset === end) || k === pieces.length - 1) {
      return { line: p.line, character: p.character + Math.max(0, Math.min(offset - p.valueOffset, p.length)) };
    }
  }
  return { line: 0, character: 0 };
}

export function parseSystemd(text: string, uri: string): SdTree {
  const lines = text.split(/\r\n|\r|\n/);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const sections: SdSection[] = [];
  const entries: SdEntry[] = [];
  const comments: SdComment[] = [];
  const errors: SdParseError[] = [];
  let current: SdSection | null = null;
  const err = (kind: SdParseError['kind'], message: string, range: Range) => errors.push({ kind, message, range });
  const lineStart = (i: number) => (i === 0 ? bom : 0);
  let lastContent = -1;
  const close = () => {
    if (current && lastContent >= current.headerRange.start.line) {
      current.range = rng(current.headerRange.start.line, 0, lastContent, lines[lastContent].length);
    }
  };

  let i = 0;
  while (i < lines.length) {
    const raw = lines[i];
    const s0 = firstNonBlank(raw, lineStart(i));
    if (s0 >= raw.length) {
      i++;
      continue;
    }
    const c = raw[s0];
    if (c === '#' || c === ';') {
      comments.push({ line: i, range: rng(i, s0, i, raw.length), inContinuation: false });
      i++;
      continue;
    }
    if (c === '[') {
      close();
      const e = lastNonBlank(raw);
      const header = rng(i, s0, i, e);
      if (raw[e - 1] !== ']' || e - s0 < 3) {
        err('bad-section-header', `Invalid section header '${raw.slice(s0, e)}'.`, header);
        current = null;
      } else {
        const name = raw.slice(s0 + 1, e - 1);
        current = { name, nameRange: rng(i, s0 + 1, i, e - 1), headerRange: header, range: header, entries: [] };
        sections.push(current);
      }
      lastContent = i;
      i++;
      continue;
    }
    const logical = readLogical(lines, i, s0, comments);
    i = logical.lastLine + 1;
    lastContent = logical.lastLine;
    handleAssignment(logical, current, entries, err);
  }
  close();
  return {
    sections,
    entries,
    comments,
    errors,
    unitType: unitTypeOf(uri),
    dropIn: isDropIn(uri),
    uri,
    lineCount: lines.length,
  };
}

function readLogical(lines: string[], first: number, startCol: number, comments: SdComment[]): Logical {
  const pieces: MutablePiece[] = [];
  let text = '';
  let line = first;
  let col = startCol;
  for (;;) {
    const raw = lines[line];
    const body = raw.slice(col);
    if (endsInContinuation(body) && line + 1 < lines.length) {
      pieces.push({ valueOffset: text.length, line, character: col, length: body.length - 1 });
      text += body.slice(0, -1) + ' ';
      let next = line + 1;
      // Comment lines inside a continuation are skipped, as systemd does.
      while (next < lines.length) {
        const t = firstNonBlank(lines[next]);
        if (t < lines[next].length && (lines[next][t] === '#' || lines[next][t] === ';')) {
          comments.push({ line: next, range: rng(next, t, next, lines[next].length), inContinuation: true });
          next++;
        } else break;
      }
      if (next >= lines.length) {
        return { text, pieces, firstLine: first, lastLine: next - 1, lastLineEnd: lines[next - 1].length };
      }
      line = next;
      col = 0;
      continue;
    }
    const len = endsInContinuation(body) ? body.length - 1 : body.length;
    pieces.push({ valueOffset: text.length, line, character: col, length: len });
    text += body.slice(0, len);
    return { text, pieces, firstLine: first, lastLine: line, lastLineEnd: raw.length };
  }
}

function handleAssignment(
  logical: Logical,
  section: SdSection | null,
  entries: SdEntry[],
  err: (kind: SdParseError['kind'], message: string, range: Range) => void,
): void {
  const { text, pieces } = logical;
  const whole: Range = { start: positionIn(pieces, 0, false), end: { line: logical.lastLine, character: logical.lastLineEnd } };
  const trimmedEnd = lastNonBlank(text);
  if (text.startsWith('.include') && /^\.include[ \t]/.test(text)) {
    err('include', '.include directives are not supported by systemd anymore; use drop-ins.', whole);
    return;
  }
  const eq = text.indexOf('=');
  if (eq < 0) {
    err('missing-equals', "Missing '=', the line is ignored.", { start: whole.start, end: positionIn(pieces, trimmedEnd, true) });
    return;
  }
  let keyEnd = eq;
  while (keyEnd > 0 && isBlank(text[keyEnd - 1])) keyEnd--;
  if (keyEnd === 0) {
    err('empty-key', "Missing key name before '=', the line is ignored.", { start: whole.start, end: positionIn(pieces, eq + 1, true) });
    return;
  }
  const vs = firstNonBlank(text, eq + 1);
  const ve = Math.max(vs, trimmedEnd);
  const keyRange = { start: whole.start, end: positionIn(pieces, keyEnd, true) };
  let valueRange: Range;
  if (vs >= ve) {
    const p = positionIn(pieces, eq + 1, true);
    valueRange = { start: p, end: p };
  } else valueRange = { start: positionIn(pieces, vs, false), end: positionIn(pieces, ve, true) };
  for (const p of pieces) p.valueOffset -= vs;
  const entry: SdEntry = { key: text.slice(0, keyEnd), keyRange, value: text.slice(vs, ve), valueRange, range: whole, pieces, section };
  if (!section) err('outside-section', 'Assignment outside of any section; systemd ignores it.', keyRange);
  else section.entries.push(entry);
  entries.push(entry);
}

/** The document position of character `i` of an entry's value (`end` picks the end of a piece at a boundary). */
export function valuePosition(entry: SdEntry, i: number, end = false): Position {
  return positionIn(entry.pieces, i, end);
}

/** The range of value characters [from, to). */
export function valueSubRange(entry: SdEntry, from: number, to: number): Range {
  return { start: valuePosition(entry, from), end: valuePosition(entry, to, true) };
}
