// Sample lines and the scope each fragment must carry (null: no scope beyond the grammar's own; `!scope`:
// must not carry it).
export interface GrammarCase {
  language: 'systemd-unit-file' | 'keepalived' | 'haproxy';
  text: string;
  expect: [string, string | null][];
}

const U = 'systemd-unit-file' as const;
const K = 'keepalived' as const;
const H = 'haproxy' as const;

export const grammarCases: GrammarCase[] = [
  // systemd
  { language: U, text: '[Service]', expect: [['Service', 'entity.name.section'], ['[', 'punctuation.definition.section']] },
  { language: U, text: '# a comment', expect: [['# a comment', 'comment.line']] },
  { language: U, text: '; also a comment', expect: [['; also a comment', 'comment.line']] },
  { language: U, text: 'Restart=on-failure', expect: [['Restart', 'support.type.property-name'], ['=', 'punctuation.separator.key-value'], ['on-failure', 'string.unquoted.value']] },
  { language: U, text: 'Restart=on-failure', expect: [['on', 'string.unquoted.value'], ['on-failure', '!constant']] },
  { language: U, text: 'After=network-online.target getty@tty1.service', expect: [['network-online.target', 'entity.name.type.unit'], ['getty@tty1.service', 'entity.name.type.unit'], ['After', '!entity.name.type.unit']] },
  { language: U, text: 'OnFailure=notify@%n.service', expect: [['notify@%n.service', 'entity.name.type.unit']] },
  { language: U, text: 'ExecStart=/usr/bin/systemctl restart app.service', expect: [['app.service', 'entity.name.type.unit']] },
  { language: U, text: 'Description=HA app on port 8080 for %i', expect: [['on', '!constant'], ['8080', '!constant'], ['%i', 'constant.other.placeholder.specifier']] },
  { language: U, text: 'RemainAfterExit=yes', expect: [['yes', 'constant.language.boolean']] },
  { language: U, text: 'TimeoutStartSec=1min 30s', expect: [['1min 30s', 'constant.numeric']] },
  { language: U, text: 'MemoryMax=512M', expect: [['512M', 'constant.numeric']] },
  { language: U, text: 'CPUQuota=50%', expect: [['50%', 'constant.numeric']] },
  { language: U, text: 'ExecStart=/usr/bin/app --id %i --host %H', expect: [['%i', 'constant.other.placeholder.specifier'], ['%H', 'constant.other.placeholder.specifier'], ['/usr/bin/app', 'string.unquoted.value']] },
  { language: U, text: 'ExecStartPre=-/bin/rm -f /run/app.pid', expect: [['-', 'keyword.operator.prefix'], ['/bin/rm', 'string.unquoted.value']] },
  { language: U, text: 'ConditionPathExists=!/etc/app/disabled', expect: [['!', 'keyword.operator.prefix']] },
  { language: U, text: 'Nice=-5', expect: [['-5', 'constant.numeric']] },
  { language: U, text: 'ExecStart=/usr/bin/app $OPTS ${PORT}', expect: [['$OPTS', 'variable.other.environment'], ['${PORT}', 'variable.other.environment']] },
  { language: U, text: 'Environment="GREETING=hello world" \'X=1\'', expect: [['"GREETING=hello world"', 'string.quoted.double'], ["'X=1'", 'string.quoted.single']] },
  { language: U, text: 'Environment="A=\\"quoted\\""', expect: [['\\"', 'constant.character.escape']] },
  { language: U, text: 'ListenStream=192.168.1.10:8080', expect: [['192.168.1.10', 'constant.numeric.ip-address.ipv4'], ['8080', 'constant.numeric.port']] },
  { language: U, text: 'IPAddressAllow=10.0.0.0/8', expect: [['10.0.0.0', 'constant.numeric.ip-address.ipv4'], ['8', 'constant.numeric.prefix-length']] },
  { language: U, text: 'IPAddressAllow=fe80::/64 2001:db8::1', expect: [['fe80::', 'constant.numeric.ip-address.ipv6'], ['64', 'constant.numeric.prefix-length'], ['2001:db8::1', 'constant.numeric.ip-address.ipv6']] },
  { language: U, text: 'ListenStream=[::1]:443', expect: [['::1', 'constant.numeric.ip-address.ipv6'], ['443', 'constant.numeric.port']] },
  { language: U, text: 'OnCalendar=*-*-* 10:30:00', expect: [['10:30:00', 'string.unquoted.value'], ['10:30:00', '!constant']] },
  {
    language: U,
    text: 'ExecStart=/usr/bin/app \\\n    --flag yes\nUser=app',
    expect: [['\\', 'constant.character.escape.line-continuation'], ['--flag', 'string.unquoted.value'], ['yes', 'constant.language.boolean'], ['User', 'support.type.property-name']],
  },
  {
    language: U,
    text: 'ExecStart=/usr/bin/app \\\n# skipped inside a continuation\n    --flag\nUser=app',
    expect: [['# skipped inside a continuation', 'comment.line'], ['--flag', 'string.unquoted.value'], ['User', 'support.type.property-name']],
  },
  // keepalived
  { language: K, text: '! Configuration File for keepalived', expect: [['! Configuration File for keepalived', 'comment.line']] },
  { language: K, text: 'vrrp_instance VI_1 {  # the VIP', expect: [['vrrp_instance', 'storage.type.section'], ['VI_1', 'entity.name.section'], ['{', 'punctuation.section.block.begin'], ['# the VIP', 'comment.line']] },
  { language: K, text: 'virtual_server 10.0.0.10 80 {', expect: [['virtual_server', 'storage.type.section'], ['10.0.0.10 80', 'entity.name.section']] },
  { language: K, text: '    state MASTER', expect: [['state', 'keyword.other'], ['MASTER', 'constant.language.enum']] },
  { language: K, text: '    advert_int 1', expect: [['advert_int', 'keyword.other'], ['1', 'constant.numeric']] },
  { language: K, text: '    nopreempt', expect: [['nopreempt', 'keyword.other']] },
  { language: K, text: '        10.0.0.10/24 dev eth0', expect: [['10.0.0.10', 'constant.numeric.ip-address.ipv4'], ['24', 'constant.numeric.prefix-length'], ['dev', null]] },
  { language: K, text: '        fd00::10/64', expect: [['fd00::10', 'constant.numeric.ip-address.ipv6']] },
  { language: K, text: '    script "/usr/bin/killall -0 haproxy"', expect: [['"/usr/bin/killall -0 haproxy"', 'string.quoted.double']] },
  { language: K, text: '    track_script {\n        chk_haproxy\n    }\n    priority 100', expect: [['track_script', 'keyword.other'], ['chk_haproxy', 'entity.name.reference'], ['}', 'punctuation.section.block.end'], ['priority', 'keyword.other']] },
  { language: K, text: '    track_interface { eth1 weight -50 }', expect: [['eth1', 'entity.name.reference'], ['weight', 'keyword.other'], ['-50', 'constant.numeric']] },
  { language: K, text: '        HTTP_GET {', expect: [['HTTP_GET', 'support.class.checker']] },
  { language: K, text: 'include /etc/keepalived/conf.d/*.conf', expect: [['include', 'keyword.control.import'], ['/etc/keepalived/conf.d/*.conf', 'string.unquoted.path']] },
  { language: K, text: '@lb1 priority 150', expect: [['@', 'keyword.control.conditional'], ['lb1', 'entity.name.tag.condition'], ['priority', 'keyword.other'], ['150', 'constant.numeric']] },
  { language: K, text: '@^lb2 vrrp_instance VI_2 {', expect: [['@^', 'keyword.control.conditional'], ['vrrp_instance', 'storage.type.section']] },
  { language: K, text: '$IF=eth0', expect: [['IF', 'variable.other.definition'], ['=', 'keyword.operator.assignment']] },
  { language: K, text: '    interface $IF', expect: [['$IF', 'variable.other.parameter']] },
  { language: K, text: '    interface ${IF}', expect: [['${IF}', 'variable.other.parameter']] },
  { language: K, text: '    enable_script_security yes', expect: [['yes', 'constant.language.boolean']] },
  { language: K, text: 'vrrp_instance VI_1 { state BACKUP }', expect: [['state', 'keyword.other'], ['}', 'punctuation.section.block.end']] },
  { language: K, text: '    notify_master "/etc/keepalived/notify.sh \\\n        master"', expect: [['\\', 'string.quoted.double']] },
  // haproxy
  { language: H, text: 'global', expect: [['global', 'storage.type.section']] },
  { language: H, text: 'frontend fe_http  # public', expect: [['frontend', 'storage.type.section'], ['fe_http', 'entity.name.section'], ['# public', 'comment.line']] },
  { language: H, text: '    bind *:80', expect: [['bind', 'keyword.other.directive'], ['*', 'constant.language.wildcard'], ['80', 'constant.numeric.port']] },
  { language: H, text: '    bind 192.168.0.10:443 ssl crt /etc/haproxy/site.pem', expect: [['192.168.0.10', 'constant.numeric.ip-address.ipv4'], ['443', 'constant.numeric.port'], ['ssl', null], ['/etc/haproxy/site.pem', '!constant']] },
  { language: H, text: '    timeout connect 5s', expect: [['timeout', 'keyword.other.directive'], ['connect', 'support.function'], ['5s', 'constant.numeric']] },
  { language: H, text: '    option httpchk GET /health', expect: [['option', 'keyword.other.directive'], ['httpchk', 'support.function']] },
  { language: H, text: '    no option http-server-close', expect: [['no', 'keyword.operator.negation'], ['http-server-close', 'support.function']] },
  { language: H, text: '    http-request deny if { path_beg /admin } !is_local', expect: [['http-request', 'keyword.other.directive'], ['deny', 'support.function'], ['if', 'keyword.control.conditional'], ['{', 'punctuation.section.braces'], ['!', 'keyword.control.conditional']] },
  { language: H, text: '    server web1 10.0.1.11:8080 check inter 3s fall 3 rise 2', expect: [['server', 'keyword.other.directive'], ['web1', 'entity.name.tag'], ['10.0.1.11', 'constant.numeric.ip-address.ipv4'], ['8080', 'constant.numeric.port'], ['3s', 'constant.numeric']] },
  { language: H, text: '    acl is_api path_beg /api', expect: [['acl', 'keyword.other.directive'], ['is_api', 'entity.name.tag']] },
  { language: H, text: '    use_backend be_api if is_api', expect: [['be_api', 'entity.name.tag'], ['if', 'keyword.control.conditional']] },
  { language: H, text: '    bind "${VIP}:443"', expect: [['"', 'string.quoted.double'], ['${VIP}', 'variable.other.environment']] },
  { language: H, text: '    bind ${VIP}:80', expect: [['${VIP}', 'variable.other.environment']] },
  { language: H, text: '    log-format "%ci:%cp [%tr] %[capture.req.hdr(0)]"', expect: [['%ci', 'constant.other.placeholder'], ['%[capture.req.hdr(0)]', 'constant.other.placeholder']] },
  { language: H, text: '    acl is_static path_end -i .css .js', expect: [['-i', 'keyword.operator.flag'], ['path_end', '!keyword.operator.flag']] },
  { language: H, text: '    http-request set-var(txn.host) req.hdr(host),lower', expect: [['set-var', 'support.function'], ['req.hdr', 'support.function.fetch'], ['host),lower', '!support.function.fetch']] },
  { language: H, text: '.if defined(HAPROXY_MWORKER)', expect: [['.if', 'keyword.control.conditional']] },
  { language: H, text: '    maxconn 4096', expect: [['maxconn', 'keyword.other.directive'], ['4096', 'constant.numeric']] },
  { language: H, text: '    tune.bufsize 16k', expect: [['tune.bufsize', 'keyword.other.directive'], ['16k', 'constant.numeric']] },
  { language: H, text: '    stats enable', expect: [['stats', 'keyword.other.directive'], ['enable', 'support.function']] },
  { language: H, text: '    bind ipv6@:::443 v4v6', expect: [['bind', 'keyword.other.directive']] },
  { language: H, text: '    server db1 [fd00::5]:3306 check', expect: [['fd00::5', 'constant.numeric.ip-address.ipv6'], ['3306', 'constant.numeric.port']] },
  { language: H, text: "    http-response set-header X-Frame-Options 'DENY'", expect: [["'DENY'", 'string.quoted.single']] },
  { language: H, text: '    http-request redirect scheme https code 301 unless { ssl_fc }', expect: [['unless', 'keyword.control.conditional'], ['301', 'constant.numeric']] },
];
