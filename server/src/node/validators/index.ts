// The real-validator bridge: on save, run systemd-analyze / haproxy -c / keepalived -t on staged copies of the
// saved file (and the files it needs), parse every message, and turn them into diagnostics by file.
// The web build swaps this module for server/src/browser/validators.ts (no host tools there).
import type { Diagnostic } from 'vscode-languageserver-types';
import type { HaconfSettings } from '../../service/settings';
import type { HostVersions, ParsedDocument } from '../../service/types';
import type { WorkspaceIndex } from '../../service/workspace/index';
import { runTool } from './exec';
import { toDiagnostic } from './locate';
import { parseHaproxyOutput } from './parseHaproxy';
import { parseKeepalivedOutput } from './parseKeepalived';
import { parseSystemdOutput } from './parseSystemd';
import { planRun } from './plan';
import { stage } from './stage';
import type { StagedPaths, ToolFinding, ToolName, ToolRun } from './types';

export { mergeDiagnostics } from './locate';
export { noteScript, noteWorkspaceScripts } from './workspaceScripts';
export type { ToolRun } from './types';

export interface BridgeResult {
  readonly run: ToolRun;
  /** Diagnostics of the run for every file it covered (empty lists included, to clear old ones). */
  readonly diagnostics: Map<string, Diagnostic[]>;
}

export interface ValidatorBridge {
  /** Undefined when validators are off, the tool is not installed, or the file cannot be checked alone. */
  validate(doc: ParsedDocument, ws: WorkspaceIndex, settings: HaconfSettings): Promise<BridgeResult | undefined>;
}

const COMMAND: Record<ToolName, string> = { 'systemd-analyze': 'systemd-analyze', haproxy: 'haproxy', keepalived: 'keepalived' };
const VERSION_OF: Record<ToolName, keyof HostVersions> = { 'systemd-analyze': 'systemd', haproxy: 'haproxy', keepalived: 'keepalived' };

export function parseOutput(tool: ToolName, output: string, staged: StagedPaths): ToolFinding[] {
  if (tool === 'systemd-analyze') return parseSystemdOutput(output, staged);
  if (tool === 'haproxy') return parseHaproxyOutput(output, staged);
  return parseKeepalivedOutput(output, staged);
}

export function createValidatorBridge(hostVersions: HostVersions = {}, command: Partial<Record<ToolName, string>> = {}): ValidatorBridge {
  const missing = new Set<ToolName>();
  return {
    async validate(doc, ws, settings) {
      if (!settings.validators.enable) return undefined;
      const plan = planRun(doc, ws);
      if (!plan || missing.has(plan.tool)) return undefined;
      const staged = stage(plan);
      try {
        const r = await runTool(command[plan.tool] ?? COMMAND[plan.tool], staged.args, settings.validators.timeoutMs);
        if (r.missing) {
          missing.add(plan.tool);
          return undefined;
        }
        const findings = parseOutput(plan.tool, r.output, staged);
        const run: ToolRun = {
          tool: plan.tool,
          version: hostVersions[VERSION_OF[plan.tool]],
          exitCode: r.exitCode,
          timedOut: r.timedOut,
          truncated: r.truncated,
          findings,
          uris: plan.files.map((f) => f.uri),
        };
        const diagnostics = new Map<string, Diagnostic[]>(run.uris.map((u) => [u, []]));
        for (const f of findings) diagnostics.get(f.uri)?.push(toDiagnostic(plan.tool, f, ws.get(f.uri)));
        return { run, diagnostics };
      } finally {
        staged.cleanup();
      }
    },
  };
}
