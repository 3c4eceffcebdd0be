// Every keepalived sample that `keepalived -t -f` accepts (the corpus) gets zero error diagnostics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newService } from '../unit/helpers';

const DIR = '/tmp/haconf-corpus/valid/keepalived';

test('keepalived corpus: no error diagnostics on files keepalived -t accepts', () => {
  assert.ok(existsSync(DIR), `${DIR} is missing: build it with bash /work/shared/tools/corpus/corpus.sh`);
  const files = readdirSync(DIR).sort();
  assert.ok(files.length > 0, `${DIR} is empty`);
  const failures: string[] = [];
  for (const name of files) {
    const svc = newService(undefined, { keepalived: '2.2.7' });
    const text = readFileSync(join(DIR, name), 'utf8');
    const diags = svc.diagnostics({ uri: `file://${DIR}/${name}`, text, languageId: 'keepalived' });
    for (const d of diags) if (d.severity === 1) failures.push(`${name}:${d.range.start.line + 1} ${d.code} ${d.message}`);
  }
  assert.deepEqual(failures, [], `error diagnostics on valid files:\n${failures.join('\n')}`);
});

test('keepalived corpus: the newest-release setting accepts them too', () => {
  if (!existsSync(DIR)) return assert.fail(`${DIR} is missing`);
  for (const name of readdirSync(DIR)) {
    const svc = newService({ keepalived: { version: '2.4.3' } });
    const text = readFileSync(join(DIR, name), 'utf8');
    const errors = svc.diagnostics({ uri: `file://${DIR}/${name}`, text, languageId: 'keepalived' }).filter((d) => d.severity === 1);
    assert.equal(errors.length, 0, `${name}: ${errors.map((e) => e.message).join('; ')}`);
  }
});
