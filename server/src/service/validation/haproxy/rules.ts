// Rules of the haproxy dialect. Codes start with 'haproxy-'; each has a page docs/rules/<code>.md.
import type { RuleDef } from '../ruleTypes';

const rule = (code: string, severity: RuleDef['severity'], message: string, summary: string, bestPractice = false): RuleDef =>
  bestPractice
    ? { code, language: 'haproxy', severity, message, summary, bestPractice }
    : { code, language: 'haproxy', severity, message, summary };

export const HAPROXY_RULES: RuleDef[] = [
  rule('haproxy-syntax', 'error', '{0}', 'A line haproxy cannot split into words (unmatched quote, bad escape) or an unbalanced .if/.endif block.'),
  rule('haproxy-unknown-keyword', 'error', "Unknown keyword '{0}' in '{1}' section.{2}", 'A keyword, option name or timeout kind that no known HAProxy version accepts in this section.'),
  rule('haproxy-outside-section', 'error', "'{0}' appears before any section header.", 'A directive placed before the first section (global, defaults, frontend, …).'),
  rule('haproxy-wrong-section', 'error', "'{0}' is not allowed in {1}.", 'A keyword used in a section type where haproxy refuses or ignores it.'),
  rule('haproxy-version', 'error', "'{0}' {1}", 'A keyword, section, option or value that the target HAProxy version does not have (removed, or added later).'),
  rule('haproxy-removed-keyword', 'error', "'{0}' is no longer supported; use {1}.", 'A legacy keyword that current HAProxy versions refuse.'),
  rule('haproxy-bad-time', 'error', "Invalid time '{0}' for '{1}': {2}.", 'A time value with an unknown unit or stray characters.'),
  rule('haproxy-bad-address', 'error', '{0}', 'An address whose port is out of range or not a number.'),
  rule('haproxy-bad-value', 'error', "'{0}' is not a valid {1}.{2}", 'A value outside the set haproxy accepts: balance algorithm, mode, or similar enumerations.'),
  rule('haproxy-unknown-action', 'error', "Unknown action '{0}' for '{1}'.{2}", 'An http-request/http-response/tcp-request/tcp-response action this version does not know.'),
  rule('haproxy-unknown-fetch', 'error', "Unknown sample fetch '{0}'.{1}", 'An ACL criterion or anonymous-condition fetch that the target version does not know.'),
  rule('haproxy-unknown-param', 'error', "Unknown {0} option '{1}'.{2}", 'An unknown keyword on a bind or server line.'),
  rule('haproxy-duplicate-proxy', 'error', "{0} '{1}' has the same name as the {2} declared on line {3}.", 'Two proxies with a common capability (frontend/backend) share a name.'),
  rule('haproxy-duplicate-server', 'error', "Another server named '{0}' is already defined in this backend (line {1}).", 'Two servers of one backend share a name.'),
  rule('haproxy-undefined-backend', 'error', "No backend named '{0}' is defined.{1}", 'use_backend / default_backend names a backend that does not exist.'),
  rule('haproxy-undefined-acl', 'error', "No ACL named '{0}' is defined in this proxy.{1}", 'A condition uses an ACL name that is not declared in the proxy (nor predefined).'),
  rule('haproxy-undefined-defaults', 'error', "No defaults section named '{0}'.", "'from NAME' refers to a named defaults section that does not exist before it."),
  rule('haproxy-mode-mismatch', 'error', "{0} frontend '{1}' cannot use {2} backend '{3}'.", 'An http frontend switching to a tcp backend (or the reverse), which haproxy refuses.'),
  rule('haproxy-check-without-port', 'error', "Server '{0}' is health-checked but has neither a service port nor a check port ('port').", 'A server with check whose address has no usable port and no check port, which haproxy refuses.'),
  rule('haproxy-ssl-without-crt', 'error', "'bind … ssl' without a certificate ('crt' or 'crt-list').", 'A TLS listener with no certificate, which haproxy refuses at startup.'),
  rule('haproxy-http-check-without-httpchk', 'warning', "http-check rules are ignored without 'option httpchk' in this backend.", 'http-check directives in a backend that never enables HTTP health checks.'),
  rule('haproxy-missing-timeouts', 'warning', "{0} '{1}' has no {2}.", 'A proxy without client/connect/server timeouts (haproxy warns about it).'),
  rule('haproxy-httpchk-without-check', 'warning', "'option httpchk' is set but server '{0}' has no 'check', so it is never health-checked.", 'HTTP checks configured while some servers are not checked.', true),
  rule('haproxy-all-servers-backup', 'warning', "Every server of backend '{0}' is a backup: none receives traffic while all are up.", 'A backend whose servers are all marked backup.', true),
  rule('haproxy-httpchk-no-host', 'warning', 'HTTP/1.1 health checks should send a Host header.', 'option httpchk … HTTP/1.1 without a Host header (many servers answer 400).', true),
  rule('haproxy-converter-drops-match', 'warning', "With a converter after it, '{0}' no longer matches with '-m {1}': haproxy falls back to the converter's default match (exact for strings). Write '{2}' instead.", 'An ACL shorthand such as hdr_beg(host) followed by a converter (,lower): haproxy then drops the implied match method.', true),
  rule('haproxy-maxconn-above-global', 'warning', "maxconn {0} here is above the global maxconn {1}: the global limit wins.", 'A frontend maxconn larger than the process-wide maxconn.', true),
  rule('haproxy-check-timeout-above-inter', 'warning', "timeout check ({0}) is longer than the check interval 'inter' ({1}).", 'A health-check timeout longer than the interval between checks.', true),
  rule('haproxy-unitless-timeout', 'warning', "'{0}' has no unit and means {0} milliseconds; write '{0}ms' or '{1}'.", 'A timeout written without a unit (haproxy reads milliseconds).', true),
  rule('haproxy-stats-socket-no-level', 'warning', "The stats socket has no 'mode'/'level': set who may use it and with which rights.", 'A stats socket without access mode or level.', true),
  rule('haproxy-stats-admin-exposed', 'warning', '{0}', 'The admin level of the stats socket or stats page reachable over the network without a password or address check.', true),
  rule('haproxy-unused-backend', 'information', "Backend '{0}' is never used by a frontend.", 'A backend no use_backend/default_backend (in any indexed file) refers to.', true),
  rule('haproxy-duplicate-bind', 'warning', "The address '{0}' is already bound on line {1}.", 'The same bind address twice in one frontend.', true),
];
