// Bundles the extension client, the language server and the CLI into dist/.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

// The web build (VS Code for the web): the server runs in a web worker, where nothing reads the disk, so
// node-only modules are replaced by their browser stand-ins in server/src/browser/.
const webStandIns = {
  name: 'web-stand-ins',
  setup(build) {
    const standIn = (file) => () => ({ path: new URL(`server/src/browser/${file}`, import.meta.url).pathname });
    build.onResolve({ filter: /\/node\/workspaceLoader$/ }, standIn('workspaceLoader.ts'));
    build.onResolve({ filter: /^(node:)?crypto$/ }, standIn('crypto.ts'));
  },
};
const web = { ...common, platform: 'browser', target: 'es2020', mainFields: ['browser', 'module', 'main'] };

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js' }),
  esbuild.build({
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
  esbuild.build({ ...web, format: 'cjs', entryPoints: ['client/src/browser/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] }),
  esbuild.build({ ...web, format: 'iife', entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/web/server.js', plugins: [webStandIns] }),
]);
