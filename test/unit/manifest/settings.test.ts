// package.json's configuration must be the server's settings: same keys, defaults, types and descriptions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, mergeSettings, SETTING_DESCRIPTIONS } from '../../../server/src/service/settings';
import { manifest } from './manifest';

const properties = manifest.contributes.configuration.properties;

/** The server's default for a dotted setting name such as `haconf.validators.enable`. */
function serverDefault(key: string): unknown {
  let v: unknown = DEFAULT_SETTINGS;
  for (const part of key.split('.').slice(1)) v = (v as Record<string, unknown>)[part];
  return v;
}

/** Dotted names of the leaves of DEFAULT_SETTINGS (a record such as `rules` is one leaf). */
function leaves(obj: Record<string, unknown>, prefix = 'haconf'): string[] {
  return Object.entries(obj).flatMap(([k, v]) => {
    const name = `${prefix}.${k}`;
    const isGroup = typeof v === 'object' && v !== null && !(name in SETTING_DESCRIPTIONS);
    return isGroup ? leaves(v as Record<string, unknown>, name) : [name];
  });
}

const jsonType = (v: unknown): string => (Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v);

describe('settings in package.json', () => {
  it('has exactly the settings the server describes', () => {
    assert.deepEqual(Object.keys(properties).sort(), Object.keys(SETTING_DESCRIPTIONS).sort());
  });

  it('describes every leaf of the server defaults', () => {
    assert.deepEqual(leaves(DEFAULT_SETTINGS as unknown as Record<string, unknown>).sort(), Object.keys(SETTING_DESCRIPTIONS).sort());
  });

  for (const key of Object.keys(SETTING_DESCRIPTIONS)) {
    it(`${key}: default, type and description match the server`, () => {
      const p = properties[key];
      assert.ok(p, `${key} missing from package.json`);
      assert.deepEqual(p.default, serverDefault(key));
      assert.equal(p.type, jsonType(serverDefault(key)));
      assert.equal(p.description, SETTING_DESCRIPTIONS[key]);
    });
  }

  it('the package.json defaults, sent back as settings, give the server defaults', () => {
    const nested: Record<string, unknown> = {};
    for (const [key, p] of Object.entries(properties)) {
      const parts = key.split('.').slice(1);
      let at = nested;
      for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
      at[parts[parts.length - 1]] = p.default;
    }
    assert.deepEqual(mergeSettings(nested), DEFAULT_SETTINGS);
  });

  it('rule overrides accept exactly the severities the server accepts', () => {
    const allowed = properties['haconf.rules'].additionalProperties?.enum ?? [];
    for (const sev of allowed) assert.equal(mergeSettings({ rules: { x: sev } }).rules.x, sev);
    assert.deepEqual(mergeSettings({ rules: { x: 'fatal' } }).rules, {});
  });

  it('untrusted workspaces cannot switch the real validators on', () => {
    const caps = (manifest as unknown as { capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } } })
      .capabilities;
    assert.ok(caps.untrustedWorkspaces.restrictedConfigurations.includes('haconf.validators.enable'));
  });
});
