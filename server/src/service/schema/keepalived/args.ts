// Argument facts for keywords whose values keepalived checks and rejects (keepalived 2.2.7 handlers:
// the ranges they pass to read_int/read_unsigned and the strings they compare). Keyed `parent/keyword`,
// or `*/keyword` when the facts hold in every block. Only what keepalived itself refuses is listed here.

export type ArgSpec =
  | { readonly kind: 'int'; readonly min: number; readonly max: number }
  | { readonly kind: 'decimal'; readonly min: number; readonly max: number }
  | { readonly kind: 'enum'; readonly values: readonly string[]; readonly ignoreCase?: boolean }
  | { readonly kind: 'ip' };

export interface KeywordArgs {
  /** Positional argument specs (after the keyword). Missing entries are not checked. */
  readonly args: readonly ArgSpec[];
  /** How many arguments keepalived needs at least. */
  readonly min?: number;
  /** Text shown in hover/completion for the arguments. */
  readonly signature?: string;
}

const int = (min: number, max: number): ArgSpec => ({ kind: 'int', min, max });
const dec = (min: number, max: number): ArgSpec => ({ kind: 'decimal', min, max });
const oneOf = (values: string[], ignoreCase = false): ArgSpec => ({ kind: 'enum', values, ...(ignoreCase ? { ignoreCase } : {}) });

export const STATES = ['MASTER', 'BACKUP'];
export const AUTH_TYPES = ['PASS', 'AH'];
export const LVS_SCHEDULERS = ['rr', 'wrr', 'lc', 'wlc', 'lblc', 'sh', 'mh', 'dh', 'fo', 'ovf', 'lblcr', 'sed', 'nq', 'twos'];
export const LVS_METHODS = ['NAT', 'DR', 'TUN'];
export const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
export const SCOPES = ['global', 'site', 'link', 'host', 'nowhere'];

export const KEYWORD_ARGS: Readonly<Record<string, KeywordArgs>> = {
  'vrrp_instance/priority': { args: [int(1, 255)], min: 1, signature: '1-255' },
  'vrrp_instance/virtual_router_id': { args: [int(1, 255)], min: 1, signature: '1-255' },
  'vrrp_instance/state': { args: [oneOf(STATES)], min: 1, signature: 'MASTER|BACKUP' },
  'vrrp_instance/version': { args: [int(2, 3)], min: 1, signature: '2|3' },
  'vrrp_instance/advert_int': { args: [dec(0.01, 255)], min: 1, signature: 'SECONDS' },
  'vrrp_instance/interface': { args: [], min: 1, signature: 'INTERFACE' },
  'vrrp_instance/preempt_delay': { args: [], signature: 'SECONDS' },
  'vrrp_instance/mcast_src_ip': { args: [{ kind: 'ip' }], min: 1, signature: 'IP' },
  'vrrp_instance/unicast_src_ip': { args: [{ kind: 'ip' }], min: 1, signature: 'IP' },
  'authentication/auth_type': { args: [oneOf(AUTH_TYPES)], min: 1, signature: 'PASS|AH' },
  'authentication/auth_pass': { args: [], min: 1, signature: 'PASSWORD (8 characters at most)' },
  'vrrp_script/weight': { args: [int(-253, 253)], min: 1, signature: '-253..253 [reverse]' },
  'vrrp_script/rise': { args: [int(1, 2147483647)], min: 1, signature: 'COUNT' },
  'vrrp_script/fall': { args: [int(1, 2147483647)], min: 1, signature: 'COUNT' },
  'vrrp_script/interval': { args: [int(1, 4294)], min: 1, signature: 'SECONDS' },
  'vrrp_script/script': { args: [], min: 1, signature: '"PATH [ARGS]"' },
  'vrrp_track_process/weight': { args: [], min: 1, signature: 'WEIGHT [reverse]' },
  'track_file/weight': { args: [int(-254, 254)], min: 1, signature: '-254..254 [reverse]' },
  'vrrp_track_file/weight': { args: [int(-254, 254)], min: 1, signature: '-254..254 [reverse]' },
  'virtual_server/lb_algo': { args: [oneOf(LVS_SCHEDULERS)], min: 1, signature: LVS_SCHEDULERS.join('|') },
  'virtual_server/lvs_sched': { args: [oneOf(LVS_SCHEDULERS)], min: 1, signature: LVS_SCHEDULERS.join('|') },
  'virtual_server/lb_kind': { args: [oneOf(LVS_METHODS)], min: 1, signature: 'NAT|DR|TUN' },
  'virtual_server/lvs_method': { args: [oneOf(LVS_METHODS)], min: 1, signature: 'NAT|DR|TUN' },
  'real_server/lvs_method': { args: [oneOf(LVS_METHODS)], min: 1, signature: 'NAT|DR|TUN' },
  'virtual_server/sorry_server_lvs_method': { args: [oneOf(LVS_METHODS)], min: 1, signature: 'NAT|DR|TUN' },
  'virtual_server/protocol': { args: [oneOf(PROTOCOLS, true)], min: 1, signature: 'TCP|UDP|SCTP' },
  'virtual_server/sorry_server': { args: [{ kind: 'ip' }], min: 2, signature: 'IP PORT' },
  'virtual_server/real_server': { args: [{ kind: 'ip' }], min: 1, signature: 'IP [PORT]' },
  'virtual_server/delay_loop': { args: [dec(0.000001, 18446744073709)], signature: 'SECONDS' },
  'real_server/weight': { args: [int(0, 2147483647)], min: 1, signature: '0-2147483647' },
  'virtual_server/weight': { args: [int(1, 2147483647)], min: 1, signature: '1-2147483647' },
  'global_defs/router_id': { args: [], min: 1, signature: 'NAME' },
  'global_defs/script_user': { args: [], min: 1, signature: 'USER [GROUP]' },
};

/** The argument facts of `keyword` directly inside block `parent`. */
export function argsOf(parent: string, keyword: string): KeywordArgs | undefined {
  return KEYWORD_ARGS[`${parent}/${keyword}`] ?? KEYWORD_ARGS[`*/${keyword}`];
}
