import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexLine, parseHaproxy } from '../../../server/src/service/parser/haproxy/index';
import { doc, newService } from '../helpers';

const FIXTURES = join(__dirname, '../../fixtures/haproxy/valid');
const fixtureTexts = readdirSync(FIXTURES).map((f) => readFileSync(join(FIXTURES, f), 'utf8'));

const line = fc.array(fc.constantFrom('global', 'backend b', 'frontend f', '  server s 1.1.1.1:80', ' timeout client 5', '"', "'", '\\', '#', '${X}', '.if 1', '.endif', ' acl a src 1', ' use_backend b if a', ' bind :443 ssl', ' option httpchk', '\t', ' ', 'x'), { maxLength: 8 }).map((p) => p.join(''));

test('parser and every feature survive arbitrary input', () => {
  const svc = newService({ haproxy: { version: '2.6' } });
  fc.assert(
    fc.property(fc.array(fc.oneof(line, fc.string()), { maxLength: 30 }), (lines) => {
      const text = lines.join('\n');
      const input = doc('file:///p/haproxy.cfg', text);
      parseHaproxy(text);
      svc.diagnostics(input);
      svc.symbols(input);
      svc.folding(input);
      svc.format(input, { tabSize: 4, insertSpaces: true });
      const pos = { line: Math.floor(lines.length / 2), character: 3 };
      svc.completion(input, pos);
      svc.hover(input, pos);
      svc.references(input, pos, true);
    }),
    { numRuns: 300 },
  );
});

/** Apply edits (whole-line replacements from the formatter) to text. */
function apply(text: string, edits: Array<{ range: { start: { line: number } }; newText: string }>): string {
  const lines = text.split('\n');
  for (const e of edits) lines[e.range.start.line] = e.newText;
  return lines.join('\n');
}

test('formatting keeps every word of every line and is idempotent', () => {
  const svc = newService();
  const samples = [...fixtureTexts];
  fc.assert(
    fc.property(fc.constantFrom(...samples), fc.array(fc.constantFrom('', ' ', '\t', '    '), { minLength: 1, maxLength: 4 }), (text, pads) => {
      const messy = text.split('\n').map((l, i) => pads[i % pads.length] + l + pads[(i + 1) % pads.length]).join('\n');
      const once = apply(messy, svc.format(doc('file:///f/haproxy.cfg', messy), { tabSize: 4, insertSpaces: true }));
      const words = (t: string) => t.split('\n').map((l) => lexLine(l).words.map((w) => w.text));
      assert.deepEqual(words(once), words(messy));
      assert.deepEqual(svc.format(doc('file:///f/haproxy.cfg', once), { tabSize: 4, insertSpaces: true }), []);
    }),
    { numRuns: 50 },
  );
});

test('fixtures (accepted by haproxy -c) get no errors or warnings in every supported version', () => {
  for (const version of ['2.6', '2.8', '3.0', '3.2', '3.4']) {
    fixtureTexts.forEach((text, i) => {
      const svc = newService({ haproxy: { version } }); // one file per workspace: cross-file rules compare load balancers
      const bad = svc.diagnostics(doc(`file:///fx/${i}/haproxy.cfg`, text)).filter((d) => (d.severity ?? 1) <= 2);
      assert.deepEqual(bad.map((d) => `${version} ${i}:${d.range.start.line + 1} ${d.message}`), []);
    });
  }
});
