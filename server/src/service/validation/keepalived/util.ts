// Small helpers shared by the keepalived checks.
import type { Range } from 'vscode-languageserver-types';
import type { KStatement, KWord } from '../../parser/keepalived';
import { useAt } from '../../parser/keepalived/substitute';

export function wordRange(w: KWord): Range {
  return { start: { line: w.line, character: w.start }, end: { line: w.line, character: w.end } };
}

/** From the first to the last word of a statement. */
export function stmtRange(s: KStatement): Range {
  const a = s.words[0];
  const b = s.words[s.words.length - 1];
  if (!a || !b) return { start: { line: s.line, character: 0 }, end: { line: s.line, character: 0 } };
  return { start: { line: a.line, character: a.start }, end: { line: b.line, character: b.end } };
}

/** The keyword of a statement. */
export function kw(s: KStatement): string {
  return s.words[0]?.text ?? '';
}

/** First child statement with this keyword in a block statement. */
export function child(s: KStatement, name: string): KStatement | undefined {
  return s.block?.children.find((c) => kw(c) === name);
}

export function children(s: KStatement, name: string): KStatement[] {
  return s.block?.children.filter((c) => kw(c) === name) ?? [];
}

/**
 * A word that still holds a `$NAME` keepalived may replace (one this file does not define: an included
 * file, or the including one, may) cannot be checked. A `$NAME` followed by a character that stops
 * keepalived from replacing it (`$V/24`) stays as written, so such a word is checked as it is.
 */
export function isDynamic(w: KWord | undefined): boolean {
  if (!w || w.quoted || w.literal) return false;
  for (let at = w.text.indexOf('$'); at >= 0; at = w.text.indexOf('$', at + 1)) if (useAt(w.text, at)?.ok) return true;
  return false;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIPv4(s: string): boolean {
  return IPV4.test(s);
}

/** Lenient IPv6 check in the spirit of inet_pton (hex groups, one `::`, optional trailing IPv4). */
export function isIPv6(s: string): boolean {
  if (!s.includes(':') || /[^0-9a-fA-F:.%]/.test(s.replace(/%.*$/, ''))) return false;
  const body = s.replace(/%.*$/, '');
  if ((body.match(/::/g) ?? []).length > 1) return false;
  let groups = body.split(':');
  const last = groups[groups.length - 1];
  let extra = 0;
  if (last.includes('.')) {
    if (!isIPv4(last)) return false;
    groups = groups.slice(0, -1);
    extra = 2;
  }
  const hasGap = body.includes('::');
  const filled = groups.filter((g) => g !== '');
  if (filled.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const n = filled.length + extra;
  return hasGap ? n <= 7 : n === 8;
}

export function isIP(s: string): boolean {
  return isIPv4(s) || isIPv6(s);
}
