// Rules of the systemd dialect. Codes start with 'systemd-'; each has a page docs/rules/<code>.md.
import type { RuleDef } from '../ruleTypes';

const L = 'systemd-unit-file' as const;

export const SYSTEMD_RULES: RuleDef[] = [
  { code: 'systemd-syntax', language: L, severity: 'error', message: '{0}', summary: 'A line systemd cannot read: a broken section header, a line without "=", an assignment before any section.' },
  { code: 'systemd-unknown-section', language: L, severity: 'error', message: '{0}', summary: 'A section systemd does not know, or one this unit type does not read; systemd ignores all of it.' },
  { code: 'systemd-unknown-directive', language: L, severity: 'error', message: "Unknown directive '{0}' in [{1}]; systemd ignores it.{2}", summary: 'A key systemd does not know in this section (typos, wrong case); systemd ignores the line.' },
  { code: 'systemd-wrong-section', language: L, severity: 'error', message: '{0}= belongs in [{1}], not [{2}]; systemd ignores it here.', summary: 'A known directive placed in a section where systemd does not read it.' },
  { code: 'systemd-legacy-placement', language: L, severity: 'warning', bestPractice: true, message: '{0}= belongs in [Unit]; systemd still reads it in [Service] for compatibility.', summary: 'A start-limit or failure-action setting in [Service], where systemd only accepts it for compatibility.' },
  { code: 'systemd-invalid-value', language: L, severity: 'error', message: "Invalid value for {0}=: '{1}' {2}; systemd ignores the line.", summary: 'A value systemd cannot parse for the directive type (boolean, time span, enum, number, signal, ...).' },
  { code: 'systemd-newer-directive', language: L, severity: 'error', message: '{0}= needs systemd {1}; the target release {2} does not know it and ignores it.', summary: 'A directive introduced after the systemd release you target (haconf.systemd.version).' },
  { code: 'systemd-newer-value', language: L, severity: 'error', message: "'{0}' for {1}= needs systemd {2}; release {3} rejects it.", summary: 'A value introduced after the systemd release you target.' },
  { code: 'systemd-unknown-specifier', language: L, severity: 'error', message: "Unknown specifier '%{0}' in {1}=; systemd cannot resolve it and ignores the line (write %% for a literal percent sign).", summary: 'A % specifier systemd does not know, which makes it reject the whole setting.' },
  { code: 'systemd-invalid-exec', language: L, severity: 'error', message: 'This {0}= command {1}; systemd rejects it.', summary: 'A command line systemd cannot use: bad prefixes, a relative path, an empty command, unbalanced quotes.' },
  { code: 'systemd-exec-escape', language: L, severity: 'warning', message: "Unknown escape sequence '{0}' in {1}=; systemd keeps it literally and warns. Write '\\\\' for a backslash.", summary: 'A backslash escape systemd does not know in a command line.' },
  { code: 'systemd-deprecated', language: L, severity: 'warning', message: '{0}= is deprecated: {1}.', summary: 'A deprecated directive systemd still reads but warns about.' },
  { code: 'systemd-legacy-name', language: L, severity: 'information', bestPractice: true, message: '{0}= is a legacy name: {1}.', summary: 'An old spelling systemd still accepts silently; the current name is clearer.' },
  { code: 'systemd-removed-directive', language: L, severity: 'warning', message: 'Support for {0}= has been removed; systemd ignores it.{1}', summary: 'A directive systemd only recognises to say it is no longer supported.' },
  { code: 'systemd-duplicate-directive', language: L, severity: 'warning', bestPractice: true, message: '{0}= is set more than once in [{1}]; only the last value counts.', summary: 'A single-value directive assigned twice in a section: the earlier value is silently overridden.' },
  { code: 'systemd-missing-required', language: L, severity: 'error', message: '{0}', summary: 'A setting without which systemd refuses to load the unit (ExecStart=, a timer trigger, a Listen*= line, ...).' },
  { code: 'systemd-inline-comment', language: L, severity: 'error', message: "systemd has no inline comments: '{0}' is part of the {1}= value, which makes it invalid.", summary: 'A `# comment` after a value; systemd reads it as part of the value and rejects the line.' },
  { code: 'systemd-inline-comment-text', language: L, severity: 'warning', bestPractice: true, message: "systemd has no inline comments: '{0}' becomes part of the {1}= value.", summary: 'A `# comment` after a free-text value or command line; systemd keeps it as part of the value.' },
  { code: 'systemd-oneshot-restart', language: L, severity: 'error', message: 'Restart={0} is not allowed with Type=oneshot; systemd refuses to load the service.', summary: 'Type=oneshot combined with Restart=always or on-success, which systemd refuses.' },
  { code: 'systemd-multiple-exec-start', language: L, severity: 'error', message: 'More than one ExecStart= is only allowed for Type=oneshot; systemd refuses to load the service.', summary: 'Several ExecStart= lines in a service that is not Type=oneshot.' },
  { code: 'systemd-requires-without-after', language: L, severity: 'warning', bestPractice: true, message: '{0}={1} without After={1}: both units start in parallel, so this one may start before its dependency is up.', summary: 'Requires=/BindsTo= without the matching After=, so no start order is enforced.' },
  { code: 'systemd-network-online-incomplete', language: L, severity: 'warning', bestPractice: true, message: '{0}', summary: 'network-online.target ordered without being pulled in, or pulled in without ordering.' },
  { code: 'systemd-watchdog-without-notify', language: L, severity: 'warning', bestPractice: true, message: 'WatchdogSec= only works when the service sends WATCHDOG=1 through sd_notify; with Type={0} it is usually a mistake.', summary: 'WatchdogSec= on a service that is not Type=notify, which rarely speaks the notify protocol.' },
  { code: 'systemd-restart-never-gives-up', language: L, severity: 'warning', bestPractice: true, message: '{0}', summary: 'Restart settings whose start limit can never trip, so a crashing service restarts forever.' },
  { code: 'systemd-unbounded-wait-loop', language: L, severity: 'warning', bestPractice: true, message: '{0}', summary: 'A shell wait loop in an Exec*= line with no time bound of its own.' },
];
