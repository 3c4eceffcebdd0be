// The facade merges the security and timing insights with the dialects' own answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { caret, doc, newService } from '../helpers';

const text = (h: Hover | null): string => ((h?.contents ?? { value: '' }) as MarkupContent).value;

const UNIT = `[Unit]
Description=web

[Service]
ExecStart=/usr/bin/webapp
Restart=on-failure
RestartSec=5
`;

test('a service unit gets a security code lens with its exposure score', () => {
  const svc = newService();
  const lenses = svc.codeLenses(doc('file:///ws/webapp.service', UNIT));
  assert.equal(lenses.length, 1);
  assert.equal(lenses[0].range.start.line, 3, 'on the [Service] header');
  assert.match(lenses[0].command?.title ?? '', /\d+\.\d/);
  assert.equal(lenses[0].command?.command, 'haconf.showSecurityReport');
});

test('the Harden action is offered in a service unit and lowers the score', () => {
  const svc = newService();
  const actions = svc.codeActions(doc('file:///ws/webapp.service', UNIT), { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, []);
  const harden = actions.find((a) => a.title.startsWith('Harden'));
  assert.ok(harden, 'Harden is offered');
  const m = /exposure (\d+\.\d) → (\d+\.\d)/.exec(harden.title);
  assert.ok(m && Number(m[2]) < Number(m[1]), harden.title);
});

test('hover on a restart setting shows its timing next to the directive docs', () => {
  const svc = newService();
  const { text: t, position } = caret(UNIT.replace('RestartSec=5', 'Restart|Sec=5'));
  const h = text(svc.hover(doc('file:///ws/webapp.service', t), position));
  assert.match(h, /RestartSec/);
  assert.match(h, /---/, 'two sections: the directive and the timing');
});

test('hover on vrrp_instance adds the master-down time to the keyword docs', () => {
  const svc = newService();
  const { text: t, position } = caret(`vrrp_instance| VI_1 {
    state BACKUP
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        192.0.2.10/24
    }
}
`);
  const h = text(svc.hover(doc('file:///ws/keepalived.conf', t), position));
  assert.match(h, /3 × advert_int|3 ×/);
});
