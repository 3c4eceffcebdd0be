import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex, didYouMean, editDistance } from '../../../server/src/service/text';

test('LineIndex handles LF, CRLF and lone CR line breaks', () => {
  const idx = new LineIndex('a\r\nbb\ncc\rd');
  assert.equal(idx.lineCount, 4);
  assert.deepEqual([0, 1, 2, 3].map((n) => idx.line(n)), ['a', 'bb', 'cc', 'd']);
  assert.deepEqual(idx.positionAt(3), { line: 1, character: 0 });
  assert.equal(idx.offsetAt({ line: 2, character: 1 }), 7);
  assert.equal(idx.offsetAt({ line: 0, character: 99 }), 1, 'clamped to the end of the line');
});

test('editDistance and didYouMean find near misses only', () => {
  assert.equal(editDistance('Restart', 'Restrat'), 2);
  assert.equal(didYouMean('ExecStrat', ['ExecStart', 'ExecStop', 'Type'])[0], 'ExecStart');
  assert.deepEqual(didYouMean('zzzzzz', ['ExecStart']), []);
});
