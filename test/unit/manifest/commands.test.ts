// Every contributed command is registered by the desktop client, and by the web client unless the
// manifest hides it on the web.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { manifest, ROOT } from './manifest';

function sources(dir: string, skip?: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return p === skip ? [] : [sources(p, skip)];
      return e.name.endsWith('.ts') ? [readFileSync(p, 'utf8')] : [];
    })
    .join('\n');
}

const clientDir = join(ROOT, 'client', 'src');
const webDir = join(clientDir, 'browser');
const registers = (code: string, id: string): boolean => code.includes(`registerCommand('${id}'`);
const menus = (manifest.contributes as { menus?: { commandPalette?: { command: string; when?: string }[] } }).menus;

describe('commands', () => {
  const desktop = sources(clientDir, webDir);
  const webOwn = sources(webDir);
  // the web client also runs the shared command modules it imports from ../commands/
  const shared = [...webOwn.matchAll(/from '\.\.\/commands\/([\w]+)'/g)].map((m) => readFileSync(join(clientDir, 'commands', `${m[1]}.ts`), 'utf8'));
  const web = [webOwn, ...shared].join('\n');

  it('contributes the haconf commands under the haconf category', () => {
    assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), ['haconf.restartServer', 'haconf.scaffold', 'haconf.showOutput', 'haconf.showSecurityReport']);
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'haconf');
    assert.equal(manifest.contributes.commands.find((c) => c.command === 'haconf.scaffold')?.title, 'New HA stack…');
  });

  for (const { command } of manifest.contributes.commands) {
    it(`${command} is registered on the desktop`, () => assert.ok(registers(desktop, command)));
    it(`${command} is registered on the web or hidden there`, () => {
      const hidden = menus?.commandPalette?.some((m) => m.command === command && /!isWeb/.test(m.when ?? ''));
      assert.ok(registers(web, command) || hidden);
    });
  }
});
