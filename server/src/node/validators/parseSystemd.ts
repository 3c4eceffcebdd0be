// Parses `systemd-analyze verify --man=no` output: `PATH:LINE: message` lines about a staged file, and
// unit-level lines (`name.service: message`, `Unit name.service has …`) about a unit of the run. Lines about
// other units of the host are dropped.
import { hostReason } from './hostDependent';
import type { FindingSeverity, StagedPaths, ToolFinding } from './types';

/** Summary lines that only repeat that another message was fatal. */
const SUMMARY = /^Unit \S+ has a bad unit file setting\.$|Unit configuration has fatal error, unit will not be started\.$/;

function severityOf(message: string): FindingSeverity {
  return /ignoring\.?$|ignoring:|, ignoring/i.test(message) ? 'warning' : 'error';
}

function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Unit names of the staged files (`x.service`, a template also as its instance `x@i.service`). */
function unitNames(staged: StagedPaths): Map<string, string> {
  const m = new Map<string, string>();
  for (const [path, uri] of staged.byPath) {
    const base = baseOf(path);
    if (/\.conf$/.test(base)) continue;
    m.set(base, uri);
    if (base.includes('@.')) m.set(base.replace('@.', '@i.'), uri);
  }
  return m;
}

function clean(text: string, staged: StagedPaths): string {
  let t = text;
  for (const path of staged.byPath.keys()) t = t.split(path).join(baseOf(path));
  return t.trim();
}

export function parseSystemdOutput(output: string, staged: StagedPaths): ToolFinding[] {
  const units = unitNames(staged);
  const out: ToolFinding[] = [];
  const summaries: ToolFinding[] = [];
  for (const raw of output.split('\n')) {
    const line = raw.trimEnd();
    if (!line) continue;
    const loc = /^(\/[^:]*):(\d+): (.*)$/.exec(line);
    if (loc) {
      const uri = staged.byPath.get(loc[1]);
      if (!uri) continue;
      const message = clean(loc[3], staged);
      out.push({ uri, line: Number(loc[2]) - 1, severity: severityOf(message), message, host: hostReason('systemd-analyze', message) });
      continue;
    }
    const unit = /^([^\s:]+): (.*)$/.exec(line);
    let uri = unit ? units.get(unit[1]) : undefined;
    let message = unit && uri ? unit[2] : '';
    if (!uri) {
      const named = /^Unit (\S+) /.exec(line);
      uri = named ? units.get(named[1]) : undefined;
      message = line;
    }
    if (!uri) continue;
    message = clean(message, staged);
    const f: ToolFinding = { uri, severity: 'error', message, host: hostReason('systemd-analyze', message) };
    (SUMMARY.test(message) ? summaries : out).push(f);
  }
  // a summary only stands alone when the run said nothing more precise about that file
  for (const s of summaries) if (!out.some((f) => f.uri === s.uri && !f.host)) out.push(s);
  return out;
}
