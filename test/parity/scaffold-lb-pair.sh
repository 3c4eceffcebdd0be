#!/bin/sh
# The scaffold's failover drill, steps 1 and 2, for real: two load balancers in two network namespaces
# joined by a veth pair, each with a web node (node), HAProxy (unprivileged, as the generated drop-in
# runs it) and keepalived with the generated master.conf / backup.conf. Prints one line per step reached;
# scaffold-real-tools.test.ts checks them. Waits are bounded by attempts.
# Run as root inside `unshare --mount --net --pid --fork`, with:
#   $1 stack folder (generated with interface=eth0), $2 node binary, $3/$4 passwd/group files that have
#   a keepalived_script user (they are bind-mounted over /etc/passwd and /etc/group).
set -eu
S="$1"; NODE="$2"
wait_for() { i=0; while [ "$i" -lt "$3" ]; do grep -q -- "$1" "$2" 2>/dev/null && return 0; sleep 0.25; i=$((i + 1)); done; return 1; }
healthy() { i=0; while [ "$i" -lt 160 ]; do [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8404/healthz || true)" = 200 ] && return 0; sleep 0.25; i=$((i + 1)); done; return 1; }
# one load balancer in the current namespaces: $1 = name (a|b), $2 = address, $3 = keepalived config
lb() {
    ip link set lo up
    ip addr add 192.168.1.21/32 dev lo
    for d in /run/haproxy /run/keepalived /etc/keepalived; do mkdir -p "$d" && mount -t tmpfs tmpfs "$d"; done
    chown haproxy:haproxy /run/haproxy
    install -m 0755 "$S/keepalived/notify.sh" /etc/keepalived/notify.sh
    "$NODE" -e "require('http').createServer((q, r) => { r.statusCode = q.url === '/health' ? 200 : 404; r.end('ok'); }).listen(8080, '192.168.1.21')" >/dev/null 2>&1 &
    start_haproxy
    healthy
    keepalived --dont-fork --log-console -f "$3" > "$S/$1.log" 2>&1 &
}
start_haproxy() {
    setpriv --reuid=haproxy --regid=haproxy --init-groups --inh-caps=-all,+net_bind_service \
      --ambient-caps=-all,+net_bind_service --bounding-set=-all,+net_bind_service --no-new-privs \
      haproxy -Ws -f "$S/haproxy/haproxy.cfg" -p /run/haproxy/haproxy.pid -S /run/haproxy/master.sock >/dev/null 2>&1 &
}
mount --bind "$3" /etc/passwd && mount --bind "$4" /etc/group
if [ "${PAIR_ROLE:-a}" = b ]; then
    echo ready > "$S/b.ready"
    i=0; while [ "$i" -lt 80 ] && ! ip link show ethb >/dev/null 2>&1; do sleep 0.25; i=$((i + 1)); done
    ip link set ethb name eth0 && ip link set eth0 up && ip addr add 192.168.1.12/24 dev eth0
    wait_for 'Entering MASTER STATE' "$S/a.log" 120
    lb b 192.168.1.12 "$S/keepalived/backup.conf"
    wait_for never "$S/b.log" 400 || true
    exit 0
fi
ip link add eth0 type veth peer name ethb
ip link set eth0 up && ip addr add 192.168.1.11/24 dev eth0
PAIR_ROLE=b unshare --net --mount sh "$0" "$@" &
b=$!
wait_for ready "$S/b.ready" 80
ip link set ethb netns "$b"
lb a 192.168.1.11 "$S/keepalived/master.conf"
wait_for 'Entering MASTER STATE' "$S/a.log" 80 && echo "a master"
wait_for 'Entering BACKUP STATE' "$S/b.log" 120 && echo "b backup"
sleep 3
grep -q 'Entering MASTER STATE' "$S/b.log" && echo "b took over too early"
kill "$(cat /run/haproxy/haproxy.pid)"
wait_for 'Entering MASTER STATE' "$S/b.log" 80 && echo "b master after haproxy stop"
wait_for 'Entering BACKUP STATE' "$S/a.log" 80 && echo "a backup after haproxy stop"
start_haproxy
wait_for 'effective priority from 90 to 110' "$S/a.log" 120 && echo "a healthy again"
n=$(grep -c 'Entering MASTER STATE' "$S/a.log")
i=0; while [ "$i" -lt 80 ] && [ "$(grep -c 'Entering MASTER STATE' "$S/a.log")" = "$n" ]; do sleep 0.25; i=$((i + 1)); done
[ "$(grep -c 'Entering MASTER STATE' "$S/a.log")" -gt "$n" ] && echo "a master again"
