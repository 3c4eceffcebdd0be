// Every feature at every position of the fixtures (and of mangled copies) answers without throwing, and
// formatting is idempotent and keeps what systemd reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { doc, newService } from '../helpers';
import { applyEdits } from './edits';
import { parseSystemd } from '../../../server/src/service/parser/systemd/parser';

const DIR = 'test/fixtures/systemd';
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

function mangle(text: string, seed: number): string {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const chars = ['=', '[', ']', '\\', '#', ';', '\n', ' ', '%', '"'];
  let out = text;
  for (let k = 0; k < 5; k++) {
    const at = Math.floor(rnd() * out.length);
    out = out.slice(0, at) + chars[Math.floor(rnd() * chars.length)] + out.slice(at + (rnd() < 0.5 ? 1 : 0));
  }
  return out;
}

for (const f of files(DIR)) {
  test(`every feature at every position: ${f}`, () => {
    const original = readFileSync(f, 'utf8');
    for (const [i, text] of [original, mangle(original, 1), mangle(original, 2), mangle(original, 3)].entries()) {
      const s = newService(undefined, { systemd: '252' });
      const uri = `file:///etc/systemd/system/${f.slice(DIR.length + 1)}`;
      const d = doc(uri, text);
      const diags = s.diagnostics(d);
      const lines = text.split(/\r?\n/);
      lines.forEach((line, l) => {
        for (let c = 0; c <= line.length; c++) {
          s.completion(d, { line: l, character: c });
          s.hover(d, { line: l, character: c });
        }
      });
      s.symbols(d);
      s.folding(d);
      const all = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
      s.codeActions(d, all, diags);
      const formatted = applyEdits(text, s.format(d, { tabSize: 2, insertSpaces: true }));
      const again = applyEdits(formatted, s.format(doc(uri, formatted), { tabSize: 2, insertSpaces: true }));
      assert.equal(again, formatted, `format is idempotent (variant ${i})`);
      const kv = (t: string) => parseSystemd(t, uri).entries.map((e) => `${e.section?.name}:${e.key}=${e.value}`);
      assert.deepEqual(kv(formatted), kv(text), `format keeps the meaning (variant ${i})`);
    }
  });
}
