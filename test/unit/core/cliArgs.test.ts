import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLintArgs, UsageError } from '../../../server/src/cli/args';

test('lint arguments: defaults, formats, versions and rule overrides', () => {
  assert.deepEqual(parseLintArgs(['a.cfg']), { format: 'text', paths: ['a.cfg'], settings: { rules: {} }, quiet: false });
  const r = parseLintArgs([
    '--format', 'sarif', '--systemd-version=257', '--haproxy-version', '3.2', '--keepalived-version', '2.3.1',
    '--rule', 'haproxy-x:off', '--language', 'haproxy', '-q', 'dir', '--', '--weird-name',
  ]);
  assert.equal(r.format, 'sarif');
  assert.deepEqual(r.settings, {
    rules: { 'haproxy-x': 'off' },
    systemd: { version: '257' },
    haproxy: { version: '3.2' },
    keepalived: { version: '2.3.1' },
  });
  assert.equal(r.language, 'haproxy');
  assert.equal(r.quiet, true);
  assert.deepEqual(r.paths, ['dir', '--weird-name']);
});

const bad: Array<[string[], RegExp]> = [
  [[], /at least one file/],
  [['--format', 'xml', 'a'], /unknown format "xml"/],
  [['--format'], /--format needs a value/],
  [['--systemd-version=', 'a'], /needs a value/],
  [['--rule', 'code', 'a'], /CODE:SEVERITY/],
  [['--rule', 'code:loud', 'a'], /CODE:SEVERITY/],
  [['--language', 'nginx', 'a'], /unknown language "nginx"/],
  [['--frobnicate', 'a'], /unknown option --frobnicate/],
];
for (const [args, message] of bad) {
  test(`lint arguments rejected: ${JSON.stringify(args)}`, () => {
    assert.throws(() => parseLintArgs(args), (e: unknown) => e instanceof UsageError && message.test(e.message));
  });
}
