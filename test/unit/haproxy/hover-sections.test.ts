// Hover on the keywords of the sections other than global and the proxies, and on log-format aliases: their
// hand-written descriptions, not the generated one-liner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { DESCRIPTIONS } from '../../../server/src/service/schema/haproxy/descriptions';
import { caret, doc, newService } from '../helpers';

/** [config with a caret, version, title, description key] */
const CASES: Array<[string, string, string, string]> = [
  ['resolvers dns\n  |nameserver ns1 10.0.0.53:53\n', '3.4', '**nameserver** — resolvers keyword', 'resolvers:nameserver'],
  ['resolvers dns\n  nameserver ns1 10.0.0.53:53\n  |hold valid 10s\n', '2.6', '**hold** — resolvers keyword', 'resolvers:hold'],
  ['peers p\n  peer a 10.0.0.1:1024\n  |table t type ip size 1m\n', '2.8', '**table** — peers keyword', 'peers:table'],
  ['cache c\n  |process-vary on\n', '3.0', '**process-vary** — cache keyword', 'cache:process-vary'],
  ['ring logs\n  |backing-file /var/lib/haproxy/ring\n', '3.2', '**backing-file** — ring keyword', 'ring:backing-file'],
  ['userlist admins\n  |user alice password $6$xyz\n', '3.4', '**user** — userlist keyword', 'userlist:user'],
  ['frontend f\n  mode http\n  log-format "%ci %|Tq %ST"\n', '2.6', '**%Tq** — log-format variable', 'logvar:%Tq'],
  ['frontend f\n  mode http\n  log-format "%ci %|HPO"\n', '3.4', '**%HPO** — log-format variable', 'logvar:%HPO'],
];

let uris = 0;
for (const [marked, version, title, key] of CASES) {
  test(`${version}: hover shows ${key}`, () => {
    const { text, position } = caret(marked);
    const h = newService({ haproxy: { version } }).hover(doc(`file:///t/hover-sections-${++uris}/haproxy.cfg`, text), position);
    const md = (h?.contents as MarkupContent | undefined)?.value ?? '';
    assert.ok(md.startsWith(title), md);
    assert.ok(DESCRIPTIONS[key] && md.includes(DESCRIPTIONS[key]), md);
  });
}
