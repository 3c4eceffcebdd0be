// Invariants of the one rule table, over every dialect's rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSink, diagnostic, formatMessage, RULES } from '../../../server/src/service/validation/rules';
import { createLanguageService } from '../../../server/src/service/languageService';
import { DEFAULT_SETTINGS, mergeSettings } from '../../../server/src/service/settings';
import type { ServiceContext } from '../../../server/src/service/types';

const DOCS = path.resolve(__dirname, '..', '..', '..', 'docs', 'rules');
const PREFIX: Record<string, string> = { 'systemd-unit-file': 'systemd-', haproxy: 'haproxy-', keepalived: 'keepalived-' };

test('every rule has a code prefixed by its dialect, a message, a summary and a docs page', () => {
  assert.ok(RULES.size > 0);
  const missingDocs: string[] = [];
  for (const [code, r] of RULES) {
    assert.equal(r.code, code);
    assert.match(code, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${code}: lower-case words joined by dashes`);
    if (r.language !== 'any') assert.ok(code.startsWith(PREFIX[r.language]), `${code} starts with ${PREFIX[r.language]}`);
    assert.ok(r.message.trim().length > 0, `${code}: message`);
    assert.ok(r.summary.trim().length > 0, `${code}: summary`);
    if (!fs.existsSync(path.join(DOCS, `${code}.md`))) missingDocs.push(code);
  }
  assert.deepEqual(missingDocs, [], 'docs/rules/<code>.md for every code');
});

test('best-practice rules are never errors (the real validators do not raise them)', () => {
  const errors = [...RULES.values()].filter((r) => r.bestPractice && r.severity === 'error').map((r) => r.code);
  assert.deepEqual(errors, []);
});

test('every docs page belongs to a rule (no page left behind by a renamed rule)', () => {
  if (!fs.existsSync(DOCS)) return;
  const orphans = fs.readdirSync(DOCS).filter((f) => f.endsWith('.md') && !RULES.has(f.slice(0, -3)));
  assert.deepEqual(orphans, []);
});

const ctx = (settings: unknown = {}): ServiceContext => ({
  settings: mergeSettings(settings),
  workspace: createLanguageService().workspace,
  docsBase: 'file:///docs/rules/',
  hostVersions: {},
});
const range = { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } };

test('diagnostic(): severity, message, link and data from the table; user overrides win', () => {
  const d = diagnostic(ctx(), 'binary-content', range, ['12'], { data: { x: 1 } });
  assert.ok(d);
  assert.equal(d.severity, 1);
  assert.equal(d.code, 'binary-content');
  assert.equal(d.source, 'haconf');
  assert.equal(d.codeDescription?.href, 'file:///docs/rules/binary-content.md');
  assert.match(d.message, /offset 12/);
  assert.deepEqual(d.data, { x: 1 });
  assert.equal(diagnostic(ctx({ rules: { 'binary-content': 'off' } }), 'binary-content', range), null);
  assert.equal(diagnostic(ctx({ rules: { 'binary-content': 'hint' } }), 'binary-content', range)?.severity, 4);
  assert.equal(diagnostic(ctx(), 'binary-content', range, [], { severity: 'warning' })?.severity, 2);
  assert.equal(diagnostic(ctx({ rules: { 'binary-content': 'information' } }), 'binary-content', range, [], { severity: 'warning' })?.severity, 3);
  assert.throws(() => diagnostic(ctx(), 'no-such-rule', range), /unknown rule code/);
});

test('formatMessage fills numbered holes and leaves missing ones visible', () => {
  assert.equal(formatMessage('{0} and {1}', ['a', 'b']), 'a and b');
  assert.equal(formatMessage('{1}{0}{1}', ['x', 'y']), 'yxy');
  assert.equal(formatMessage('{0} {2}', ['a']), 'a {2}');
});

test('DiagnosticSink drops rules switched off', () => {
  const sink = new DiagnosticSink(ctx({ rules: { 'binary-content': 'off' } }));
  sink.add('binary-content', range, ['1']);
  assert.deepEqual(sink.items, []);
  const on = new DiagnosticSink({ ...ctx(), settings: DEFAULT_SETTINGS });
  on.add('binary-content', range, ['1']);
  assert.equal(on.items.length, 1);
});
