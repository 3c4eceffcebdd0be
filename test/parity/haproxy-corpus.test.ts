// Every haproxy config of the real-file corpus (files `haproxy -c` accepts) must get zero error diagnostics.
// Build the corpus with: bash /work/shared/tools/corpus/corpus.sh
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createLanguageService } from '../../server/src/service/languageService';

const DIR = '/tmp/haconf-corpus/valid/haproxy';

function hostHaproxy(): string | undefined {
  try {
    return /version (\d+\.\d+\.\d+)/.exec(execFileSync('haproxy', ['-v']).toString())?.[1];
  } catch {
    return undefined;
  }
}

test('haproxy corpus exists', () => {
  assert.ok(existsSync(DIR), `${DIR} is missing: run bash /work/shared/tools/corpus/corpus.sh first`);
  assert.ok(readdirSync(DIR).length > 0, `${DIR} is empty`);
});

const files = existsSync(DIR) ? readdirSync(DIR).sort() : [];
const hostVersions = { haproxy: hostHaproxy() };
for (const version of ['auto', '2.6', '3.4']) {
  const svc = createLanguageService({ settings: { haproxy: { version } }, hostVersions, docsBase: 'file:///docs/rules/' });
  for (const f of files) {
    test(`no errors on corpus file ${f} (version ${version})`, () => {
      const text = readFileSync(join(DIR, f), 'utf8');
      const errors = svc.diagnostics({ uri: `file://${join(DIR, f)}`, text, languageId: 'haproxy' }).filter((d) => d.severity === 1);
      assert.deepEqual(errors.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`), []);
    });
  }
}
