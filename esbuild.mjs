// Bundles the extension client, the language server and the CLI into dist/.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

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

// The web build (VS Code for the web): the server runs in a web worker, where nothing reads the disk or
// starts processes. A module of server/src/node/ imported by shared server code is replaced by its stand-in
// of the same name in server/src/browser/ (which must exist), and node:crypto by browser/crypto.ts.
const webStandIns = {
  name: 'web-stand-ins',
  setup(build) {
    const browserDir = new URL('server/src/browser/', import.meta.url).pathname;
    build.onResolve({ filter: /^\.\.?\/(.*\/)?node\/[\w-]+$/ }, (args) => {
      if (!args.importer.includes('/server/src/') || args.importer.startsWith(browserDir)) return undefined;
      const file = `${browserDir}${args.path.split('/').pop()}.ts`;
      if (!existsSync(file)) return { errors: [{ text: `web build: ${args.path} is node-only; add a stand-in ${file}` }] };
      return { path: file };
    });
    build.onResolve({ filter: /^(node:)?crypto$/ }, () => ({ path: `${browserDir}crypto.ts` }));
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
