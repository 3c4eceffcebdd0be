// Keywords whose value is a command keepalived runs (for script security and script-path checks).
import type { KeywordNode } from './tree';

const SCRIPT_KEYWORDS = new Set([
  'notify', 'notify_master', 'notify_backup', 'notify_fault', 'notify_stop', 'notify_deleted',
  'notify_master_rx_lower_pri', 'misc_path', 'notify_up', 'notify_down', 'quorum_up', 'quorum_down',
  'startup_script', 'shutdown_script', 'notify_fifo_script', 'vrrp_notify_fifo_script', 'lvs_notify_fifo_script',
]);

/** Does this keyword name a script to run? (`script` only counts inside vrrp_script.) */
export function isScriptKeyword(n: KeywordNode): boolean {
  return SCRIPT_KEYWORDS.has(n.name) || (n.name === 'script' && n.parent?.name === 'vrrp_script');
}
