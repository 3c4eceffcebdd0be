// Long fuzzing run: `npm run fuzz -- --runs 100000 [--seed N] [--slow-ms 1000] [--hang-ms 30000] [--language haproxy]`.
// Unlike the CI test it keeps going after a problem and reports every distinct one at the end: exceptions,
// calls slower than --slow-ms (default 1000), invalid formatting edits, formatting that changes the parse.
// Cases run in a worker thread, so a case that never returns is caught (after --hang-ms), reported as a
// hang and the worker replaced. Failing inputs are written to /tmp/haconf-fuzz/ for replay.
// Exit status 1 when anything was found.
import * as fs from 'fs';
import * as path from 'path';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import fc from 'fast-check';
import { LANGUAGE_IDS, LanguageId } from '../../server/src/service/types';
import { documentArb, FuzzDoc, FuzzPosition, positionArb } from './arbitraries';
import { exercise, Problem } from './exercise';
import { loadSeeds } from './seeds';

interface Case {
  doc: FuzzDoc;
  where: FuzzPosition;
}

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** Runs cases one at a time in a worker; a case that does not answer within `hangMs` kills the worker. */
class Runner {
  private worker: Worker | undefined;
  constructor(private readonly slowMs: number, private readonly hangMs: number) {}

  run(c: Case): Promise<Problem[]> {
    // Workers do not inherit the tsx loader: register it before loading this file in the worker.
    const boot = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(__filename)});`;
    const worker = (this.worker ??= new Worker(boot, { eval: true, workerData: { slowMs: this.slowMs } }));
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners('message');
        void worker.terminate();
        this.worker = undefined;
        resolve([{ kind: 'hang', feature: 'any', message: `no answer within ${this.hangMs} ms` }]);
      }, this.hangMs);
      worker.once('message', (problems: Problem[]) => {
        clearTimeout(timer);
        resolve(problems);
      });
      worker.postMessage(c);
    });
  }

  stop(): void {
    void this.worker?.terminate();
  }
}

async function main(): Promise<void> {
  const runs = Number(flag('runs', '100000'));
  const seed = Number(flag('seed', String(Date.now() % 2 ** 31)));
  const slowMs = Number(flag('slow-ms', '1000'));
  const hangMs = Number(flag('hang-ms', '30000'));
  const only = flag('language', '');
  const outDir = '/tmp/haconf-fuzz';
  const languages = LANGUAGE_IDS.filter((l) => !only || l === only) as LanguageId[];
  const seeds = loadSeeds(1000);
  /** Groups occurrences of one bug: the error's first lines, or for formatting the kind of change. */
  const signature = (p: Problem): string =>
    p.kind === 'slow' || p.kind === 'hang'
      ? ''
      : p.kind === 'format-changes-parse'
        ? p.message.replace(/[:\d].*$/s, '')
        : p.message.split('\n').slice(0, 2).join(' ');

  const found = new Map<string, { problem: Problem; count: number; file: string; size: number }>();
  const record = (problem: Problem, { doc, where }: Case): void => {
    const key = `${doc.language} ${problem.kind} ${problem.feature} ${signature(problem)}`;
    const seen = found.get(key);
    if (seen) seen.count++;
    // Keep the shortest input of each group: the easiest one to debug.
    if (seen && seen.size <= doc.text.length) return;
    fs.mkdirSync(outDir, { recursive: true });
    const file = seen?.file ?? path.join(outDir, `${found.size + 1}-${doc.language}-${problem.feature.replace(/\W+/g, '_')}.txt`);
    fs.writeFileSync(file, `${JSON.stringify({ name: doc.name, where, problem })}\n${doc.text}`);
    found.set(key, { problem, count: seen?.count ?? 1, file, size: doc.text.length });
  };

  fs.rmSync(outDir, { recursive: true, force: true }); // inputs of an earlier run would be mistaken for this one's
  const runner = new Runner(slowMs, hangMs);
  const started = Date.now();
  const batch = 500;
  let done = 0;
  console.log(`haconf fuzz: ${runs} runs over ${languages.join(', ')} (seed ${seed}, slow > ${slowMs} ms, hang > ${hangMs} ms)`);
  for (let b = 0; done < runs; b++) {
    for (const language of languages) {
      const n = Math.min(batch, runs - done);
      if (n <= 0 || !seeds[language].length) continue;
      const arb = fc.tuple(documentArb(seeds[language]), positionArb);
      for (const [doc, where] of fc.sample(arb, { numRuns: n, seed: seed + b * 7919 + language.length })) {
        const c = { doc, where };
        for (const p of await runner.run(c)) record(p, c);
      }
      done += n;
    }
    process.stdout.write(`\r  ${done}/${runs} runs, ${found.size} distinct problem(s), ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  runner.stop();
  process.stdout.write('\n');
  for (const { problem, count, file } of found.values()) {
    console.log(`\n[${problem.kind}] ${problem.feature} (${count}x) — input: ${file}\n  ${problem.message.split('\n').slice(0, 6).join('\n  ')}`);
  }
  console.log(found.size ? `\n${found.size} distinct problem(s) found` : '\nno problems found');
  process.exitCode = found.size ? 1 : 0;
}

if (!isMainThread) {
  const slowMs = (workerData as { slowMs: number }).slowMs;
  parentPort?.on('message', (c: Case) => parentPort?.postMessage(exercise(c.doc, c.where, { slowMs })));
} else {
  void main();
}
