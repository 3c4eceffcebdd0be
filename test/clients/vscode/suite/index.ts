// The extension-test entry point: the module whose run() VS Code calls when started with
// extensionTestsPath (code-server here, or desktop VS Code through @vscode/test-electron).
// Rejects when any test fails, so both runners report a non-zero exit code.
import Mocha from 'mocha';
import { activationTests } from './activation.spec';
import { completionTests } from './completion.spec';
import { diagnosticsTests } from './diagnostics.spec';
import { navigationTests } from './navigation.spec';
import { outlineTests } from './outline.spec';
import { scaffoldTests } from './scaffold.spec';
import { settingsTests } from './settings.spec';
import { snippetTests } from './snippets.spec';
import { LineReporter } from './reporter';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, reporter: LineReporter });
  const grep = process.env.HACONF_SUITE_GREP;
  if (grep) mocha.grep(grep);
  // Define the TDD globals (suite, test, teardown…) and register the tests without loading files.
  mocha.suite.emit('pre-require', globalThis, 'haconf-suite', mocha);
  activationTests();
  completionTests();
  diagnosticsTests();
  outlineTests();
  navigationTests();
  snippetTests();
  settingsTests();
  scaffoldTests();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
}
