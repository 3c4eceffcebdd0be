// TextMate grammars: structure, regexes that compile without Oniguruma-only syntax, and the scopes our
// small tokenizer gives on sample lines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { manifest, readJson } from './manifest';
import { compile, Grammar, regexSources, Rule, Token, Tokenizer } from './textmate';
import { grammarCases } from './grammarCases';

const grammars = new Map<string, Grammar>(
  manifest.contributes.grammars.map((g) => [g.language, readJson<Grammar>(g.path)]),
);

/** The scopes of each character of the first occurrence of `needle` in the tokenized text. */
function scopesOf(lines: Token[][], text: string, needle: string): string[][] {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in sample`);
  const before = text.slice(0, at).split('\n');
  const perChar = lines[before.length - 1].flatMap((t) => [...t.text].map(() => t.scopes));
  const col = before[before.length - 1].length;
  assert.ok(col + needle.length <= perChar.length, `"${needle}" runs past its line`);
  return perChar.slice(col, col + needle.length);
}

describe('grammars: structure', () => {
  it('one grammar per language, scope names as in the manifest', () => {
    assert.deepEqual([...grammars.keys()].sort(), manifest.contributes.languages.map((l) => l.id).sort());
    for (const g of manifest.contributes.grammars) assert.equal(grammars.get(g.language)?.scopeName, g.scopeName);
  });

  for (const [language, grammar] of grammars) {
    it(`${language}: every regex compiles as a unicode JavaScript regex`, () => {
      const sources = regexSources(grammar);
      assert.ok(sources.length > 10);
      for (const { where, source } of sources) assert.doesNotThrow(() => compile(source), `${where}: ${source}`);
    });

    it(`${language}: lookbehinds have a fixed length (Oniguruma refuses others)`, () => {
      for (const { where, source } of regexSources(grammar)) {
        for (const m of source.matchAll(/\(\?<[!=]((?:[^()\\]|\\.|\([^()]*\))*)\)/g)) {
          const body = m[1].replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
          assert.ok(!/[*+?{]/.test(body), `${where}: variable-length lookbehind ${m[0]}`);
        }
      }
    });

    it(`${language}: every include resolves and every rule is well formed`, () => {
      const check = (rule: Rule, where: string): void => {
        assert.equal(rule.while, undefined, `${where}: while rules are not used`);
        if (rule.include) {
          const ok = rule.include === '$self' || rule.include === '$base' || rule.include.slice(1) in grammar.repository;
          assert.ok(rule.include.startsWith('#') || rule.include.startsWith('$'), `${where}: external include ${rule.include}`);
          assert.ok(ok, `${where}: ${rule.include} does not resolve`);
        } else if (rule.begin !== undefined) assert.ok(rule.end !== undefined, `${where}: begin without end`);
        else assert.ok(rule.match !== undefined || rule.patterns, `${where}: neither match, begin nor patterns`);
        for (const key of ['name', 'contentName'] as const) {
          if (rule[key] !== undefined) assert.match(rule[key] as string, /^[a-z0-9-]+(\.[a-z0-9+-]+)*$/, `${where}: ${key}`);
        }
        rule.patterns?.forEach((r, i) => check(r, `${where}.patterns[${i}]`));
      };
      grammar.patterns.forEach((r, i) => check(r, `patterns[${i}]`));
      for (const [name, rule] of Object.entries(grammar.repository)) check(rule, name);
    });
  }
});

describe('grammars: scopes on sample lines', () => {
  for (const { language, text, expect } of grammarCases) {
    const label = text.split('\n').find((l) => l.trim()) ?? text;
    it(`${language}: ${label}`, () => {
      const grammar = grammars.get(language);
      assert.ok(grammar);
      const lines = new Tokenizer(grammar).tokenizeLines(text);
      for (const [needle, scope] of expect) {
        for (const scopes of scopesOf(lines, text, needle)) {
          if (scope === null) assert.deepEqual(scopes, [grammar.scopeName], `"${needle}" should be plain: ${scopes.join(' ')}`);
          else if (scope.startsWith('!')) assert.ok(!scopes.some((s) => s.startsWith(scope.slice(1))), `"${needle}": unwanted ${scope}`);
          else assert.ok(scopes.some((s) => s.startsWith(scope)), `"${needle}": wanted ${scope}, got ${scopes.join(' ')}`);
        }
      }
    });
  }
});
