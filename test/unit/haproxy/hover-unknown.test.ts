// A misspelt keyword gets no made-up documentation; the real keyword still gets its docs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { caret, doc, newService } from '../helpers';

const cfg = (line: string) => `defaults\n    mode http\n    timeout connect 5s\n    timeout client 30s\n    timeout server 30s\n\nbackend web\n    ${line}\n    server s1 10.0.0.1:80\n`;

test('hover on a misspelt proxy keyword describes nothing', () => {
  const { text, position } = caret(cfg('bal|anc roundrobin'));
  assert.equal(newService().hover(doc('file:///ws/haproxy.cfg', text), position), null);
});

test('hover on the real keyword shows its documentation', () => {
  const { text, position } = caret(cfg('bal|ance roundrobin'));
  const h = newService().hover(doc('file:///ws/haproxy.cfg', text), position);
  assert.match((h?.contents as MarkupContent).value, /\*\*balance\*\*/);
});
