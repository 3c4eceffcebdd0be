// Formatting keeps a U+FEFF that systemd reads as part of a line (anywhere but the start of the file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, newService } from '../helpers';

test('a U+FEFF after the first line survives formatting', () => {
  const text = '\uFEFF[Unit]\n\uFEFF[Unit]\nDescription=x\n';
  const edits = newService().format(doc('file:///ws/a.service', text), { tabSize: 4, insertSpaces: true });
  for (const e of edits) assert.ok(e.range.start.line !== 1 || e.newText.includes('\uFEFF'), JSON.stringify(e));
});
