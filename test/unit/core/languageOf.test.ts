// Which dialect the facade picks for a document: the client's language id, a clear file name, the content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, newService } from '../helpers';

test('a clear file name beats a conflicting language id (eglot sends one id per server)', () => {
  const svc = newService();
  assert.equal(svc.languageOf(doc('file:///etc/keepalived/keepalived.conf', '', 'haproxy')), 'keepalived');
  assert.equal(svc.languageOf(doc('file:///etc/systemd/system/web.service', '', 'haproxy')), 'systemd-unit-file');
  assert.equal(svc.languageOf(doc('untitled:Untitled-1', '', 'haproxy')), 'haproxy', 'no name: the id decides');
  assert.equal(svc.languageOf(doc('file:///tmp/notes.conf', '', 'keepalived')), 'keepalived', 'an unclear name: the id decides');
});
