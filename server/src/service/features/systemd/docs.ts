// Markdown for a directive, enum value, section or specifier: shared by hover and completion.
import type { DirectiveSpec } from '../../schema/systemd/types';
import { DESCRIPTIONS } from '../../schema/systemd/descriptions';
import { manLink, sectionManLink } from '../../schema/systemd/index';

const KIND_TEXT: Record<string, string> = {
  string: 'a string', bool: 'a boolean (yes/no)', timespan: 'a time span (e.g. 30s, 5min, infinity)',
  unsigned: 'an unsigned integer', integer: 'an integer', size: 'a size in bytes (K, M, G suffixes)',
  limit: 'a limit (number with K/M/G suffix, percentage or infinity)', mode: 'an octal access mode',
  path: 'an absolute path', paths: 'a space-separated list of paths', exec: 'a command line with optional -@:+!| prefixes',
  units: 'a space-separated list of unit names', unit: 'a unit name', signal: 'a signal name such as SIGTERM',
  calendar: 'a calendar expression (e.g. daily, Mon *-*-* 02:00)', condition: 'a condition (prefix ! to negate, | to make it a trigger)',
  environ: 'space-separated VAR=value assignments', enum: 'one of a fixed set of values', weight: 'a weight from 1 to 10000',
  nice: 'a nice level from -20 to 19', url: 'space-separated URIs', other: 'a value (see the man page for its format)',
};

export function describe(d: DirectiveSpec): string {
  return DESCRIPTIONS[`${d.section}.${d.name}`] ?? DESCRIPTIONS[d.name] ?? `Takes ${KIND_TEXT[d.kind] ?? 'a value'}.`;
}

/** Markdown for a directive; with the target `version`, says when the target does not know it or some values. */
export function directiveMarkdown(d: DirectiveSpec, version?: number): string {
  const out = [`**${d.name}=** · [${d.section}] · ${d.dumpType.toLowerCase()}`, '', describe(d)];
  if (d.enumSpec?.values.length) {
    out.push('', ...d.enumSpec.values.map((v) => `- \`${v.value}\` — ${v.doc}${v.since ? ` (systemd ${v.since}+)` : ''}`));
    if (d.enumSpec.acceptsBool) out.push('- also a boolean (yes/no)');
  }
  if (d.since) out.push('', `Available since systemd ${d.since}.${version !== undefined && version < d.since ? ` **The target release ${version} does not know it.**` : ''}`);
  if (d.deprecated) out.push('', `Deprecated: ${d.deprecated.note}${d.deprecated.replacement ? ` (use ${d.deprecated.replacement}=)` : ''}.`);
  out.push('', `[${d.man}(5)](${manLink(d)})`);
  return out.join('\n');
}

const SECTION_TEXT: Record<string, string> = {
  Unit: 'Generic settings of every unit: description, dependencies, ordering, conditions, start limits.',
  Install: 'Read by `systemctl enable`/`disable` only: where the unit is hooked in (WantedBy=, Alias=, ...).',
  Service: 'How the service runs: commands, type, restart policy, timeouts, plus execution, sandboxing, kill and resource settings.',
  Socket: 'Sockets, FIFOs and message queues that activate a service.',
  Timer: 'When to activate a unit: calendar or monotonic timers.',
  Path: 'File system paths whose changes activate a unit.',
  Mount: 'A file system mount point managed by systemd.',
  Automount: 'An on-demand mount point.',
  Swap: 'A swap device or file.',
  Slice: 'Resource limits for a group of units.',
  Scope: 'Settings of externally created process groups.',
};

export function sectionMarkdown(name: string): string {
  return `**[${name}]**\n\n${SECTION_TEXT[name] ?? 'Section.'}\n\n[man page](${sectionManLink(name)})`;
}
