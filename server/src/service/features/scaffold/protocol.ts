// The custom LSP requests of the scaffold (the VS Code client mirrors these shapes in its own file).
import type { ScaffoldFile } from './types';

export const SCAFFOLD_DEFAULTS_REQUEST = 'haconf/scaffoldDefaults';
export const SCAFFOLD_CHECK_REQUEST = 'haconf/scaffoldCheck';
export const SCAFFOLD_REQUEST = 'haconf/scaffold';

export interface ParamInfo {
  key: string;
  title: string;
  help: string;
  /** The default to offer: from the workspace when it has HA files, else the built-in one. */
  defaultText: string;
  /** True when the default came from the workspace. */
  fromWorkspace: boolean;
  choices?: readonly string[];
}

export interface ScaffoldDefaultsResult {
  params: ParamInfo[];
}

export interface ScaffoldCheckParams {
  key: string;
  value: string;
}

/** null when the value is fine. */
export type ScaffoldCheckResult = string | null;

export interface ScaffoldParams {
  answers: Record<string, unknown>;
}

export interface ScaffoldResult {
  files: ScaffoldFile[];
  errors: string[];
  warnings: string[];
}
