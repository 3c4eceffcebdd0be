// The web build's stand-in for node/validators: a web worker cannot start systemd-analyze, haproxy or
// keepalived, so the bridge never runs and only haconf's own checks are shown. esbuild swaps this module in.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { HaconfSettings } from '../service/settings';
import type { HostVersions, ParsedDocument } from '../service/types';
import type { WorkspaceIndex } from '../service/workspace/index';

export interface ToolRun {
  readonly tool: string;
  readonly version?: string;
  readonly exitCode: number;
  readonly uris: string[];
}

export interface BridgeResult {
  readonly run: ToolRun;
  readonly diagnostics: Map<string, Diagnostic[]>;
}

export interface ValidatorBridge {
  validate(doc: ParsedDocument, ws: WorkspaceIndex, settings: HaconfSettings): Promise<BridgeResult | undefined>;
}

export function createValidatorBridge(_hostVersions: HostVersions = {}): ValidatorBridge {
  return { validate: async () => undefined };
}

/** No file system on the web: scripts stay unknown. */
export function noteWorkspaceScripts(_ws: WorkspaceIndex, _folderUris: string[]): number {
  return 0;
}

export function noteScript(_ws: WorkspaceIndex, _uri: string): void {}

export function mergeDiagnostics(haconf: Diagnostic[], _tool: Diagnostic[]): Diagnostic[] {
  return haconf;
}
