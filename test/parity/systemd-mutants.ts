// Single-fault mutants of real unit files, for the parity test against `systemd-analyze verify`.
import { parseSystemd } from '../../server/src/service/parser/systemd/parser';
import type { SdEntry, SdTree } from '../../server/src/service/parser/systemd/tree';
import { directive, sectionsFor } from '../../server/src/service/schema/systemd/index';

export interface Mutant {
  readonly fault: string;
  readonly text: string;
}

const lineOf = (text: string, n: number) => text.split('\n')[n];

function replaceLine(text: string, n: number, line: string): string {
  const lines = text.split('\n');
  lines[n] = line;
  return lines.join('\n');
}

function insertAfter(text: string, n: number, line: string): string {
  const lines = text.split('\n');
  lines.splice(n + 1, 0, line);
  return lines.join('\n');
}

/** A single-line entry of a known directive of the given kind in a section the unit type reads. */
function findEntry(tree: SdTree, pred: (e: SdEntry) => boolean): SdEntry | undefined {
  const allowed = sectionsFor(tree.unitType);
  return tree.entries.find((e) => e.section && allowed.includes(e.section.name) && e.range.start.line === e.range.end.line && pred(e));
}

function kindIs(kind: string) {
  return (e: SdEntry) => {
    const d = e.section && directive(e.section.name, e.key);
    return !!d && d.kind === kind && d.since === 0 && e.value !== '';
  };
}

function swapLetters(key: string): string {
  const i = Math.max(1, Math.floor(key.length / 2));
  return key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
}

export function mutants(text: string, name: string): Mutant[] {
  const tree = parseSystemd(text, `file:///x/${name}`);
  const out: Mutant[] = [];
  const own = sectionsFor(tree.unitType)[1];
  const ownHeader = tree.sections.find((s) => s.name === own && own !== 'Install');
  const unitHeader = tree.sections.find((s) => s.name === 'Unit');
  const anyKey = findEntry(tree, (e) => !e.key.startsWith('X-') && e.key.length > 4);
  if (anyKey) {
    const l = anyKey.keyRange.start.line;
    const line = lineOf(text, l);
    const c = anyKey.keyRange.start.character;
    const bad = swapLetters(anyKey.key);
    if (bad !== anyKey.key) out.push({ fault: 'misspelled key', text: replaceLine(text, l, line.slice(0, c) + bad + line.slice(c + anyKey.key.length)) });
  }
  if (ownHeader) out.push({ fault: 'key in wrong section', text: insertAfter(text, ownHeader.headerRange.start.line, 'Description=misplaced') });
  if (unitHeader && ownHeader) out.push({ fault: 'key in wrong section (Unit)', text: insertAfter(text, unitHeader.headerRange.start.line, 'RemainAfterExit=yes') });
  const valueMutation = (fault: string, kind: string, bad: string, fallback?: string) => {
    const e = findEntry(tree, kindIs(kind));
    if (e) {
      const l = e.valueRange.start.line;
      const line = lineOf(text, l);
      out.push({ fault, text: replaceLine(text, l, line.slice(0, e.valueRange.start.character) + bad + line.slice(e.valueRange.end.character)) });
    } else if (fallback && unitHeader) out.push({ fault: `${fault} (inserted)`, text: insertAfter(text, unitHeader.headerRange.start.line, fallback) });
  };
  valueMutation('bad boolean', 'bool', 'maybe', 'StopWhenUnneeded=maybe');
  valueMutation('bad time span', 'timespan', '5x', 'JobRunningTimeoutSec=10 parsecs');
  valueMutation('bad enum', 'enum', 'bogus', 'CollectMode=bogus');
  if (tree.unitType === 'timer' && ownHeader) out.push({ fault: 'bad calendar', text: insertAfter(text, ownHeader.headerRange.start.line, 'OnCalendar=Mon..Fri 25:00') });
  const desc = findEntry(tree, (e) => e.key === 'Description' && e.value !== '');
  if (desc) out.push({ fault: 'unknown specifier', text: replaceLine(text, desc.range.start.line, `${lineOf(text, desc.range.start.line)} %z`) });
  if (unitHeader) out.push({ fault: 'unit name without suffix', text: insertAfter(text, unitHeader.headerRange.start.line, 'After=network') });
  if (ownHeader && tree.unitType === 'service') {
    const at = ownHeader.headerRange.start.line;
    out.push({ fault: 'bad environment assignment', text: insertAfter(text, at, 'Environment=a-b=1') });
    out.push({ fault: 'relative path', text: insertAfter(text, at, 'ReadWritePaths=-relative/dir') });
    out.push({ fault: 'bad mode', text: insertAfter(text, at, 'UMask=0o22') });
    out.push({ fault: 'out of range', text: insertAfter(text, at, 'Nice=20') });
    out.push({ fault: 'relative command', text: insertAfter(text, at, 'ExecStartPre=-./prepare --now') });
    out.push({ fault: 'unbalanced quotes', text: insertAfter(text, at, 'ExecStopPost=-/bin/echo "done') });
  }
  out.push({ fault: 'unknown section', text: `${text.replace(/\n*$/, '\n')}[Bogus]\nFoo=1\n` });
  return out;
}
