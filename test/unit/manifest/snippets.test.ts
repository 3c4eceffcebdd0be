// Snippet files: well-formed VS Code snippets, enough of them, choices for enums, and no haconf error on
// any snippet placed in a whole file (the real tools check the same files in test/parity).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { newService } from '../helpers';
import { manifest, readJson } from './manifest';
import { placeSnippet, SnippetLanguage } from './snippetPlacement';
import { bodyText, expand, parseSnippet, placeholders, SnippetDefinition, SnippetNode, variants } from './snippetSyntax';

/** Variables VS Code resolves in snippets; any other `$NAME` is a `$` that should have been escaped. */
const KNOWN_VARIABLES = /^(TM_\w+|CLIPBOARD|WORKSPACE_\w+|CURRENT_\w+|RANDOM(_HEX)?|UUID|(BLOCK|LINE)_COMMENT_\w+|RELATIVE_FILEPATH|CURSOR_\w+)$/;

function variables(nodes: SnippetNode[]): string[] {
  return nodes.flatMap((n) => (n.kind === 'variable' ? [n.name, ...variables(n.children)] : n.kind === 'tabstop' ? variables(n.children) : []));
}

const snippetFiles = manifest.contributes.snippets;

describe('snippets', () => {
  it('one snippet file per language', () => {
    assert.deepEqual(snippetFiles.map((s) => s.language).sort(), manifest.contributes.languages.map((l) => l.id).sort());
  });

  for (const { language, path } of snippetFiles) {
    const snippets = readJson<Record<string, SnippetDefinition>>(path);

    it(`${language}: at least 10 snippets, with distinct prefixes`, () => {
      assert.ok(Object.keys(snippets).length >= 10, `${Object.keys(snippets).length} snippets`);
      const prefixes = Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
      assert.equal(new Set(prefixes).size, prefixes.length, 'duplicate prefix');
    });

    it(`${language}: several snippets offer choices for enumerated values`, () => {
      const withChoices = Object.values(snippets).filter((s) => placeholders(parseSnippet(bodyText(s))).some((p) => p.kind === 'choice'));
      assert.ok(withChoices.length >= 5, `${withChoices.length} snippets with choices`);
    });

    for (const [name, def] of Object.entries(snippets)) {
      it(`${language}: "${name}" is well formed`, () => {
        assert.ok(def.description?.length > 10, 'description');
        assert.ok((Array.isArray(def.prefix) ? def.prefix : [def.prefix]).every((p) => /^[\w@.-]+$/.test(p)), 'prefix');
        const nodes = parseSnippet(bodyText(def));
        const stops = placeholders(nodes);
        assert.ok(stops.some((p) => p.index > 0), 'no tab stop');
        for (const p of stops) if (p.kind === 'choice') assert.ok(p.options.length >= 2 && p.options.every((o) => o.trim()), `choice $${p.index}`);
        const defaults = new Map<number, string>();
        for (const p of stops) {
          if (p.kind !== 'tabstop' || !p.children.length) continue;
          const value = expand(p.children);
          assert.equal(defaults.get(p.index) ?? value, value, `tab stop $${p.index} has two different defaults`);
          defaults.set(p.index, value);
        }
        for (const v of variables(nodes)) assert.match(v, KNOWN_VARIABLES, `unescaped $${v}`);
        assert.doesNotMatch(expand(nodes), /\t/, 'tabs instead of spaces');
      });

      it(`${language}: "${name}" gets no haconf error once placed in a file, with any choice`, () => {
        for (const v of variants(bodyText(def))) {
          const placement = placeSnippet(language as SnippetLanguage, name, v.text);
          const service = newService();
          for (const f of placement.files) {
            const uri = `file:///srv/snippet-test/${f.path}`;
            const errors = service.diagnostics({ uri, text: f.text, version: 1 }).filter((d) => d.severity === DiagnosticSeverity.Error);
            assert.deepEqual(errors.map((d) => `${v.label} ${f.path}:${d.range.start.line + 1}: ${d.code} ${d.message}`), [], f.text);
          }
        }
      });
    }
  }
});
