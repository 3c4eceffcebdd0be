// Insights that sit on top of the dialects' own features: the security exposure of service units (code lens,
// hover on [Service], the "Harden" action) and failover timing (hovers on VRRP instances, VIPs, HAProxy servers
// and a unit's restart settings). The facade merges them with what the dialect answers.
import type { CodeAction, CodeLens, Hover, MarkupContent, Position, Range } from 'vscode-languageserver-types';
import type { HaproxyTree } from '../parser/haproxy/types';
import type { KTree } from '../parser/keepalived/types';
import type { SdTree } from '../parser/systemd/tree';
import type { ParsedDocument, ServiceContext } from '../types';
import { hardenCodeAction, securityCodeLenses, securityHover } from './security/index';
import { haproxyTimingHover, keepalivedTimingHover, unitTimingHover } from './timing/index';

export function insightHover(doc: ParsedDocument, pos: Position, ctx: ServiceContext): Hover | null {
  switch (doc.language) {
    case 'systemd-unit-file': {
      const unit = doc as ParsedDocument<SdTree>;
      return securityHover(unit, pos, ctx) ?? unitTimingHover(unit, pos, ctx);
    }
    case 'keepalived':
      return keepalivedTimingHover(doc as ParsedDocument<KTree>, pos, ctx);
    case 'haproxy':
      return haproxyTimingHover(doc as ParsedDocument<HaproxyTree>, pos);
  }
}

/** The dialect's hover and the insight hover as one: both markdown sections, separated by a rule. */
export function mergeHovers(a: Hover | null, b: Hover | null): Hover | null {
  if (!a || !b) return a ?? b;
  return { contents: { kind: 'markdown', value: `${markdownOf(a)}\n\n---\n\n${markdownOf(b)}` }, range: a.range ?? b.range };
}

function markdownOf(h: Hover): string {
  const c = h.contents;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : '```' + x.language + '\n' + x.value + '\n```')).join('\n\n');
  if ('kind' in c) return (c as MarkupContent).value;
  return '```' + c.language + '\n' + c.value + '\n```';
}

export function insightCodeLenses(doc: ParsedDocument, ctx: ServiceContext): CodeLens[] {
  return doc.language === 'systemd-unit-file' ? securityCodeLenses(doc as ParsedDocument<SdTree>, ctx) : [];
}

/** "Harden" is offered anywhere in a service unit (or its drop-in) that has something left to add. */
export function insightCodeActions(doc: ParsedDocument, _range: Range, ctx: ServiceContext): CodeAction[] {
  if (doc.language !== 'systemd-unit-file') return [];
  const harden = hardenCodeAction(doc as ParsedDocument<SdTree>, ctx);
  return harden ? [harden] : [];
}
