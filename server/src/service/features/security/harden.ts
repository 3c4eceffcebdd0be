// Quick fix "Harden": adds sandboxing settings to the [Service] section of this file, only for checks that are open
// and settings the unit (with its drop-ins) does not set yet, chosen so the kind of service keeps working.
import type { Position, TextEdit } from 'vscode-languageserver-types';
import type { SdSection, SdTree } from '../../parser/systemd/tree';
import type { ParsedDocument, ServiceContext } from '../../types';
import { classifyExecStart, HARDEN_PROFILES, ServiceClass } from './hardenProfiles';
import { runsPrivileged } from './info';
import { collectSecurityInfo } from './collect';
import { assessSecurity } from './score';
import { serviceTrees } from './report';

/** The first command of the ExecStart= list still in effect (after the last empty reset), across files. */
function execStartOf(trees: readonly SdTree[]): string | undefined {
  let current: string[] = [];
  for (const t of trees) {
    for (const e of t.entries) {
      if (e.section?.name !== 'Service' || e.key !== 'ExecStart') continue;
      current = e.value === '' ? [] : [...current, e.value];
    }
  }
  return current[0];
}

function setKeys(trees: readonly SdTree[]): Set<string> {
  const keys = new Set<string>();
  for (const t of trees) for (const e of t.entries) if (e.section?.name === 'Service') keys.add(e.key);
  return keys;
}

export interface HardenPlan {
  readonly service: ServiceClass;
  readonly lines: string[];
  readonly why: string;
}

/** The settings Harden would add to the service made of `trees`; empty `lines` when nothing is left to add. */
export function hardenPlan(unitName: string, trees: readonly SdTree[]): HardenPlan {
  const service = classifyExecStart(execStartOf(trees));
  const info = collectSecurityInfo(unitName, trees);
  const report = assessSecurity(info);
  const open = new Set(report.openItems.map((c) => c.setting));
  const taken = setKeys(trees);
  const profile = HARDEN_PROFILES[service.kind];
  const add: Array<[string, string]> = [];
  const want = (key: string, value: string) => {
    if (!taken.has(key) && open.has(key) && !add.some(([k]) => k === key)) add.push([key, value]);
  };
  const nonRoot = !runsPrivileged(info);
  if (nonRoot && (service.kind === 'generic' || service.kind === 'database')) {
    want('CapabilityBoundingSet', [...info.ambient].join(' '));
    want('SystemCallFilter', '@system-service');
    want('RemoveIPC', 'yes');
    want('ProtectProc', 'invisible');
  }
  for (const [k, v] of profile.settings) want(k, v);
  const lines = add.map(([k, v]) => `${k}=${v}`);
  // ReadWritePaths= adds to any list the unit already has; `-` tolerates a directory that does not exist.
  if (service.kind === 'database' && add.some(([k, v]) => k === 'ProtectSystem' && v === 'strict')) {
    lines.push(`ReadWritePaths=${service.writable.map((d) => `-${d}`).join(' ')}`);
  }
  return { service, lines, why: profile.why };
}

function lastServiceSection(tree: SdTree): SdSection | undefined {
  let found: SdSection | undefined;
  for (const s of tree.sections) if (s.name === 'Service') found = s;
  return found;
}

/** Text edits that add the plan to this file (a unit file or a drop-in), after its last [Service] entry. */
export function hardenEdits(doc: ParsedDocument<SdTree>, ctx: ServiceContext): TextEdit[] {
  const s = serviceTrees(doc, ctx);
  if (!s) return [];
  const plan = hardenPlan(s.unit, s.trees);
  if (!plan.lines.length) return [];
  const block = [`# Hardened for ${plan.service.kind === 'generic' ? 'a generic daemon' : plan.service.kind}: ${plan.why}`, ...plan.lines];
  const section = lastServiceSection(doc.tree);
  if (section) {
    const last = section.entries[section.entries.length - 1];
    const at: Position = last ? last.range.end : section.headerRange.end;
    return [{ range: { start: at, end: at }, newText: `\n${block.join('\n')}` }];
  }
  const end = doc.lines.positionAt(doc.text.length);
  const lead = doc.text === '' ? '' : doc.text.endsWith('\n') ? '\n' : '\n\n';
  return [{ range: { start: end, end }, newText: `${lead}[Service]\n${block.join('\n')}\n` }];
}
