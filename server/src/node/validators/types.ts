// Shapes shared by the real-validator bridge: what a tool run produced, before and after locating each message.

export type ToolName = 'systemd-analyze' | 'haproxy' | 'keepalived';

export type FindingSeverity = 'error' | 'warning' | 'information';

/** Where a message points when it names a thing instead of a line (`proxy 'fe'`, `(VI_1)`, `'server be/s1'`). */
export interface NameLocator {
  readonly kind: 'proxy' | 'server' | 'section' | 'instance' | 'virtual_server';
  /** proxy/section/instance name; for a server `backend/server`; for a section `kind name`. */
  readonly name: string;
}

/** One message of a tool, its file and line known when the tool said so (line is 0-based). */
export interface ToolFinding {
  readonly uri: string;
  readonly line?: number;
  readonly locator?: NameLocator;
  readonly severity: FindingSeverity;
  /** The tool's text, the staged temp paths replaced by the file names. */
  readonly message: string;
  /** Set when the message depends on this host (missing binary, user, interface, DNS name, file): why. */
  readonly host?: string;
}

/** The staged files of one run: temp path ↔ workspace URI. */
export interface StagedPaths {
  readonly byPath: ReadonlyMap<string, string>;
  /** The file the tool was pointed at (messages without a file belong to it). */
  readonly mainUri: string;
}

export interface ToolRun {
  readonly tool: ToolName;
  readonly version?: string;
  readonly exitCode: number;
  readonly timedOut: boolean;
  readonly truncated: boolean;
  readonly findings: ToolFinding[];
  /** The files the run covered (every -f of a split HAProxy config, a unit with its drop-ins). */
  readonly uris: string[];
}
