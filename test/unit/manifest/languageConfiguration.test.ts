// language-configuration/*.json: comments, brackets, indentation and word patterns per language.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { manifest, readJson } from './manifest';

interface LanguageConfiguration {
  comments: { lineComment: string };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string }[];
  indentationRules: Record<string, string>;
  wordPattern: string;
}

const config = (id: string): LanguageConfiguration => {
  const lang = manifest.contributes.languages.find((l) => l.id === id);
  assert.ok(lang, id);
  return readJson<LanguageConfiguration>(lang.configuration);
};

/** The words VS Code would see on a line (it runs wordPattern with the g flag). */
const words = (id: string, line: string): string[] => line.match(new RegExp(config(id).wordPattern, 'g')) ?? [];

describe('language configuration', () => {
  it('uses # as the line comment of every language', () => {
    for (const id of ['systemd-unit-file', 'keepalived', 'haproxy']) assert.equal(config(id).comments.lineComment, '#');
  });

  it('pairs braces in keepalived and indents after an opening brace', () => {
    const c = config('keepalived');
    assert.deepEqual(c.brackets, [['{', '}']]);
    assert.ok(c.autoClosingPairs.some((p) => p.open === '{' && p.close === '}'));
    const inc = new RegExp(c.indentationRules.increaseIndentPattern);
    const dec = new RegExp(c.indentationRules.decreaseIndentPattern);
    assert.ok(inc.test('vrrp_instance VI_1 {'));
    assert.ok(inc.test('  virtual_ipaddress {   # the VIPs'));
    assert.ok(!inc.test('# a { in a comment'));
    assert.ok(!inc.test('  real_server 10.0.0.1 80 { weight 1 }'));
    assert.ok(dec.test('  }'));
  });

  it('indents HAProxy section bodies and dedents section headers', () => {
    const r = config('haproxy').indentationRules;
    assert.ok(new RegExp(r.increaseIndentPattern).test('backend be_app'));
    assert.ok(!new RegExp(r.increaseIndentPattern).test('    server s1 10.0.0.1:80 check'));
    assert.ok(new RegExp(r.decreaseIndentPattern).test('    frontend fe_http'));
  });

  it('indents the line after a unit line continuation', () => {
    const r = config('systemd-unit-file').indentationRules;
    assert.ok(new RegExp(r.indentNextLinePattern).test('ExecStart=/usr/bin/app \\'));
    assert.ok(!new RegExp(r.indentNextLinePattern).test('ExecStart=/usr/bin/app'));
    assert.ok(new RegExp(r.decreaseIndentPattern).test('  [Service]'));
  });

  const wordCases: [string, string, string[]][] = [
    ['systemd-unit-file', 'ExecStart=/usr/bin/app --name %i', ['ExecStart', '/usr/bin/app', '--name', '%i']],
    ['systemd-unit-file', 'Environment=PORT=${PORT}', ['Environment', 'PORT', '${PORT}']],
    ['systemd-unit-file', '[Service]', ['Service']],
    ['systemd-unit-file', 'After=network-online.target', ['After', 'network-online.target']],
    ['keepalived', 'vrrp_instance VI_1 {', ['vrrp_instance', 'VI_1']],
    ['keepalived', '@lb1 priority $PRIO', ['@lb1', 'priority', '$PRIO']],
    ['keepalived', 'virtual_ipaddress { 10.0.0.10/24 }', ['virtual_ipaddress', '10.0.0.10/24']],
    ['haproxy', 'http-request deny if { path_beg /admin }', ['http-request', 'deny', 'if', 'path_beg', '/admin']],
    ['haproxy', 'bind ${VIP}:443 ssl crt /etc/ssl/site.pem', ['bind', '${VIP}', ':443', 'ssl', 'crt', '/etc/ssl/site.pem']],
    ['haproxy', 'timeout http-keep-alive 10s', ['timeout', 'http-keep-alive', '10s']],
  ];
  for (const [id, line, expected] of wordCases) {
    it(`${id} words of "${line}"`, () => assert.deepEqual(words(id, line), expected));
  }
});
