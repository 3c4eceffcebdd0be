// Tool findings become diagnostics on the right line: names map to the line that defines them, host-dependent
// messages become information, and a finding haconf already reports on that line is shown once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { mergeDiagnostics, parseOutput } from '../../../server/src/node/validators/index';
import { toDiagnostic } from '../../../server/src/node/validators/locate';
import type { ToolName } from '../../../server/src/node/validators/types';
import { output, sampleWorkspace, staged, uriOf } from './recorded';

/** [tool, recorded output, files, expected "line:severity:source" of each diagnostic (1-based lines)] */
const CASES: Array<[ToolName, string, string[], string[]]> = [
  ['haproxy', 'h4.cfg.out', ['h4.cfg'], ['4:1:haproxy -c', '4:2:haproxy -c', '9:2:haproxy -c', '19:2:haproxy -c']],
  ['haproxy', 'h5.cfg.out', ['h5.cfg'], ['14:2:haproxy -c', '20:3:haproxy -c', '12:3:haproxy -c', '1:3:haproxy -c']],
  ['keepalived', 'k2.conf.out', ['k2.conf'], ['16:2:keepalived -t', '16:2:keepalived -t', '16:2:keepalived -t', '3:2:keepalived -t', '9:2:keepalived -t', '1:1:keepalived -t']],
  ['systemd-analyze', 'host.service.out', ['host.service'], ['11:2:systemd-analyze', '12:2:systemd-analyze', '1:3:systemd-analyze', '1:3:systemd-analyze']],
];

for (const [tool, out, files, expected] of CASES) {
  test(`${tool} ${out}: every finding on its line`, () => {
    const svc = sampleWorkspace(...files);
    const ds = parseOutput(tool, output(out), staged(...files)).map((f) => toDiagnostic(tool, f, svc.workspace.get(f.uri)));
    assert.deepEqual(ds.map((d) => `${d.range.start.line + 1}:${d.severity}:${d.source}`), expected);
  });
}

test('a host-dependent finding says why it is not a configuration error', () => {
  const svc = sampleWorkspace('h1.cfg');
  const [user] = parseOutput('haproxy', output('h1.cfg.out'), staged('h1.cfg'));
  const d = toDiagnostic('haproxy', user, svc.workspace.get(uriOf('h1.cfg')));
  assert.equal(d.severity, 3);
  assert.match(d.message, /depends on this host: the user or group does not exist/);
});

test('the range covers the text of the line, without its indentation', () => {
  const svc = sampleWorkspace('h1.cfg');
  const f = parseOutput('haproxy', output('h1.cfg.out'), staged('h1.cfg'))[4];
  const d = toDiagnostic('haproxy', f, svc.workspace.get(uriOf('h1.cfg')));
  assert.deepEqual(d.range, { start: { line: 17, character: 4 }, end: { line: 17, character: 30 } });
});

const diag = (line: number, message: string, severity: 1 | 2 | 3 | 4 = 1, source = 'haconf'): Diagnostic => ({
  range: { start: { line, character: 0 }, end: { line, character: 1 } },
  message,
  severity,
  source,
});

test('merge: one finding per line when haconf reports it; the rest of the tool findings kept once', () => {
  const merged = mergeDiagnostics(
    [diag(3, 'haconf: unknown keyword'), diag(7, 'a hint only', 4)],
    [diag(3, 'tool: unknown keyword', 1, 'haproxy -c'), diag(7, 'tool on a hinted line', 2, 'haproxy -c'), diag(9, 'tool only', 2, 'haproxy -c'), diag(9, 'tool only', 2, 'haproxy -c')],
  );
  assert.deepEqual(merged.map((d) => `${d.range.start.line}:${d.source}:${d.message}`), [
    '3:haconf:haconf: unknown keyword',
    '7:haconf:a hint only',
    '7:haproxy -c:tool on a hinted line',
    '9:haproxy -c:tool only',
  ]);
});
