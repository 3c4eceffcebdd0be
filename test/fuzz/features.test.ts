// Bounded property-based fuzzing (fast-check) for CI: every facade feature, on mutated real documents and
// random line soup of each dialect, must not throw, must return valid edits, and formatting must not change
// the parse (same outline, no new errors, same words in the parse tree). HACONF_FUZZ_RUNS sets the runs per
// language (default 200); `npm run fuzz` runs long and `test/fuzz/replay.ts` replays what it saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { LanguageService } from '../../server/src/service/languageService';
import { LANGUAGE_IDS } from '../../server/src/service/types';
import { documentArb, positionArb } from './arbitraries';
import { exercise } from './exercise';
import { loadSeeds } from './seeds';

const RUNS = Number(process.env.HACONF_FUZZ_RUNS ?? 200);
/** A fixed seed keeps CI reproducible; set HACONF_FUZZ_SEED (or run `npm run fuzz`) to explore further. */
const SEED = Number(process.env.HACONF_FUZZ_SEED ?? 20261125);
const seeds = loadSeeds(40);

for (const language of LANGUAGE_IDS) {
  test(`fuzz ${language}: ${RUNS} mutated documents through every feature`, () => {
    assert.ok(seeds[language].length > 0, `seeds for ${language}`);
    fc.assert(
      fc.property(documentArb(seeds[language]), positionArb, (doc, where) => {
        const problems = exercise(doc, where);
        assert.deepEqual(problems, [], `problems on ${doc.name}:\n${JSON.stringify(doc.text.slice(0, 2000))}`);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
}

test('fuzz: the exercise itself reports a throwing feature and bad formatting edits', () => {
  // A service whose features misbehave must be caught, or the fuzz tests above could pass vacuously.
  const broken = {
    diagnostics: () => { throw new Error('boom'); },
    completion: () => [],
    resolveCompletion: (i: unknown) => i,
    hover: () => null,
    symbols: () => [],
    folding: () => [],
    codeActions: () => [],
    definition: () => [],
    references: () => [],
    prepareRename: () => null,
    format: () => [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, newText: 'a' },
      { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 6 } }, newText: 'b' },
    ],
  } as unknown as LanguageService;
  const problems = exercise({ language: 'haproxy', name: 'haproxy.cfg', text: 'global\n  daemon\n' }, { lineFraction: 0.5, character: 2 }, { service: broken });
  assert.deepEqual(problems.map((p) => `${p.kind} ${p.feature}`), ['exception diagnostics', 'bad-edits format']);
});
