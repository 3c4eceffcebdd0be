// Helpers for the scaffold tests: a deterministic random source and a stack from raw answers.
import { checkAnswers, generateStack, ScaffoldAnswers, ScaffoldFile } from '../../../server/src/service/features/scaffold/index';

/** Returns 0, 1, 2, … (mod 256) across calls: the same bytes every run. */
export function counterRandom(start = 0): (n: number) => Uint8Array {
  let next = start;
  return (n) => Uint8Array.from({ length: n }, () => next++ % 256);
}

export function answers(raw: Record<string, unknown> = {}): ScaffoldAnswers {
  const c = checkAnswers(raw);
  if (!c.answers) throw new Error(`invalid test answers: ${c.errors.join('; ')}`);
  return c.answers;
}

export function stack(raw: Record<string, unknown> = {}): Map<string, ScaffoldFile> {
  return new Map(generateStack(answers(raw), counterRandom()).map((f) => [f.path, f]));
}

export function content(files: Map<string, ScaffoldFile>, path: string): string {
  const f = files.get(path);
  if (!f) throw new Error(`no generated file ${path}; have ${[...files.keys()].join(', ')}`);
  return f.content;
}

/** The variations the suite checks everywhere: defaults, postgresql with four web nodes, mysql + pacemaker. */
export const VARIATIONS: Array<{ name: string; raw: Record<string, unknown> }> = [
  { name: 'defaults', raw: {} },
  { name: 'postgresql, four web nodes', raw: { db: 'postgresql', webNodes: 'web1=192.168.1.21,web2=192.168.1.22,web3=192.168.1.23,web4=192.168.1.24' } },
  { name: 'mysql, pacemaker, webhook', raw: { db: 'mysql', dbNodes: 'db1=192.168.1.31,db2=192.168.1.32,db3=192.168.1.33', pacemaker: 'yes', webhook: 'https://hooks.example.com/ha?team=ops&x=%20' } },
];
