// The extension manifest (package.json) as the manifest tests see it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageContribution } from './vscodeGlob';

export const ROOT = join(__dirname, '..', '..', '..');

export interface ConfigurationProperty {
  type: string;
  default: unknown;
  description?: string;
  enum?: unknown[];
  additionalProperties?: { type: string; enum?: string[] };
}

export interface Manifest {
  main: string;
  browser?: string;
  activationEvents: string[];
  engines: { vscode: string };
  contributes: {
    languages: (LanguageContribution & { configuration: string; aliases: string[] })[];
    grammars: { language: string; scopeName: string; path: string }[];
    snippets: { language: string; path: string }[];
    commands: { command: string; title: string; category?: string }[];
    configuration: { title: string; properties: Record<string, ConfigurationProperty> };
  };
}

export const manifest: Manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

export function readJson<T = unknown>(relative: string): T {
  return JSON.parse(readFileSync(join(ROOT, relative), 'utf8')) as T;
}
