// Hover and go to definition on a `$NAME` / `${NAME}`: the value keepalived puts there and where it is defined.
import type { Location, Position } from 'vscode-languageserver-types';
import type { KDefinition, KTree, KVarUse } from '../../parser/keepalived';
import { isHostBuiltin, valueAt } from '../../parser/keepalived/substitute';

/** The use under the position (uses are in file order, so a binary search finds the line). */
export function variableAt(tree: KTree, pos: Position): KVarUse | undefined {
  const uses = tree.variableUses;
  let lo = 0, hi = uses.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (uses[mid].line < pos.line) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < uses.length && uses[i].line === pos.line; i++) {
    if (pos.character >= uses[i].start && pos.character <= uses[i].end) return uses[i];
  }
  return undefined;
}

const HOST_VALUES: Readonly<Record<string, string>> = {
  _PWD: 'the directory of the configuration file being read',
  _INSTANCE: 'the instance name (the -i option, by default the host name)',
  _RANDOM: 'a random number (`${_RANDOM MIN MAX}`, by default 0 to 32767)',
};

function shown(value: string): string {
  return value.includes('\n') ? `\n\n\`\`\`keepalived\n${value}\n\`\`\`` : ` \`${value}\``;
}

function where(def: KDefinition): string {
  if (def.nameWord.line < 0) return 'built into keepalived';
  return `defined on line ${def.nameWord.line + 1}${def.cond ? ` (only where \`${def.cond}\` applies)` : ''}`;
}

/** Other definitions of the name in this file: keepalived uses the one read last before each use. */
function others(tree: KTree, name: string, except?: KDefinition): string {
  const lines = tree.definitions.filter((d) => d.name === name && d !== except).map((d) => `${d.nameWord.line + 1}${d.cond ? ` (${d.cond})` : ''}`);
  return lines.length ? `\n\nAlso defined on line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}.` : '';
}

export function variableHover(tree: KTree, u: KVarUse): string {
  const head = `**$${u.text}**`;
  if (u.inDefinition) {
    return `${head} is replaced where the definition holding it is used, with the value it has at that point.${others(tree, u.text)}`;
  }
  const def = u.def;
  if (def) {
    const multi = def.multiline ? '\n\nA multi-line value: its first line takes the place of the use, the others are read as the lines after it.' : '';
    const value = valueAt(tree.definitions, u);
    const expanded = value !== undefined && value !== def.value ? `\n\nAfter the definitions inside it are substituted:${shown(value)}` : '';
    return `${head} =${shown(def.value)} — ${where(def)}.${expanded}${multi}${others(tree, u.text, def)}`;
  }
  if (u.blocked === 'follow') {
    return `${head} is left as written here: keepalived replaces \`$NAME\` only before a blank, \`,\`, \`)\` or the end of the line. Write \`\${${u.text}}\`.${others(tree, u.text)}`;
  }
  if (u.blocked === 'multiline') {
    return `${head} is a multi-line definition, which keepalived only replaces where nothing follows the use on its line.${others(tree, u.text)}`;
  }
  if (isHostBuiltin(u.text)) return `${head} is built into keepalived: ${HOST_VALUES[u.text]}.`;
  return `${head} is not defined before this line in this file: keepalived leaves it as written unless a file included earlier (or the file including this one) defines it.${others(tree, u.text)}`;
}

/** Where the `$NAME` under the position is defined: the definition in effect there, else every one in the file. */
export function variableDefinition(tree: KTree, uri: string, pos: Position): Location[] | undefined {
  const u = variableAt(tree, pos);
  if (!u) return undefined;
  const defs = u.def ? [u.def] : tree.definitions.filter((d) => d.name === u.text);
  return defs.filter((d) => d.nameWord.line >= 0).map((d) => ({ uri, range: { start: { line: d.nameWord.line, character: d.nameWord.start }, end: { line: d.nameWord.line, character: d.nameWord.end } } }));
}
