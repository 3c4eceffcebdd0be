// SARIF 2.1.0 output of `haconf lint`, for code-scanning dashboards. Checked against the official schema in test/unit/core.
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { RULES } from '../service/validation/rules';
import type { FileReport } from './lint';
import { severityName } from './lint';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<string, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: Level };
  properties?: { tags: string[] };
}

export function formatSarif(reports: readonly FileReport[], version: string, docsBase: string, cwd = process.cwd()): string {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const ruleOf = (code: string): number => {
    let i = ruleIndex.get(code);
    if (i === undefined) {
      i = rules.length;
      ruleIndex.set(code, i);
      rules.push(describeRule(code, docsBase));
    }
    return i;
  };
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d) => {
      const code = d.code === undefined ? 'haconf' : String(d.code);
      return {
        ruleId: code,
        ruleIndex: ruleOf(code),
        level: LEVEL[severityName(d)],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: artifact(r.path, cwd), region: region(d) } }],
      };
    }),
  );
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'haconf', version, semanticVersion: version, rules } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function describeRule(code: string, docsBase: string): SarifRule {
  const def = RULES.get(code);
  const rule: SarifRule = {
    id: code,
    shortDescription: { text: def?.summary ?? code },
    defaultConfiguration: { level: LEVEL[def?.severity ?? 'error'] },
  };
  if (def) rule.helpUri = `${docsBase}${code}.md`;
  if (def?.bestPractice) rule.properties = { tags: ['best-practice'] };
  return rule;
}

/** Relative to the working folder when inside it (what code-scanning tools expect), else an absolute file URI. */
function artifact(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  }
  return { uri: pathToFileURL(abs).href };
}

/** SARIF lines and columns are 1-based; the end column points just past the last character, like LSP's. */
function region(d: Diagnostic): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  const { start, end } = d.range;
  const endBeforeStart = end.line < start.line || (end.line === start.line && end.character < start.character);
  const e = endBeforeStart ? start : end;
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}
