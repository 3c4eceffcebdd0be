// Long fuzzing run: `npm run fuzz -- --runs 100000 [--seed N] [--slow-ms 1000] [--language haproxy]`.
// Unlike the CI test it keeps going after a problem and reports every distinct one at the end: exceptions,
// calls slower than --slow-ms (default 1000), invalid formatting edits, formatting that changes the parse.
// Failing inputs are written to /tmp/haconf-fuzz/ for replay. Exit status 1 when anything was found.
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { LANGUAGE_IDS, LanguageId } from '../../server/src/service/types';
import { documentArb, FuzzDoc, FuzzPosition, positionArb } from './arbitraries';
import { exercise, Problem } from './exercise';
import { loadSeeds } from './seeds';

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const runs = Number(flag('runs', '100000'));
const seed = Number(flag('seed', String(Date.now() % 2 ** 31)));
const slowMs = Number(flag('slow-ms', '1000'));
const only = flag('language', '');
const outDir = '/tmp/haconf-fuzz';
const languages = LANGUAGE_IDS.filter((l) => !only || l === only);
const seeds = loadSeeds(1000);
const found = new Map<string, { problem: Problem; count: number; file: string }>();

function record(problem: Problem, doc: FuzzDoc, where: FuzzPosition): void {
  const firstLine = problem.message.split('\n').slice(0, 2).join(' ');
  const key = `${doc.language} ${problem.kind} ${problem.feature} ${problem.kind === 'slow' ? '' : firstLine}`;
  const seen = found.get(key);
  if (seen) {
    seen.count++;
    return;
  }
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${found.size + 1}-${doc.language}-${problem.feature.replace(/\W+/g, '_')}.txt`);
  fs.writeFileSync(file, `${JSON.stringify({ name: doc.name, where, problem })}\n${doc.text}`);
  found.set(key, { problem, count: 1, file });
}

const started = Date.now();
const batch = 500;
let done = 0;
console.log(`haconf fuzz: ${runs} runs over ${languages.join(', ')} (seed ${seed}, slow > ${slowMs} ms)`);
for (let b = 0; done < runs; b++) {
  for (const language of languages as LanguageId[]) {
    if (!seeds[language].length) continue;
    const n = Math.min(batch, runs - done);
    if (n <= 0) break;
    const cases = fc.sample(fc.tuple(documentArb(seeds[language]), positionArb), { numRuns: n, seed: seed + b * 7919 + language.length });
    for (const [doc, where] of cases) for (const p of exercise(doc, where, { slowMs })) record(p, doc, where);
    done += n;
  }
  process.stdout.write(`\r  ${done}/${runs} runs, ${found.size} distinct problem(s), ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
process.stdout.write('\n');
for (const { problem, count, file } of found.values()) {
  console.log(`\n[${problem.kind}] ${problem.feature} (${count}x) — input: ${file}\n  ${problem.message.split('\n').slice(0, 6).join('\n  ')}`);
}
console.log(found.size ? `\n${found.size} distinct problem(s) found` : '\nno problems found');
process.exitCode = found.size ? 1 : 0;
