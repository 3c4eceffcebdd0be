// Timing hovers: the stack view on a VIP, an instance's master-down time, a server's DOWN/UP times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-types';
import type { HaproxyTree } from '../../../server/src/service/parser/haproxy/types';
import type { KTree } from '../../../server/src/service/parser/keepalived/types';
import type { SdTree } from '../../../server/src/service/parser/systemd/tree';
import type { ParsedDocument, ServiceContext } from '../../../server/src/service/types';
import { haproxyTimingHover, keepalivedTimingHover, unitTimingHover } from '../../../server/src/service/features/timing';
import { caret, doc, newService } from '../helpers';

const KEEPALIVED = `vrrp_script chk {
    script "/bin/true"
    interval 2
    fall 2
    weight -20
}
vrrp_instance VI_1 {
    state BACKUP
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        10.0.0.1|00/24
    }
    track_script {
        chk
    }
}
`;

function setup() {
  const service = newService();
  const ctx: ServiceContext = { settings: service.settings, workspace: service.workspace, docsBase: '', hostVersions: {} };
  const hap = service.parse(doc('file:///etc/haproxy/haproxy.cfg', 'backend web\n    server w1 10.0.0.11:80 check inter 3s\n', 'haproxy')) as ParsedDocument<HaproxyTree>;
  return { service, ctx, hap };
}

const text = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

test('on a VIP: the stack view from the workspace', () => {
  const { service, ctx } = setup();
  const c = caret(KEEPALIVED);
  const k = service.parse(doc('file:///etc/keepalived/keepalived.conf', c.text, 'keepalived')) as ParsedDocument<KTree>;
  const h = text(keepalivedTimingHover(k, c.position, ctx));
  assert.match(h, /\*\*node loss\*\*/);
  assert.match(h, /3 × 1 s \+ \(256 − 100\) \/ 256 × 1 s = 3\.609 s/);
  assert.match(h, /web\/w1 marked DOWN: inter \+ \(fall − 1\) × inter \+ fall × inter = 3 s \+ \(3 − 1\) × 3 s \+ 3 × 3 s = 18 s/);
  assert.match(h, /\| 99\.999% \| 5\.256 min \|/);
});

test('on vrrp_instance: master down and scripts', () => {
  const { service, ctx } = setup();
  const c = caret(KEEPALIVED.replace('10.0.0.1|00', '10.0.0.100').replace('vrrp_instance VI_1', 'vrrp_inst|ance VI_1'));
  const k = service.parse(doc('file:///etc/keepalived/keepalived.conf', c.text, 'keepalived')) as ParsedDocument<KTree>;
  const h = text(keepalivedTimingHover(k, c.position, ctx));
  assert.match(h, /^\*\*VI_1\*\* as backup takes over after 3 × advert_int/);
  assert.match(h, /- chk: fails after interval × fall = 2 s × 2 = 4 s; recovers after interval × rise = 2 s × 1 = 2 s/);
});

test('elsewhere in keepalived.conf: nothing', () => {
  const { service, ctx } = setup();
  const c = caret(KEEPALIVED.replace('10.0.0.1|00', '10.0.0.100').replace('interface eth0', 'interf|ace eth0'));
  const k = service.parse(doc('file:///etc/keepalived/keepalived.conf', c.text, 'keepalived')) as ParsedDocument<KTree>;
  assert.equal(keepalivedTimingHover(k, c.position, ctx), null);
});

test('on an HAProxy server line', () => {
  const { hap } = setup();
  const h = text(haproxyTimingHover(hap, { line: 1, character: 6 }));
  assert.match(h, /^\*\*web\/w1\*\* health-check timing/);
  assert.match(h, /refused connections: DOWN after inter \+ \(fall − 1\) × inter = 3 s \+ \(3 − 1\) × 3 s = 9 s/);
  assert.match(h, /back UP after inter \+ \(rise − 1\) × inter = 3 s \+ \(2 − 1\) × 3 s = 6 s/);
  assert.equal(haproxyTimingHover(hap, { line: 0, character: 2 }), null);
});

test('on Restart=/RestartSec= of a service: restart delay and when it gives up, drop-ins included', () => {
  const service = newService();
  const ctx: ServiceContext = { settings: service.settings, workspace: service.workspace, docsBase: '', hostVersions: {} };
  service.parse(doc('file:///etc/systemd/system/app.service.d/limits.conf', '[Unit]\nStartLimitBurst=3\n', 'systemd-unit-file'));
  const c = caret('[Service]\nExecStart=/usr/bin/app\nRes|tart=on-failure\nRestartSec=2\n');
  const d = service.parse(doc('file:///etc/systemd/system/app.service', c.text, 'systemd-unit-file')) as ParsedDocument<SdTree>;
  const h = text(unitTimingHover(d, c.position, ctx));
  assert.match(h, /restarted after RestartSec = 2 s/);
  assert.match(h, /gives up .* after StartLimitBurst × RestartSec \(< StartLimitIntervalSec\) = 3 × 2 s \(< 10 s\) = 6 s/);
  assert.match(h, /a hang goes unnoticed/);
  assert.equal(unitTimingHover(d, { line: 1, character: 2 }, ctx), null, 'ExecStart= is not a timing key');
});
