import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { doc, newService } from '../helpers';

const read = (n: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', 'keepalived', 'two-nodes', n), 'utf8');

test('two-node fixture: each file alone is clean', () => {
  for (const n of ['node1.conf', 'node2.conf']) {
    const d = newService(undefined, { keepalived: '2.2.7' }).diagnostics(doc(`file:///w/${n}`, read(n), 'keepalived'));
    assert.deepEqual(d.map((x) => x.code), [], n);
  }
});

test('two-node fixture: together, the weight cannot overcome the 50-point gap', () => {
  const svc = newService(undefined, { keepalived: '2.2.7' });
  svc.parse(doc('file:///w/node2.conf', read('node2.conf'), 'keepalived'), false);
  const d = svc.diagnostics(doc('file:///w/node1.conf', read('node1.conf'), 'keepalived'));
  const gap = d.filter((x) => x.code === 'keepalived-ha-weight-gap');
  assert.equal(gap.length, 1);
  assert.match(gap[0].message, /150 and 100 \(peer in node2\.conf\) are 50 apart/);
  assert.equal(gap[0].range.start.line, 26);
});
