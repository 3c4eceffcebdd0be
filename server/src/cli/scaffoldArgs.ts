// Command-line parsing for `haconf scaffold`: flags in, a typed request out, or a usage message.

export interface ScaffoldRequest {
  help: boolean;
  out?: string;
  /** `--set key=value` pairs, in order (later ones win). */
  sets: Array<[string, string]>;
  answersFile?: string;
  force: boolean;
  dryRun: boolean;
}

export type ParsedArgs = { request: ScaffoldRequest } | { usage: string };

/** Accepts `--flag value` and `--flag=value`. */
export function parseScaffoldArgs(argv: readonly string[]): ParsedArgs {
  const req: ScaffoldRequest = { help: false, sets: [], force: false, dryRun: false };
  const args = [...argv];
  while (args.length) {
    const arg = args.shift() as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (eq > 0 ? arg.slice(eq + 1) : args.shift());
    switch (flag) {
      case '-h':
      case '--help':
        req.help = true;
        break;
      case '--force':
        req.force = true;
        break;
      case '--dry-run':
        req.dryRun = true;
        break;
      case '--out':
      case '-o': {
        const v = value();
        if (!v) return { usage: '--out needs a folder' };
        req.out = v;
        break;
      }
      case '--answers': {
        const v = value();
        if (!v) return { usage: '--answers needs a JSON file' };
        req.answersFile = v;
        break;
      }
      case '--set': {
        const v = value();
        const at = v?.indexOf('=') ?? -1;
        if (!v || at <= 0) return { usage: `--set needs key=value, got "${v ?? ''}"` };
        req.sets.push([v.slice(0, at).trim(), v.slice(at + 1)]);
        break;
      }
      default:
        return { usage: `unknown argument "${arg}"` };
    }
  }
  if (!req.help && !req.out) return { usage: '--out DIR is required' };
  return { request: req };
}
