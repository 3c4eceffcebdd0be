// Handlers of the scaffold's custom requests, pure: the server passes in the workspace's documents and a
// random source and forwards the results.
import { PARAMS, PARAM_KEYS, paramSpec } from './params';
import { checkAnswers } from './validate';
import { generateStack } from './index';
import { defaultsFromWorkspace, TextDoc } from './workspaceDefaults';
import type { RandomSource } from './types';
import type { ScaffoldCheckParams, ScaffoldCheckResult, ScaffoldDefaultsResult, ScaffoldParams, ScaffoldResult } from './protocol';

export function scaffoldDefaults(docs: Iterable<TextDoc>): ScaffoldDefaultsResult {
  const found = defaultsFromWorkspace(docs);
  return {
    params: PARAM_KEYS.map((key) => {
      const p = PARAMS[key];
      const ws = found[key];
      return { key, title: p.title, help: p.help, defaultText: ws ?? p.defaultText, fromWorkspace: ws !== undefined, ...(p.choices ? { choices: p.choices } : {}) };
    }),
  };
}

export function scaffoldCheck(params: ScaffoldCheckParams): ScaffoldCheckResult {
  const spec = paramSpec(params?.key ?? '');
  if (!spec) return `unknown key "${params?.key}"`;
  if (params.key === 'authPass' && params.value === '') return null;
  const r = spec.parse(params.value);
  return 'error' in r ? r.error : null;
}

export function scaffold(params: ScaffoldParams, random: RandomSource): ScaffoldResult {
  const raw = params?.answers;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { files: [], errors: ['answers must be an object'], warnings: [] };
  const check = checkAnswers(raw);
  if (!check.answers) return { files: [], errors: check.errors, warnings: check.warnings };
  return { files: generateStack(check.answers, random), errors: [], warnings: check.warnings };
}
