import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globToRegExp, uriPath } from '../../../server/src/service/validation/keepalived/includes';

const cases: Array<[string, string, boolean]> = [
  ['/etc/keepalived/conf.d/*.conf', '/etc/keepalived/conf.d/vi1.conf', true],
  ['/etc/keepalived/conf.d/*.conf', '/etc/keepalived/conf.d/sub/vi1.conf', false],
  ['/etc/keepalived/vi?.conf', '/etc/keepalived/vi1.conf', true],
  ['/etc/keepalived/vi[12].conf', '/etc/keepalived/vi3.conf', false],
  ['/etc/keepalived/vi[!1].conf', '/etc/keepalived/vi2.conf', true],
  ['/etc/keepalived/a.conf', '/etc/keepalived/aXconf', false],
];
for (const [glob, path, want] of cases) test(`glob ${glob} ~ ${path}`, () => assert.equal(globToRegExp(glob).test(path), want));

test('uriPath decodes file URIs', () => assert.equal(uriPath('file:///etc/keep%20alived/a.conf'), '/etc/keep alived/a.conf'));
