// Messages that depend on the host the tool runs on, not on the configuration: shown as information with
// the reason, never as errors, since the config may be fine on the machine it is written for.
import type { ToolName } from './types';

const RULES: Record<ToolName, Array<[RegExp, string]>> = {
  'systemd-analyze': [
    [/is not executable|No such file or directory/, 'the program is not installed on this host'],
    [/Failed to (create .*\/start|add dependency|load dependency)|Unit \S+ not found|is not loaded/, 'a unit it depends on is not installed on this host'],
    [/Failed to resolve (user|group)|Unknown (user|group)/i, 'the user or group does not exist on this host'],
    [/Unit \S+ is masked/, 'a unit is masked on this host'],
  ],
  haproxy: [
    [/cannot find (user|group) id|unknown (user|group)|cannot find (user|group)/i, 'the user or group does not exist on this host'],
    [/unable to stat SSL certificate|unable to load .*(certificate|key|file)|unable to (stat|load|open) .*\.pem|ca-file|crl-file/i, 'the certificate file is not on this host'],
    [/errorfile.*error opening file|error opening file|No such file or directory|unable to open|cannot open/i, 'the file is not on this host'],
    [/could not resolve address|Failed to initialize server\(s\) addr|unable to resolve/i, 'the DNS name does not resolve from this host'],
    [/no peer named/i, "no peer is named after this host's name"],
    [/cannot bind|Cannot bind|cannot create (listening )?socket/i, 'the address is not available on this host'],
  ],
  keepalived: [
    [/interface \S+ .*doesn't exist|Non-existent interface|Unknown interface|No such device|Cannot find an IP address to use for interface/i, 'the network interface does not exist on this host'],
    [/Unable to set default user|(default |script )user .*(does not exist|not found)|Error setting global script uid\/gid|Unable to set (uid|gid)/i, 'the script user does not exist on this host'],
    [/Unable to load (ipset|module)|Cannot (open|load) module/i, 'a kernel module or library is missing on this host'],
    [/Config files missing/i, 'the included file is not on this host (the check runs on a copy, so relative includes are not found)'],
    [/(script|file) '?\/\S+ .*(cannot be accessed|not (found|executable|accessible)|No such file)/i, 'the script is not installed on this host'],
  ],
};

/** Why a message depends on the host, or undefined when it is about the configuration. */
export function hostReason(tool: ToolName, message: string): string | undefined {
  for (const [re, why] of RULES[tool]) if (re.test(message)) return why;
  return undefined;
}
