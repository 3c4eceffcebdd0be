// Units a Linux host has without the workspace defining them: systemd's own special units and the services of
// common packages an HA stack orders itself against. Names outside this list and the workspace are reported
// as information only (the host may well have them).
import { SPECIAL_UNITS } from '../../schema/systemd/specifiers';

/** systemd's special units (systemd.special(7)) beyond the ones schema/systemd describes for completion and hover. */
const MORE_SPECIAL = [
  'bluetooth.target', 'cryptsetup.target', 'ctrl-alt-del.target', 'emergency.service', 'exit.target', 'final.target',
  'first-boot-complete.target', 'getty.target', 'getty-pre.target', 'halt.target', 'hibernate.target',
  'hybrid-sleep.target', 'initrd.target', 'initrd-fs.target', 'initrd-root-fs.target', 'kexec.target',
  'local-fs-pre.target', 'nss-user-lookup.target', 'remote-fs-pre.target', 'rescue.service', 'rpcbind.target',
  'sigpwr.target', 'sleep.target', 'slices.target', 'suspend.target', 'swap.target', 'system-update.target',
  'time-set.target', 'umount.target', 'usb-gadget.target', 'integritysetup.target', 'veritysetup.target',
  'remote-cryptsetup.target', 'machines.target', 'printer.target', 'smartcard.target', 'sound.target',
  'storage-target-mode.target', 'dbus.socket', 'syslog.socket', '-.mount', '-.slice', 'init.scope', 'tmp.mount',
  'runlevel0.target', 'runlevel1.target', 'runlevel2.target', 'runlevel3.target', 'runlevel4.target',
  'runlevel5.target', 'runlevel6.target', 'display-manager.service', 'plymouth-start.service',
  'plymouth-quit.service', 'plymouth-quit-wait.service',
];

/** Services of packages commonly found next to an HA stack. */
const PACKAGES = [
  'haproxy.service', 'keepalived.service', 'nginx.service', 'apache2.service', 'httpd.service', 'ssh.service',
  'sshd.service', 'docker.service', 'docker.socket', 'containerd.service', 'podman.service', 'chrony.service',
  'chronyd.service', 'ntp.service', 'ntpd.service', 'rsyslog.service', 'syslog.service', 'cron.service',
  'crond.service', 'NetworkManager.service', 'NetworkManager-wait-online.service', 'networking.service',
  'network.service', 'firewalld.service', 'nftables.service', 'iptables.service', 'ip6tables.service',
  'netfilter-persistent.service', 'postgresql.service', 'mysql.service', 'mariadb.service', 'redis.service',
  'redis-server.service', 'memcached.service', 'pacemaker.service', 'corosync.service', 'pcsd.service',
  'conntrackd.service', 'bird.service', 'frr.service', 'consul.service', 'etcd.service', 'auditd.service',
  'polkit.service', 'dnsmasq.service', 'unbound.service', 'named.service', 'bind9.service', 'rpcbind.service',
  'nfs-server.service', 'iscsid.service', 'multipathd.service', 'snapd.service', 'cloud-init.service',
  'cloud-final.service', 'cloud-config.service', 'ifup@.service', 'wpa_supplicant.service', 'getty@.service',
  'apparmor.service', 'rpcbind.socket', 'dm-event.socket', 'dm-event.service', 'iscsi.service', 'cups.socket',
  'cups.service', 'logrotate.service', 'logrotate.timer', 'ipset.service', 'winbind.service', 'smbd.service',
  'serial-getty@.service', 'user@.service', 'lvm2-monitor.service', 'blk-availability.service', 'mdmonitor.service',
];

const KNOWN = new Set([...SPECIAL_UNITS.map(([name]) => name), ...MORE_SPECIAL, ...PACKAGES]);

/** True for a unit the host provides: listed above, systemd's own (`systemd-*`), or a kind named after a host object. */
export function isKnownSystemUnit(name: string): boolean {
  if (KNOWN.has(name)) return true;
  if (/^systemd-/.test(name)) return true;
  // mounts, devices, swaps and slices are named after host paths and devices
  return /\.(mount|automount|device|swap|slice|scope)$/.test(name);
}
