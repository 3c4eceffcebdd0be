// The grammars and the language configuration name the same sections, blocks and enumerations as the
// typed keyword data of the server, so highlighting never disagrees with what the checker knows.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HAPROXY_VERSIONS, knowledgeFor } from '../../../server/src/service/schema/haproxy';
import { ALL_NODES, AUTH_TYPES, LVS_METHODS, LVS_SCHEDULERS, PROTOCOLS, ROOT, STATES } from '../../../server/src/service/schema/keepalived';
import { UNIT_TYPES } from '../../../server/src/service/detect';
import { manifest, readJson } from './manifest';
import type { Grammar } from './textmate';

/** The words of the first `(a|b|c)` alternation in a regex source. */
function alternation(source: string, after = ''): string[] {
  const from = after ? source.indexOf(after) + after.length : 0;
  const m = /\((?:\?:)?([\w|.-]+)\)/.exec(source.slice(from));
  assert.ok(m, `no alternation in ${source}`);
  return m[1].split('|');
}

const systemd = readJson<Grammar>('syntaxes/systemd.tmLanguage.json');
const haproxy = readJson<Grammar>('syntaxes/haproxy.tmLanguage.json');
const keepalived = readJson<Grammar>('syntaxes/keepalived.tmLanguage.json');
const haproxyConfig = readJson<{ indentationRules: Record<string, string> }>('language-configuration/haproxy.json');

describe('grammars agree with the keyword data', () => {
  const newest = knowledgeFor(HAPROXY_VERSIONS.length - 1);
  const sections = alternation(haproxy.repository.section.match as string);

  it('HAProxy: every highlighted section exists in some supported version', () => {
    for (const s of sections) assert.ok(newest.sectionMask(s) > 0, s);
  });

  it('HAProxy: every section of the keyword data is highlighted and indents its body', () => {
    const known = ['global', 'defaults', 'frontend', 'backend', 'listen', ...newest.sections.keys()].filter((s) => s !== 'crt-list');
    const indent = alternation(haproxyConfig.indentationRules.increaseIndentPattern);
    const dedent = alternation(haproxyConfig.indentationRules.decreaseIndentPattern);
    for (const s of known) {
      assert.ok(sections.includes(s), `grammar lacks ${s}`);
      assert.ok(indent.includes(s) && dedent.includes(s), `language configuration lacks ${s}`);
    }
  });

  const blocks = new Set(ALL_NODES.filter((n) => n.kind === 'block').map((n) => n.name));
  const rootNames = new Set(ROOT.children.keys());

  it('keepalived: every highlighted block opener is a top-level keyword or a block', () => {
    const opened = alternation(keepalived.repository.block.match as string, '\\s*');
    assert.ok(opened.length > 10);
    for (const b of opened) assert.ok(rootNames.has(b) || blocks.has(b), b);
  });

  it('keepalived: every block of the keyword data that is not a checker is highlighted', () => {
    const opened = new Set(alternation(keepalived.repository.block.match as string, '\\s*'));
    const checkers = new Set(alternation(keepalived.repository.checker.match as string, '\\s*'));
    const inner = new Set(['authentication', 'auth_hmac', 'url', 'host']);
    for (const b of blocks) if (!inner.has(b)) assert.ok(opened.has(b) || checkers.has(b), b);
    for (const c of checkers) assert.ok(blocks.has(c), `${c} is not a checker block`);
  });

  it('keepalived: every highlighted enumeration value is one the keyword data accepts', () => {
    const rule = (keepalived.repository.value.patterns ?? []).find((p) => p.name?.startsWith('constant.language.enum'));
    assert.ok(rule?.match);
    const values = alternation(rule.match);
    const accepted = new Set<string>([...STATES, ...AUTH_TYPES, ...LVS_METHODS, ...LVS_SCHEDULERS, ...PROTOCOLS]);
    for (const v of values) assert.ok(accepted.has(v), v);
    for (const v of accepted) assert.ok(values.includes(v), `not highlighted: ${v}`);
  });

  it('systemd: unit names, file extensions and drop-in folders cover exactly the unit types', () => {
    assert.deepEqual(alternation(systemd.repository['unit-name'].match as string, '\\.').sort(), [...UNIT_TYPES].sort());
    const lang = manifest.contributes.languages.find((l) => l.id === 'systemd-unit-file');
    const exts = (lang?.extensions ?? []).filter((e) => !e.endsWith('.in')).map((e) => e.slice(1));
    assert.deepEqual(exts.sort(), [...UNIT_TYPES].sort());
    for (const p of lang?.filenamePatterns ?? []) {
      const group = /\{([^}]*)\}/.exec(p);
      if (group) assert.deepEqual(group[1].split(',').sort(), [...UNIT_TYPES].sort(), p);
    }
  });
});
