// What `vsce` puts in the .vsix: the bundles and declarative contributions, never sources or tests.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { manifest, ROOT } from './manifest';

const vsce = join(ROOT, 'node_modules', '.bin', 'vsce');

describe('packaging', { skip: existsSync(vsce) ? false : 'vsce is not installed' }, () => {
  const r = spawnSync(vsce, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', input: '', timeout: 60000 });
  const files = (r.stdout ?? '').split('\n').filter(Boolean);

  it('vsce ls succeeds', () => assert.equal(r.status, 0, r.stderr));

  it('ships every file the manifest points to', () => {
    const wanted = [
      'package.json',
      'README.md',
      'LICENSE',
      ...manifest.contributes.grammars.map((g) => g.path),
      ...manifest.contributes.snippets.map((s) => s.path),
      ...manifest.contributes.languages.map((l) => l.configuration),
    ].map((p) => p.replace(/^\.\//, ''));
    for (const w of wanted) assert.ok(files.includes(w), `${w} is not packaged`);
  });

  it('ships the built bundles when they exist, and the rule pages', () => {
    for (const f of ['dist/extension.js', 'dist/server.js', 'dist/web/extension.js', 'dist/web/server.js']) if (existsSync(join(ROOT, f))) assert.ok(files.includes(f), f);
    assert.equal(manifest.main, './dist/extension.js');
    assert.ok(files.some((f) => /^docs\/rules\/[\w-]+\.md$/.test(f)), 'no rule page');
  });

  it('ships no sources, tests, maps, dependencies or CLI', () => {
    const bad = files.filter((f) => /^(client|server|test|scripts|node_modules|out)\/|\.ts$|\.map$|^\.vscode|^dist\/cli\.js$/.test(f));
    assert.deepEqual(bad, []);
  });
});
