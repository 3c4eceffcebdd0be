// Large, valid documents for the benchmark (each accepted by its real validator on this host).

/** haproxy: 2,000 backends × 3 servers, with one acl + use_backend pair per backend (about 20k lines). */
export function haproxyConfig(backends = 2000) {
  const out = [
    'global',
    '    log stdout format raw local0',
    '    maxconn 50000',
    '',
    'defaults',
    '    mode http',
    '    log global',
    '    option httplog',
    '    timeout connect 5s',
    '    timeout client 30s',
    '    timeout server 30s',
    '',
    'frontend www',
    '    bind 127.0.0.1:8080',
  ];
  for (let i = 0; i < backends; i++) out.push(`    acl host_${i} hdr(host) -i app${i}.example.com`);
  for (let i = 0; i < backends; i++) out.push(`    use_backend be_${i} if host_${i}`);
  out.push('    default_backend be_0', '');
  for (let i = 0; i < backends; i++) {
    out.push(`backend be_${i}`, '    balance roundrobin', '    option httpchk GET /health', '    http-check expect status 200');
    for (let s = 0; s < 3; s++) out.push(`    server s${s} 10.${(i >> 8) & 255}.${i & 255}.${s + 1}:8080 check inter 2s fall 3 rise 2`);
    out.push('');
  }
  return out.join('\n');
}

/** keepalived: 250 vrrp_instances and 2,000 virtual_servers with 3 real_servers each (about 48k lines). */
export function keepalivedConfig(instances = 250, virtualServers = 2000, iface = 'eth0') {
  const out = ['global_defs {', '    router_id bench', '}', ''];
  for (let i = 0; i < instances; i++) {
    out.push(
      `vrrp_instance VI_${i} {`,
      `    state ${i % 2 ? 'BACKUP' : 'MASTER'}`,
      `    interface ${iface}`,
      `    virtual_router_id ${i + 1}`,
      `    priority ${100 + (i % 50)}`,
      '    advert_int 1',
      '    virtual_ipaddress {',
      `        192.0.${(i >> 8) & 255}.${(i & 255) + 1}/32`,
      '    }',
      '}',
      '',
    );
  }
  for (let v = 0; v < virtualServers; v++) {
    out.push(`virtual_server 198.18.${(v >> 8) & 255}.${v & 255} 80 {`, '    lb_algo rr', '    lb_kind NAT', '    protocol TCP');
    for (let r = 0; r < 3; r++) {
      out.push(`    real_server 10.1.${v & 255}.${r + 1} 80 {`, '        weight 1', '        TCP_CHECK {', '            connect_timeout 3', '        }', '    }');
    }
    out.push('}');
  }
  return out.join('\n') + '\n';
}

/** systemd: one service unit of about 3,000 lines. */
export function systemdUnit(lines = 3000) {
  const out = ['[Unit]', 'Description=Benchmark service', 'After=network-online.target', 'Wants=network-online.target', '', '[Service]', 'Type=simple', 'ExecStart=/usr/bin/sleep infinity', 'Restart=on-failure', 'RestartSec=2s'];
  let i = 0;
  while (out.length < lines - 3) {
    out.push(i % 3 === 2 ? `ExecStartPre=/usr/bin/true step${i}` : `Environment=BENCH_VAR_${i}=value-${i}`);
    i++;
  }
  out.push('', '[Install]', 'WantedBy=multi-user.target');
  return out.join('\n') + '\n';
}
