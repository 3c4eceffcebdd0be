// Keywords keepalived 2.2.7 itself reports as deprecated when it reads them (from the handlers' messages),
// with what to use instead. Keyed `parent/keyword`.

export interface Deprecation {
  readonly replacement: string;
  /** The replacement keyword, when a quick fix can simply rename. */
  readonly rename?: string;
}

export const REPORTED_DEPRECATIONS: Readonly<Record<string, Deprecation>> = {
  'HTTP_GET/nb_get_retry': { replacement: "'retry'", rename: 'retry' },
  'SSL_GET/nb_get_retry': { replacement: "'retry'", rename: 'retry' },
  'global_defs/vrrp_vmac_garp_intvl': { replacement: "'vrrp_garp_extra_if'", rename: 'vrrp_garp_extra_if' },
  'vrrp_instance/vmac_garp_intvl': { replacement: "'garp_extra_if'", rename: 'garp_extra_if' },
  'vrrp_sync_group/global_tracking': { replacement: 'track_interface/track_script/track_file in the sync group' },
  'vrrp_instance/linkbeat_use_polling': { replacement: 'a linkbeat_interfaces block' },
  'vrrp_instance/lvs_sync_daemon_interface': { replacement: 'lvs_sync_daemon in global_defs' },
};

export function reportedDeprecation(parent: string, keyword: string): Deprecation | undefined {
  return REPORTED_DEPRECATIONS[`${parent}/${keyword}`];
}
