// Scripts the stack's files run (keepalived notify*/script lines, systemd Exec*= programs) that the workspace
// holds in the same stack folder under the same name, but without the executable bit: copied as they are,
// keepalived and systemd cannot run them.
import type { Range } from 'vscode-languageserver-types';
import type { KeepalivedFacts } from '../../workspace/facts/keepalived';
import type { SystemdFacts } from '../../workspace/facts/systemd';
import { baseName, stackRoot } from '../../workspace/paths';
import { fileName, Finding, lineRange } from './finding';

interface Ref {
  readonly program: string;
  readonly range: Range;
}

/** `${stack root}\n${base name}` → scripts of the workspace with that name in that stack folder. */
export type ScriptIndex = Map<string, Array<[string, boolean]>>;

const key = (root: string, base: string) => `${root}\n${base}`;

export function scriptIndex(others: ReadonlyMap<string, boolean>): ScriptIndex {
  const m: ScriptIndex = new Map();
  for (const [uri, executable] of others) {
    const k = key(stackRoot(uri), baseName(uri));
    m.set(k, [...(m.get(k) ?? []), [uri, executable]]);
  }
  return m;
}

function keepalivedRefs(f: KeepalivedFacts): Ref[] {
  return f.commands.flatMap((w) => {
    const m = /^\s*(\/\S+)/.exec(w.text);
    if (!m) return [];
    const start = w.start + (w.quoted ? 1 : 0) + w.text.indexOf(m[1]);
    return [{ program: m[1], range: lineRange(w.line, start, start + m[1].length) }];
  });
}

export function checkScripts(uri: string, facts: KeepalivedFacts | SystemdFacts, index: ScriptIndex): Finding[] {
  if (!index.size) return [];
  const refs: Ref[] = 'commands' in facts ? keepalivedRefs(facts) : facts.execs;
  const root = stackRoot(uri);
  const out: Finding[] = [];
  for (const r of refs) {
    const files = index.get(key(root, r.program.slice(r.program.lastIndexOf('/') + 1))) ?? [];
    const bad = files.filter(([, x]) => !x);
    if (!bad.length || files.some(([, x]) => x)) continue;
    out.push({
      uri,
      range: r.range,
      code: 'ha-script-not-executable',
      message: `${r.program} is ${bad.map(([u]) => fileName(u)).join(', ')} in this workspace, which is not executable: installed with that mode, it cannot be run. Run chmod +x on it (and keep the mode when installing).`,
      related: bad.map(([u]) => ({ uri: u, range: lineRange(0, 0, 0), message: 'the script' })),
    });
  }
  return out;
}
