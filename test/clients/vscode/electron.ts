// Runs the same extension-host suite in desktop VS Code through @vscode/test-electron, on machines
// where VS Code can be downloaded (or is installed: set VSCODE_EXECUTABLE to its binary).
// Usage (after `npm run build` and `node test/clients/vscode/build-suite.mjs`):
//   node --import tsx test/clients/vscode/electron.ts
// Environment: VSCODE_EXECUTABLE (skip the download), VSCODE_VERSION (default 'stable'),
//              HACONF_SUITE_GREP (run only the tests whose title matches).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = resolve(__dirname, '..', '..', '..');
  const workspace = mkdtempSync(join(tmpdir(), 'haconf-electron-ws-'));
  const exitCode = await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'vscode-suite', 'index.js'),
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    version: process.env.VSCODE_VERSION || undefined,
    // A fresh folder to write fixtures into; no other extension may answer for our languages.
    launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust'],
    extensionTestsEnv: process.env.HACONF_SUITE_GREP ? { HACONF_SUITE_GREP: process.env.HACONF_SUITE_GREP } : undefined,
  });
  process.exit(exitCode);
}

main().catch((err: unknown) => {
  console.error('the extension-host suite could not run in desktop VS Code:', err instanceof Error ? err.message : err);
  process.exit(1);
});
