import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEEPALIVED_RULES } from '../../../server/src/service/validation/keepalived/rules';

for (const r of KEEPALIVED_RULES) {
  test(`${r.code}: docs page with the required parts`, () => {
    const p = join(__dirname, '..', '..', '..', 'docs', 'rules', `${r.code}.md`);
    assert.ok(existsSync(p), p);
    const t = readFileSync(p, 'utf8');
    for (const part of ['## Example', '## How to fix', '## Does `keepalived -t` report it?', 'keepalived.org/manpage.html']) assert.ok(t.includes(part), `${p}: ${part}`);
  });
  test(`${r.code}: best-practice rules are warnings at most`, () => {
    assert.ok(r.code.startsWith('keepalived-'));
    if (r.bestPractice) assert.notEqual(r.severity, 'error');
    assert.equal(r.code.includes('-ha-'), !!r.bestPractice);
  });
}
