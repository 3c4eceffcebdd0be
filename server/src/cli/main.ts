// Entry of the `haconf` command (bundled to dist/cli.js): dispatches to lint, scaffold and rules.
import { detectHostVersions } from '../node/hostVersions';
import { RULES } from '../service/validation/rules';
import { parseLintArgs, UsageError } from './args';
import { collectFiles } from './files';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatText, textSummary } from './formatText';
import { HELP } from './help';
import { countBySeverity, lintFiles } from './lint';
import { docsBase, packageVersion } from './packageInfo';
import { runScaffoldCommand } from './scaffoldCommand';
import { runSecurityCommand } from './securityCommand';

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        process.stderr.write(HELP); // no command is a usage error: help goes to stderr, exit 2
        return 2;
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(HELP);
        return 0;
      case '-v':
      case '--version':
      case 'version':
        process.stdout.write(`haconf ${packageVersion()}\n`);
        return 0;
      case 'lint':
        return runLint(rest);
      case 'scaffold':
        return await runScaffoldCommand(rest);
      case 'rules':
        return listRules();
      case 'security':
        return runSecurityCommand(rest);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`haconf: ${err.message}\nRun "haconf --help" for usage.\n`);
      return 2;
    }
    throw err;
  }
}

function runLint(args: readonly string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  const req = parseLintArgs(args);
  const { files, problems } = collectFiles(req.paths, req.language);
  for (const p of problems) process.stderr.write(`haconf: ${p}\n`);
  const version = packageVersion();
  const base = docsBase();
  const { reports, crashes } = lintFiles(files, { settings: req.settings, hostVersions: detectHostVersions(), docsBase: base });
  for (const c of crashes) process.stderr.write(`haconf: internal error while checking ${c.path} (please report it):\n${c.error}\n`);
  if (req.format === 'json') process.stdout.write(formatJson(reports, version));
  else if (req.format === 'sarif') process.stdout.write(formatSarif(reports, version, base));
  else {
    process.stdout.write(formatText(reports, req.quiet));
    process.stderr.write(textSummary(reports));
  }
  if (problems.length || crashes.length) return 2;
  return countBySeverity(reports).error > 0 ? 1 : 0;
}

function listRules(): number {
  const rows = [...RULES.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const r of rows) {
    process.stdout.write(`${r.code}\t${r.severity}${r.bestPractice ? ' (best practice)' : ''}\t${r.summary}\n`);
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`haconf: internal error: ${(err as Error)?.stack ?? err}\n`);
      process.exitCode = 2;
    },
  );
}
