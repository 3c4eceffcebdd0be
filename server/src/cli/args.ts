// Command-line parsing for `haconf lint`: flags in, a typed request out, or a usage error.
import type { LanguageId } from '../service/types';
import { LANGUAGE_IDS } from '../service/types';

export type OutputFormat = 'text' | 'json' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export interface LintRequest {
  format: OutputFormat;
  paths: string[];
  /** Settings for the language service, built from the version and rule flags. */
  settings: {
    systemd?: { version: string };
    haproxy?: { version: string };
    keepalived?: { version: string };
    rules: Record<string, string>;
  };
  /** Forces the dialect of files given by name (folders are still detected file by file). */
  language?: LanguageId;
  quiet: boolean;
}

export class UsageError extends Error {}

const VERSION_FLAGS = {
  '--systemd-version': 'systemd',
  '--haproxy-version': 'haproxy',
  '--keepalived-version': 'keepalived',
} as const;

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

/** Parses the arguments after `lint`. Accepts `--flag value` and `--flag=value`. */
export function parseLintArgs(argv: readonly string[]): LintRequest {
  const req: LintRequest = { format: 'text', paths: [], settings: { rules: {} }, quiet: false };
  const args = [...argv];
  let onlyPaths = false;
  while (args.length) {
    const arg = args.shift() as string;
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      req.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      const v = eq > 0 ? arg.slice(eq + 1) : args.shift();
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format' || flag === '-f') {
      const f = value();
      if (!(OUTPUT_FORMATS as readonly string[]).includes(f)) {
        throw new UsageError(`unknown format "${f}" (use ${OUTPUT_FORMATS.join(', ')})`);
      }
      req.format = f as OutputFormat;
    } else if (flag in VERSION_FLAGS) {
      req.settings[VERSION_FLAGS[flag as keyof typeof VERSION_FLAGS]] = { version: value() };
    } else if (flag === '--rule') {
      const [code, sev] = value().split(':');
      if (!code || !sev || !SEVERITIES.includes(sev)) {
        throw new UsageError(`--rule wants CODE:SEVERITY with SEVERITY one of ${SEVERITIES.join(', ')}`);
      }
      req.settings.rules[code] = sev;
    } else if (flag === '--language') {
      const l = value();
      if (!(LANGUAGE_IDS as readonly string[]).includes(l)) {
        throw new UsageError(`unknown language "${l}" (use ${LANGUAGE_IDS.join(', ')})`);
      }
      req.language = l as LanguageId;
    } else if (flag === '--quiet' || flag === '-q') {
      req.quiet = true;
    } else {
      throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (!req.paths.length) throw new UsageError('lint needs at least one file or folder');
  return req;
}
