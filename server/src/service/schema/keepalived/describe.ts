// Description of a keyword node: our own words when written, else a generated line that says where it lives.
import { DESCRIPTIONS } from './descriptions';
import type { KeywordNode } from './tree';

export const MANPAGE_URL = 'https://www.keepalived.org/manpage.html';

/** True when the description is hand-written (not generated). */
export function hasOwnDescription(n: KeywordNode): boolean {
  return lookup(n) !== undefined;
}

function lookup(n: KeywordNode): string | undefined {
  const parent = n.parent?.name ?? '';
  return DESCRIPTIONS[`${parent}/${n.name}`] ?? DESCRIPTIONS[`*/${n.name}`];
}

export function describe(n: KeywordNode): string {
  const own = lookup(n);
  if (own) return own;
  const where = n.parent?.path ? `\`${n.parent.name}\`` : 'the top level of the file';
  const what = n.kind === 'block' ? 'Block' : n.kind === 'list' ? 'List block' : 'Keyword';
  return `${what} \`${n.name}\` of ${where}. (Generated summary: see the keepalived.conf manual for its arguments.)`;
}
