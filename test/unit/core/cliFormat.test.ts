import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { formatJson } from '../../../server/src/cli/formatJson';
import { formatSarif } from '../../../server/src/cli/formatSarif';
import { formatText, textSummary } from '../../../server/src/cli/formatText';
import type { FileReport } from '../../../server/src/cli/lint';
import { sarifSchemaErrors } from './sarifSchema';

const diag = (line: number, ch: number, severity: 1 | 2 | 3 | 4, code: string, message: string): Diagnostic => ({
  range: { start: { line, character: ch }, end: { line, character: ch + 3 } },
  severity,
  code,
  source: 'haconf',
  message,
  codeDescription: { href: `file:///docs/rules/${code}.md` },
});

const reports: FileReport[] = [
  {
    path: 'etc/haproxy/haproxy.cfg',
    uri: 'file:///cwd/etc/haproxy/haproxy.cfg',
    language: 'haproxy',
    diagnostics: [diag(0, 4, 1, 'binary-content', 'binary\nhere'), diag(9, 0, 2, 'haproxy-made-up', 'a warning')],
  },
  { path: '/abs/a b.service', uri: 'file:///abs/a%20b.service', language: 'systemd-unit-file', diagnostics: [diag(2, 1, 3, 'x', 'note')] },
  { path: 'clean.conf', uri: 'file:///cwd/clean.conf', language: 'keepalived', diagnostics: [] },
];

test('text format: path:line:col: severity code message, one line per finding, 1-based', () => {
  assert.equal(
    formatText(reports, false),
    'etc/haproxy/haproxy.cfg:1:5: error binary-content binary here\n' +
      'etc/haproxy/haproxy.cfg:10:1: warning haproxy-made-up a warning\n' +
      '/abs/a b.service:3:2: information x note\n',
  );
  assert.equal(formatText(reports, true), 'etc/haproxy/haproxy.cfg:1:5: error binary-content binary here\n', '--quiet keeps errors only');
  assert.equal(formatText([], false), '');
  assert.match(textSummary(reports), /3 files checked: 1 error\(s\), 1 warning\(s\), 1 note\(s\)/);
});

test('json format: every file, 1-based ranges, summary counts', () => {
  const out = JSON.parse(formatJson(reports, '1.2.3'));
  assert.equal(out.version, '1.2.3');
  assert.deepEqual(out.summary, { error: 1, warning: 1, information: 1, hint: 0 });
  assert.equal(out.files.length, 3);
  assert.deepEqual(out.files[0].findings[0], {
    line: 1, column: 5, endLine: 1, endColumn: 8, severity: 'error', code: 'binary-content',
    message: 'binary\nhere', docs: 'file:///docs/rules/binary-content.md',
  });
  assert.deepEqual(out.files[2].findings, []);
});

test('sarif format validates against the official SARIF 2.1.0 schema', () => {
  const log = JSON.parse(formatSarif(reports, '0.1.0', 'file:///docs/rules/', '/cwd'));
  assert.deepEqual(sarifSchemaErrors(log), []);
  assert.equal(log.version, '2.1.0');
  const run = log.runs[0];
  assert.equal(run.results.length, 3);
  assert.deepEqual(run.results.map((r: { level: string }) => r.level), ['error', 'warning', 'note']);
  const [first] = run.results;
  assert.equal(run.tool.driver.rules[first.ruleIndex].id, 'binary-content');
  assert.equal(run.tool.driver.rules[first.ruleIndex].helpUri, 'file:///docs/rules/binary-content.md');
  assert.deepEqual(first.locations[0].physicalLocation, {
    artifactLocation: { uri: 'etc/haproxy/haproxy.cfg', uriBaseId: 'SRCROOT' },
    region: { startLine: 1, startColumn: 5, endLine: 1, endColumn: 8 },
  });
  assert.equal(run.results[2].locations[0].physicalLocation.artifactLocation.uri, 'file:///abs/a%20b.service');
});

test('sarif format: an empty run is valid too, and the schema check does catch broken logs', () => {
  assert.deepEqual(sarifSchemaErrors(JSON.parse(formatSarif([], '0.1.0', 'file:///d/'))), []);
  assert.notDeepEqual(sarifSchemaErrors({ version: '2.1.0', runs: [{ results: [] }] }), [], 'a run without a tool is invalid');
  assert.notDeepEqual(sarifSchemaErrors({ version: '2.0.0', runs: [] }), []);
});
