// Section templates offered at the start of an unindented line (snippets with tab stops).
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';

const TEMPLATES: ReadonlyArray<[string, string, string]> = [
  ['global', 'Process settings with logging, limits and an admin socket', 'global\n    log /dev/log local0\n    maxconn ${1:20000}\n    user haproxy\n    group haproxy\n    stats socket /run/haproxy/admin.sock mode 660 level admin\n    stats timeout 30s\n'],
  ['defaults', 'HTTP defaults with every timeout set', 'defaults\n    mode ${1|http,tcp|}\n    log global\n    option ${2|httplog,tcplog|}\n    option dontlognull\n    timeout connect ${3:5s}\n    timeout client ${4:30s}\n    timeout server ${5:30s}\n'],
  ['frontend', 'A listener that sends traffic to a backend', 'frontend ${1:www}\n    bind ${2::80}\n    default_backend ${3:app}\n'],
  ['backend', 'Health-checked servers behind a load-balancing algorithm', 'backend ${1:app}\n    balance ${2|roundrobin,leastconn,source|}\n    option httpchk GET ${3:/health}\n    http-check expect status 200\n    server ${4:app1} ${5:10.0.0.1}:${6:8080} check\n    server ${7:app2} ${8:10.0.0.2}:${6:8080} check\n'],
  ['listen', 'A statistics page', 'listen ${1:stats}\n    bind ${2:127.0.0.1:8404}\n    mode http\n    stats enable\n    stats uri ${3:/stats}\n    stats refresh 10s\n'],
  ['resolvers', 'DNS resolvers for run-time server address resolution', 'resolvers ${1:dns}\n    nameserver ${2:ns1} ${3:127.0.0.53}:53\n    resolve_retries 3\n    timeout resolve 1s\n    timeout retry 1s\n    hold valid 10s\n'],
  ['peers', 'Stick-table synchronisation between two load balancers', 'peers ${1:lb}\n    peer ${2:lb1} ${3:10.0.0.11}:10000\n    peer ${4:lb2} ${5:10.0.0.12}:10000\n'],
];

export function sectionTemplates(): CompletionItem[] {
  return TEMPLATES.map(([name, detail, body]) => ({
    label: `${name} (template)`,
    kind: CompletionItemKind.Snippet,
    detail,
    filterText: name,
    insertTextFormat: InsertTextFormat.Snippet,
    insertText: body,
    sortText: `~${name}`,
  }));
}
