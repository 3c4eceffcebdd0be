// Client-side shapes of the scaffold's custom LSP requests. They mirror
// server/src/service/features/scaffold/protocol.ts (the client is compiled on its own, so it cannot import it).

export const SCAFFOLD_DEFAULTS_REQUEST = 'haconf/scaffoldDefaults';
export const SCAFFOLD_CHECK_REQUEST = 'haconf/scaffoldCheck';
export const SCAFFOLD_REQUEST = 'haconf/scaffold';

export interface ScaffoldFile {
  path: string;
  content: string;
  mode: number;
}

export interface ParamInfo {
  key: string;
  title: string;
  help: string;
  defaultText: string;
  fromWorkspace: boolean;
  choices?: readonly string[];
}

export interface ScaffoldDefaultsResult {
  params: ParamInfo[];
}

export interface ScaffoldResult {
  files: ScaffoldFile[];
  errors: string[];
  warnings: string[];
}
