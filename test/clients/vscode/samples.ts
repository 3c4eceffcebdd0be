// Sample files shared by the extension-host suite and the UI smoke test. Each `good` text is accepted by
// its real validator (systemd-analyze verify, keepalived -t, haproxy -c); putting `wrong` where `right`
// stands gives a file the validator rejects or warns about for that one word.

export interface Sample {
  readonly good: string;
  readonly right: string;
  readonly wrong: string;
}

export const UNIT: Sample = {
  good: [
    '[Unit]',
    'Description=Example web service',
    '',
    '[Service]',
    'ExecStart=/usr/bin/sleep infinity',
    'Restart=always',
    '',
    '[Install]',
    'WantedBy=multi-user.target',
    '',
  ].join('\n'),
  right: 'Restart',
  wrong: 'Restrat',
};

export const KEEPALIVED: Sample = {
  good: [
    'global_defs {',
    '    router_id LB1',
    '}',
    '',
    'vrrp_instance VI_1 {',
    '    state MASTER',
    '    interface eth0',
    '    virtual_router_id 51',
    '    priority 150',
    '    advert_int 1',
    '    virtual_ipaddress {',
    '        192.0.2.10/24',
    '    }',
    '}',
    '',
  ].join('\n'),
  right: 'virtual_router_id',
  wrong: 'virtual_routr_id',
};

export const HAPROXY: Sample = {
  good: [
    'defaults',
    '    mode http',
    '    timeout connect 5s',
    '    timeout client 30s',
    '    timeout server 30s',
    '',
    'frontend fe_http',
    '    bind 127.0.0.1:8080',
    '    default_backend be_app',
    '',
    'backend be_app',
    '    balance roundrobin',
    '    server app1 192.0.2.21:80 check',
    '',
  ].join('\n'),
  right: 'balance',
  wrong: 'balanc',
};

/** A keepalived file whose vrrp_instance tracks a vrrp_script by name (for definition and rename). */
export const KEEPALIVED_TRACKED = [
  'global_defs {',
  '    enable_script_security',
  '    script_user root',
  '}',
  '',
  'vrrp_script chk_haproxy {',
  '    script "/usr/bin/killall -0 haproxy"',
  '    interval 2',
  '}',
  '',
  'vrrp_instance VI_1 {',
  '    state MASTER',
  '    interface eth0',
  '    virtual_router_id 51',
  '    priority 150',
  '    virtual_ipaddress {',
  '        192.0.2.10/24',
  '    }',
  '    track_script {',
  '        chk_haproxy',
  '    }',
  '}',
  '',
].join('\n');

/** The sample with its one misspelt keyword. */
export function bad(s: Sample): string {
  return s.good.replace(new RegExp(`\\b${s.right}\\b`), s.wrong);
}

/** Line and column (0-based) of the `nth` (0-based) whole-word `word` in `text`. */
export function locate(text: string, word: string, nth = 0): { line: number; character: number } {
  const re = new RegExp(`\\b${word}\\b`, 'g');
  let m: RegExpExecArray | null = null;
  for (let i = 0; i <= nth; i++) m = re.exec(text);
  if (!m) throw new Error(`"${word}" #${nth} not in sample`);
  const before = text.slice(0, m.index).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}
