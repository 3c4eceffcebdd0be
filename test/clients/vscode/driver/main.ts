// Runs the VS Code tests inside code-server: the extension-host suite, the UI smoke test, then the
// try-it check (npm run try brings a workbench up, Ctrl+C takes it down).
// Usage: node --import tsx test/clients/vscode/driver/main.ts <code-server entry.js> [--vsix haconf.vsix]
//        [--only exthost|ui|try] [--extension-path DIR] [--verbose]
// Prints every outcome and a closing line "N passed, N failed"; exits 1 when anything failed.
import { resolve } from 'node:path';
import { runExtensionHostSuite } from './extHost';
import { Outcome, printOutcome } from './results';
import { runTryIt } from './tryIt';
import { runUiSmokeTest } from './ui';

interface Args {
  entry: string;
  /** Folder of the extension under test in the extension-host suite (default: the repository). */
  extensionPath?: string;
  vsix?: string;
  only?: string;
  verbose: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { entry: '', verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--vsix') args.vsix = resolve(argv[++i]);
    else if (a === '--only') args.only = argv[++i];
    else if (a === '--extension-path') args.extensionPath = resolve(argv[++i]);
    else if (a === '--verbose') args.verbose = true;
    else args.entry = resolve(a);
  }
  if (!args.entry) throw new Error('usage: main.ts <code-server entry.js> [--vsix FILE] [--only exthost|ui|try] [--extension-path DIR] [--verbose]');
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const root = resolve(__dirname, '..', '..', '..', '..');
  const all: Outcome[] = [];

  if (!args.only || args.only === 'exthost') {
    console.log('VS Code extension-host suite (code-server, headless chromium)');
    const run = await runExtensionHostSuite({
      entry: args.entry,
      extensionPath: args.extensionPath ?? root,
      testsPath: resolve(root, 'out', 'vscode-suite', 'index.js'),
      verbose: args.verbose,
    });
    run.outcomes.forEach((o) => printOutcome('ext host', o));
    if (run.exitCode !== 0 && !run.outcomes.some((o) => !o.ok)) {
      run.outcomes.push({ name: 'extension-host suite exit code', ok: false, detail: `exit code ${run.exitCode} without a failed test` });
      printOutcome('ext host', run.outcomes[run.outcomes.length - 1]);
    }
    if (run.outcomes.length === 0) {
      run.outcomes.push({ name: 'extension-host suite ran', ok: false, detail: 'no test reported a result' });
      printOutcome('ext host', run.outcomes[0]);
    }
    all.push(...run.outcomes);
  }

  if (!args.only || args.only === 'ui') {
    console.log('VS Code UI smoke test (code-server workbench, playwright)');
    if (!args.vsix) throw new Error('the UI smoke test needs --vsix');
    const outcomes = await runUiSmokeTest({ entry: args.entry, vsix: args.vsix, root, verbose: args.verbose });
    outcomes.forEach((o) => printOutcome('ui', o));
    all.push(...outcomes);
  }

  if (!args.only || args.only === 'try') {
    console.log('npm run try (scripts/try.sh with a temporary workspace, then Ctrl+C)');
    if (!args.vsix) throw new Error('the try-it check needs --vsix');
    const outcomes = await runTryIt(root, args.vsix, resolve(root, 'test-results'), args.verbose);
    outcomes.forEach((o) => printOutcome('try', o));
    all.push(...outcomes);
  }

  const failed = all.filter((o) => !o.ok).length;
  console.log(`${all.length - failed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
