// Rules of the keepalived dialect. Codes start with 'keepalived-'; each has a page docs/rules/<code>.md.
// Severities follow `keepalived -t`: what it reports through its config-error channel is an error, what it
// only warns about (or what depends on the host) is a warning. HA rules are bestPractice warnings.
import { ruleMaker, type RuleDef } from '../ruleTypes';

const k = ruleMaker('keepalived', 'keepalived-');

export const KEEPALIVED_RULES: RuleDef[] = [
  k('unknown-keyword', 'error', "Unknown keyword '{0}' in {1}.{2}", 'A keyword keepalived does not know at this place of the file.'),
  k('wrong-block', 'error', "'{0}' is not valid in {1}; it belongs in {2}.{3}", 'A known keyword written inside a block where keepalived does not accept it.'),
  k('keyword-version', 'error', "'{0}' needs keepalived {1} or newer (checking against {2}).", 'A keyword that the keepalived release being checked against does not have yet.'),
  k('unbalanced-brace', 'error', '{0}', "A '{' that is never closed or a '}' that closes nothing."),
  k('unexpected-brace', 'error', "'{0}' takes no block: keepalived ignores this '{' and reads what follows as part of {1}.", "A '{' after a keyword that has no block."),
  k('missing-brace', 'error', "'{0}' must be followed by '{' to open its block.", "A block keyword without its opening '{'."),
  k('unterminated-quote', 'error', 'This quote is never closed.', 'A double quote without its closing quote.'),
  k('bad-meta', 'error', '{0}', 'A malformed @conditional or ~SEQ/~LST line, or a $NAME definition that uses itself (keepalived never finishes reading it).'),
  k('ha-unreplaced-variable', 'warning', "'${0}' is defined, but {1}.", 'A defined $NAME that keepalived leaves as written because of what follows it.', true),
  k('missing-argument', 'error', "'{0}' needs a value ({1}).", 'A keyword written without the value keepalived requires.'),
  k('invalid-number', 'error', "'{0}' is not a valid number for '{1}' ({2}).", 'A value that should be a number but is not one.'),
  k('out-of-range', 'error', "{0} {1} is out of range for '{2}': it must be between {3} and {4}.", 'A number outside the range keepalived accepts.'),
  k('invalid-value', 'error', "'{0}' is not a valid value for '{1}': use one of {2}.", 'A value outside the fixed set keepalived accepts (state, auth_type, lvs_sched, lvs_method, protocol …).'),
  k('bad-address', 'error', '{0}', 'An IP address or prefix length keepalived cannot parse.'),
  k('auth-pass-length', 'error', 'auth_pass is {0} characters long: keepalived keeps only the first 8 ("{1}").', 'A VRRP password longer than the 8 characters keepalived uses.'),
  k('missing-vrid', 'error', "vrrp_instance '{0}' has no virtual_router_id; keepalived refuses it.", 'A vrrp_instance without virtual_router_id.'),
  k('missing-interface', 'warning', "vrrp_instance '{0}' names no interface: keepalived uses the default interface (eth0 unless default_interface is set), which may not exist here.", 'A vrrp_instance without interface.'),
  k('missing-vip', 'warning', "vrrp_instance '{0}' has no virtual_ipaddress.", 'A vrrp_instance that moves no address (an error with VRRP version 3, IPv6 or strict mode).'),
  k('empty-script', 'error', "vrrp_script '{0}' has no script line: keepalived removes it, and every track_script naming it.", 'A vrrp_script without the script to run.'),
  k('undefined-script', 'error', "No vrrp_script named '{0}' is defined{1}; keepalived ignores this track_script entry.", 'A track_script entry naming a vrrp_script that does not exist.'),
  k('undefined-reference', 'error', "No {0} named '{1}' is defined{2}; keepalived ignores it.", 'A sync-group member or tracked object that is not defined.'),
  k('duplicate-vrid', 'error', "'{0}' and '{1}' both use VRID {2} on interface {3}.", 'Two vrrp_instances with the same virtual_router_id on the same interface.'),
  k('duplicate-track', 'error', "{0} '{1}' is listed twice for '{2}'; keepalived ignores the second entry.", 'The same tracked script, interface, process, file or BFD listed twice for one instance or group.'),
  k('nopreempt-master', 'error', "nopreempt does not work with 'state MASTER': keepalived clears nopreempt. Use 'state BACKUP' on every node.", 'nopreempt combined with an initial MASTER state.'),
  k('deprecated', 'warning', '{0} is deprecated: use {1}.', 'An old keyword or word that keepalived still accepts but asks to replace.'),
  k('ignored-setting', 'warning', '{0}', 'A setting keepalived accepts but ignores or changes, telling so when it reads the file.'),
  k('script-security', 'warning', "Scripts are used but global_defs has no enable_script_security: when the script exists on the host, `keepalived -t` exits with status 6 (security violation).", 'Scripts configured without enable_script_security.'),
  k('ha-weight-gap', 'warning', '{0}', 'A track_script/vrrp_script weight too small to move the master role to the peer.', true),
  k('ha-weight-zero', 'warning', "weight 0 on '{0}': a failure puts the instance in FAULT instead of lowering its priority.", 'A tracking weight of 0, which faults the instance instead of adjusting its priority.', true),
  k('ha-owner-tracking', 'warning', "priority 255 marks this node as the address owner: keepalived does not let tracking lower it, so '{0}' cannot move the addresses away.", 'Tracking on an instance with priority 255.', true),
  k('ha-pass-auth', 'information', 'auth_type PASS sends the password in clear text in every advert; it only guards against mistakes, not attackers.', 'PASS authentication, which anyone on the link can read.', true),
  k('ha-missing-script', 'warning', "'{0}' is a relative path that matches no file of this workspace: keepalived resolves it from its working directory, so it may not be found on the nodes. Use an absolute path.", 'A notify or check script given by a relative path that the workspace does not hold.', true),
  k('ha-script-user', 'information', 'Scripts are used but global_defs sets no script_user: keepalived runs them as the user keepalived_script if that account exists, otherwise as the user keepalived runs as (normally root).', 'Scripts configured without a global script_user.', true),
  k('ha-script-interval', 'warning', '{0}', 'A vrrp_script whose failure detection (interval × fall) is too fast or slower than its timeout allows.', true),
];
