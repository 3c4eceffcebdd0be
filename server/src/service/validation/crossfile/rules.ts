// Rules that span files (codes `ha-…`): the real validators read one file at a time, so every one of these is
// an HA best-practice check haconf adds; each is reported in every file involved.
import { ruleMaker, type RuleDef } from '../ruleTypes';

const make = ruleMaker('any', 'ha-');
const r = (code: string, severity: RuleDef['severity'], message: string, summary: string): RuleDef => make(code, severity, message, summary, true);

export const CROSSFILE_RULES: RuleDef[] = [
  r('vrid-mismatch', 'warning', '{0}', 'The nodes of one VRRP router (same VIP) use different virtual_router_id values.'),
  r('vip-mismatch', 'warning', '{0}', 'The nodes of one VRRP router list different virtual_ipaddress entries.'),
  r('auth-mismatch', 'warning', '{0}', 'The nodes of one VRRP router use different authentication types or passwords.'),
  r('advert-mismatch', 'warning', '{0}', 'The nodes of one VRRP router use different advert_int values.'),
  r('priority-clash', 'warning', '{0}', 'Two nodes of one VRRP router have the same priority.'),
  r('master-priority', 'warning', '{0}', 'The node that starts as MASTER does not have the highest priority of its router.'),
  r('nopreempt-master', 'warning', '{0}', 'nopreempt on one node while another node of the router starts as MASTER.'),
  r('unicast-asymmetric', 'warning', '{0}', "The unicast_peer lists of a router's nodes do not name each other."),
  r('vrid-collision', 'warning', '{0}', 'One virtual_router_id on one interface used by two different VRRP routers.'),
  r('check-not-haproxy', 'warning', '{0}', 'A VRRP instance in a stack with HAProxy tracks nothing that watches HAProxy.'),
  r('vip-nonlocal-bind', 'warning', '{0}', 'HAProxy binds a virtual IP without transparent/freebind and no net.ipv4.ip_nonlocal_bind is set in the workspace.'),
  r('peers-mismatch', 'warning', '{0}', 'The HAProxy peers sections of one stack differ between the load balancers.'),
  r('app-port-mismatch', 'warning', '{0}', "A backend's servers are checked on another port than the application unit listens on."),
  r('app-health-path', 'warning', '{0}', "A backend's HTTP health check asks another path than the application unit's health endpoint."),
  r('unknown-unit', 'information', '{0}', 'A unit named in After=/Requires=/OnFailure=… that is neither in the workspace nor a well-known system unit.'),
  r('script-not-executable', 'warning', '{0}', 'A script the stack runs is in the workspace without the executable bit.'),
  r('ordering-cycle', 'warning', '{0}', 'After=/Before= settings of the workspace units form a cycle.'),
];
