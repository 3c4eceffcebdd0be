import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../../server/src/service/workspace/index';
import type { LanguageId } from '../../../server/src/service/types';

function counting(): { index: WorkspaceIndex; parses: string[] } {
  const parses: string[] = [];
  const index = new WorkspaceIndex((language: LanguageId, text: string, uri: string) => {
    parses.push(`${uri}@${text}`);
    return { language, text };
  });
  return { index, parses };
}

test('upsert parses once per version and text; a new version or text re-parses', () => {
  const { index, parses } = counting();
  const a = index.upsert('file:///a.cfg', 'haproxy', 1, 'global\n');
  assert.equal(index.upsert('file:///a.cfg', 'haproxy', 1, 'global\n'), a, 'same version and text: the same parsed document');
  assert.equal(parses.length, 1);
  index.upsert('file:///a.cfg', 'haproxy', 2, 'global\n');
  index.upsert('file:///a.cfg', 'haproxy', 2, 'global\n  daemon\n');
  assert.equal(parses.length, 3);
  assert.equal(index.get('file:///a.cfg')?.lines.lineCount, 3);
});

test('the generation moves on every change, so cross-file caches can tell', () => {
  const { index } = counting();
  const g0 = index.version;
  index.upsert('file:///a.cfg', 'haproxy', 1, 'x');
  const g1 = index.version;
  index.upsert('file:///a.cfg', 'haproxy', 1, 'x');
  assert.equal(index.version, g1, 'no change, same generation');
  index.remove('file:///a.cfg');
  assert.ok(g1 > g0 && index.version > g1);
  index.remove('file:///a.cfg');
  assert.equal(index.version, g1 + 1, 'removing what is not there changes nothing');
});

test('an open document wins over its disk copy until closed; closing keeps the disk text indexed', () => {
  const { index } = counting();
  const uri = 'file:///etc/keepalived/keepalived.conf';
  index.upsertFromDisk(uri, 'keepalived', 'disk v1');
  index.upsert(uri, 'keepalived', 7, 'editor text', true);
  assert.ok(index.isOpen(uri));
  index.upsertFromDisk(uri, 'keepalived', 'disk v2');
  assert.equal(index.get(uri)?.text, 'editor text', 'disk changes wait while the editor has it');
  index.close(uri, 'disk v3');
  assert.equal(index.isOpen(uri), false);
  assert.equal(index.get(uri)?.text, 'disk v3');
  assert.ok((index.get(uri)?.version ?? 0) > 7, 'a newer version than the editor copy');
  index.close(uri);
  assert.equal(index.get(uri), undefined, 'closing without a disk copy drops it');
});

test('documents() lists everything or one dialect', () => {
  const { index } = counting();
  index.upsert('file:///a.cfg', 'haproxy', 1, 'a');
  index.upsert('file:///b.conf', 'keepalived', 1, 'b');
  index.upsert('file:///c.service', 'systemd-unit-file', 1, 'c');
  assert.equal(index.size, 3);
  assert.deepEqual([...index.documents('keepalived')].map((d) => d.uri), ['file:///b.conf']);
  assert.equal([...index.documents()].length, 3);
});
