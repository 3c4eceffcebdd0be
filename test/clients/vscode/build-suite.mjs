// Bundles the extension-host suite (suite/index.ts) into out/vscode-suite/index.js, the module passed as
// extensionTestsPath. `vscode` and `mocha` stay external: the extension host provides the first and
// resolves the second from the repository's node_modules.
import * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
export const SUITE_BUNDLE = join(root, 'out', 'vscode-suite', 'index.js');

await esbuild.build({
  entryPoints: [join(here, 'suite', 'index.ts')],
  outfile: SUITE_BUNDLE,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
console.log(SUITE_BUNDLE);
