import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { SYSTEMD_RULES } from '../../../server/src/service/validation/systemd/rules';

for (const r of SYSTEMD_RULES) {
  test(`rule ${r.code} has a docs page that says whether systemd reports it`, () => {
    const p = `docs/rules/${r.code}.md`;
    assert.ok(existsSync(p), p);
    const text = readFileSync(p, 'utf8');
    assert.match(text, /## Does systemd report it\?\n(Yes|No)/);
    if (r.bestPractice) assert.match(text, /## Does systemd report it\?\nNo/);
    assert.match(text, /freedesktop\.org\/software\/systemd\/man/);
    assert.ok(r.code.startsWith('systemd-'));
  });
}
