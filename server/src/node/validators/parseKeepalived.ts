// Parses `keepalived -t` output: `(FILE: Line N) text`, `(Line N) text` (the main file), `(INSTANCE) text`
// (a vrrp_instance by name), `Virtual server [addr]:proto:port: text`, or bare text about the whole
// configuration. keepalived prints some messages once per process: repeats are dropped.
import { hostReason } from './hostDependent';
import type { FindingSeverity, NameLocator, StagedPaths, ToolFinding } from './types';

function severityOf(text: string): FindingSeverity {
  return /WARNING|ignor|skipping|defaulting|Truncating|setting default|deprecated/i.test(text) ? 'warning' : 'error';
}

function locatorOf(text: string): NameLocator | undefined {
  const inst = /^\(([^()\s]+)\)/.exec(text);
  if (inst) return { kind: 'instance', name: inst[1] };
  const vs = /^Virtual server \[([^\]]+)\]:[^:]*:(\d+)/.exec(text);
  if (vs) return { kind: 'virtual_server', name: `${vs[1]} ${vs[2]}` };
  return undefined;
}

export function parseKeepalivedOutput(output: string, staged: StagedPaths): ToolFinding[] {
  const seen = new Set<string>();
  const out: ToolFinding[] = [];
  /** vrrp_scripts keepalived dropped for a host reason: "track script X not found" is then a consequence. */
  const removed = new Set<string>();
  for (const raw of output.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^\((?:(.+?): )?Line (\d+)\) ?(.*)$/.exec(line);
    const uri = m ? (m[1] ? staged.byPath.get(m[1]) : staged.mainUri) : staged.mainUri;
    if (!uri) continue; // a file keepalived included from the host
    const text = (m ? m[3] : line).replace(/\s+/g, ' ').trim();
    const lineNo = m ? Number(m[2]) - 1 : undefined;
    const key = `${uri} ${lineNo} ${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let host = hostReason('keepalived', text);
    const drop = /vrrp script (\S+) - removing/.exec(text);
    if (drop && host) removed.add(drop[1]);
    const track = /track script (\S+) not found/.exec(text);
    if (track && removed.has(track[1])) host = 'the vrrp_script was removed because of a host problem reported above';
    out.push({ uri, line: lineNo, locator: m ? undefined : locatorOf(text), severity: severityOf(text), message: text, host });
  }
  return out;
}
