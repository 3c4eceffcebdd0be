import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LintFile } from '../../../server/src/cli/files';
import { lintFiles } from '../../../server/src/cli/lint';
import { newService } from '../helpers';

const file = (path: string, language: LintFile['language'], text: string): LintFile => ({ path, absolute: `/w/${path}`, language, text });

test('lintFiles: diagnostics per file, in file order, sorted by line', () => {
  const { reports, crashes } = lintFiles([file('haproxy.cfg', 'haproxy', 'global\n  daemon\0\n'), file('a.service', 'systemd-unit-file', '[Unit]\nDescription=a\n')], {
    settings: {},
    hostVersions: {},
    docsBase: 'file:///d/',
  });
  assert.deepEqual(crashes, []);
  assert.deepEqual(reports.map((r) => r.path), ['haproxy.cfg', 'a.service']);
  assert.equal(reports[0].diagnostics[0].code, 'binary-content');
  for (const r of reports) {
    const lines = r.diagnostics.map((d) => d.range.start.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b), `${r.path}: sorted by line`);
  }
});

test('lintFiles: a file the service crashes on is reported as a crash; the others are still checked', () => {
  const service = newService();
  const real = service.diagnostics.bind(service);
  const crashing = Object.assign(Object.create(service) as typeof service, {
    diagnostics: (input: Parameters<typeof service.diagnostics>[0]) => {
      if (input.uri.endsWith('boom.cfg')) throw new Error('parser bug');
      return real(input);
    },
    workspace: service.workspace,
  });
  const { reports, crashes } = lintFiles([file('haproxy/boom.cfg', 'haproxy', 'global\n'), file('haproxy/ok.cfg', 'haproxy', 'global\n  daemon\0\n')], {
    settings: {},
    hostVersions: {},
    docsBase: 'file:///d/',
    service: crashing,
  });
  assert.deepEqual(crashes.map((c) => c.path), ['haproxy/boom.cfg']);
  assert.match(crashes[0].error, /parser bug/);
  assert.deepEqual(reports.map((r) => r.path), ['haproxy/ok.cfg']);
});
