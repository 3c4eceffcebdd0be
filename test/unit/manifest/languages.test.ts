// The manifest's file associations and the server's detectLanguage must agree on every sample path, and
// neither may claim ordinary .conf/.cfg files.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from '../../../server/src/service/detect';
import { LANGUAGE_IDS } from '../../../server/src/service/types';
import { manifest } from './manifest';
import { globToRegExp, languageFor, LanguageContribution } from './vscodeGlob';

const U = 'systemd-unit-file';
const K = 'keepalived';
const H = 'haproxy';
const HEX = '3f2a1b9c8d7e6f50';

const UNIT_TYPES = ['service', 'socket', 'timer', 'target', 'path', 'mount', 'automount', 'swap', 'slice', 'scope', 'device'];

const samples: [string, string | undefined][] = [
  ...UNIT_TYPES.map((t): [string, string] => [`/etc/systemd/system/foo.${t}`, U]),
  ...UNIT_TYPES.map((t): [string, string] => [`/etc/systemd/system/foo.${t}.d/override.conf`, U]),
  ...UNIT_TYPES.map((t): [string, string] => [`/usr/lib/systemd/system/bar-baz.${t}.in`, U]),
  ['/etc/systemd/system/getty@.service', U],
  ['/etc/systemd/system/getty@tty1.service', U],
  ['/etc/systemd/system/healthcheck@.timer', U],
  ['/etc/systemd/system/multi-user.target.wants/nginx.service', U],
  ['/home/me/stack/systemd/ha-webapp.service.d/10-limits.conf', U],
  [`/etc/systemd/system/nginx.service.d/.#override.conf${HEX}`, U],
  [`/etc/systemd/system/.#nginx.service${HEX}`, U],
  // Drop-ins of keepalived and HAProxy are units, even inside their own folders.
  ['/etc/systemd/system/keepalived.service.d/override.conf', U],
  ['/etc/systemd/system/haproxy.service.d/override.conf', U],
  ['/home/me/stack/keepalived/keepalived.service.d/override.conf', U],
  ['/home/me/stack/haproxy/haproxy.service.d/override.conf', U],
  ['/etc/keepalived/keepalived.conf', K],
  ['/home/me/keepalived.conf', K],
  ['/home/me/keepalived.conf.bak', K],
  ['/home/me/keepalived.conf.j2', K],
  ['/etc/keepalived/conf.d/vrrp.conf', K],
  ['/etc/keepalived/master.conf', K],
  ['/srv/keepalived.d/lb1.conf', K],
  ['/home/me/stack/keepalived/backup.conf', K],
  ['/home/me/stack/haproxy/keepalived/vrrp.conf', K],
  ['/etc/haproxy/haproxy.cfg', H],
  ['/home/me/haproxy.cfg', H],
  ['/home/me/haproxy-edge.cfg', H],
  ['/etc/haproxy/conf.d/10-frontends.cfg', H],
  ['/etc/haproxy/backends.cfg', H],
  ['/srv/haproxy-config/fragments/20-backend.conf', H],
  ['/home/me/stack/keepalived/haproxy.cfg', H],
  // Not ours: other tools' .conf/.cfg files, systemd's own daemon configs, unrelated extensions.
  ['/etc/nginx/nginx.conf', undefined],
  ['/etc/systemd/system.conf', undefined],
  ['/etc/systemd/journald.conf.d/size.conf', undefined],
  ['/etc/systemd/network/10-eth0.network', undefined],
  ['/home/me/project/setup.cfg', undefined],
  ['/home/me/project/app.conf', undefined],
  ['/home/me/haproxy.cfg.j2', undefined],
  ['/home/me/notes/servicemesh.md', undefined],
  ['/home/me/project/foo.services', undefined],
  ['/home/me/project/build.targets', undefined],
  ['/home/me/project/config.ini', undefined],
];

const ours = manifest.contributes.languages;
/** VS Code's own `properties` language claims .conf and .cfg by extension; our patterns must still win. */
const builtins: LanguageContribution[] = [{ id: 'properties', extensions: ['.conf', '.cfg', '.properties'] }];

describe('manifest languages', () => {
  it('declares exactly the three server languages', () => {
    assert.deepEqual(ours.map((l) => l.id).sort(), [...LANGUAGE_IDS].sort());
  });

  for (const [path, expected] of samples) {
    it(`${path} → ${expected ?? 'not ours'}`, () => {
      const vscode = languageFor(path, [...builtins, ...ours]);
      assert.equal(vscode === 'properties' ? undefined : vscode, expected, 'VS Code association');
      assert.equal(detectLanguage(path), expected, 'server detectLanguage');
      assert.equal(detectLanguage(`file://${path}`), expected, 'server detectLanguage on a URI');
    });
  }

  it('activates on each language and points at the built client bundles', () => {
    assert.deepEqual([...manifest.activationEvents].sort(), LANGUAGE_IDS.map((id) => `onLanguage:${id}`).sort());
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, './dist/web/extension.js');
    assert.match(manifest.engines.vscode, /^\^1\.\d+\.\d+$/);
  });

  it('claims no bare .conf or .cfg extension', () => {
    for (const lang of ours) {
      for (const e of lang.extensions ?? []) assert.ok(!['.conf', '.cfg'].includes(e), `${lang.id} claims ${e}`);
      for (const p of lang.filenamePatterns ?? []) assert.ok(!/^(\*\*\/)?\*\.(conf|cfg)$/.test(p), `${lang.id} claims ${p}`);
    }
  });
});

describe('VS Code glob model', () => {
  const cases: [string, string, boolean][] = [
    ['**/*.conf', '/a/b/c.conf', true],
    ['**/*.conf', 'c.conf', true],
    ['**/x/**/*.cfg', '/x/y.cfg', true],
    ['**/x/**/*.cfg', '/a/x/b/c/y.cfg', true],
    ['**/x/**/*.cfg', '/a/xx/y.cfg', false],
    ['*.{a,b}', 'f.b', true],
    ['*.{a,b}', 'f.c', false],
    ['f[0-9]*', 'f7x', true],
    ['f[!0-9]', 'f7', false],
    ['f?', 'f/', false],
    ['*.cfg', 'a/b.cfg', false],
  ];
  for (const [glob, path, match] of cases) {
    it(`${glob} ${match ? 'matches' : 'does not match'} ${path}`, () => assert.equal(globToRegExp(glob).test(path), match));
  }
  it('prefers an exact file name, then the longest pattern, then the longest extension', () => {
    const langs: LanguageContribution[] = [
      { id: 'ext', extensions: ['.conf'] },
      { id: 'short', filenamePatterns: ['*.conf'] },
      { id: 'long', filenamePatterns: ['**/dir/*.conf'] },
      { id: 'name', filenames: ['exact.conf'] },
    ];
    assert.equal(languageFor('/dir/exact.conf', langs), 'name');
    assert.equal(languageFor('/dir/other.conf', langs), 'long');
    assert.equal(languageFor('/elsewhere/other.conf', langs), 'short');
    assert.equal(languageFor('/x/y.CONF', [langs[0]]), 'ext');
  });
});
