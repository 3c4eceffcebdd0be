// `haconf scaffold`: answers from defaults, an answers file and --set flags; the pure generator makes the
// files; the writer puts them in the output folder safely.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { checkAnswers, generateStack, ScaffoldFile } from '../service/features/scaffold/index';
import { parseScaffoldArgs, ScaffoldRequest } from './scaffoldArgs';
import { scaffoldHelp } from './scaffoldHelp';
import { applyPlan, planWrite, WritePlan } from './scaffoldWriter';

export interface ScaffoldIo {
  out(text: string): void;
  err(text: string): void;
}

const stdio: ScaffoldIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

export async function runScaffoldCommand(args: string[], io: ScaffoldIo = stdio): Promise<number> {
  const parsed = parseScaffoldArgs(args);
  if ('usage' in parsed) {
    io.err(`haconf scaffold: ${parsed.usage}\nRun "haconf scaffold --help" for usage.\n`);
    return 2;
  }
  const req = parsed.request;
  if (req.help) {
    io.out(scaffoldHelp());
    return 0;
  }
  const raw = readAnswers(req, io);
  if (!raw) return 2;
  const check = checkAnswers(raw);
  for (const w of check.warnings) io.err(`haconf scaffold: warning: ${w}\n`);
  if (!check.answers) {
    for (const e of check.errors) io.err(`haconf scaffold: ${e}\n`);
    return 2;
  }
  const files = generateStack(check.answers, (n) => randomBytes(n));
  const plan = planWrite(req.out as string, files);
  return finish(plan, req, io);
}

/** Defaults < answers file < --set. */
function readAnswers(req: ScaffoldRequest, io: ScaffoldIo): Record<string, unknown> | undefined {
  let raw: Record<string, unknown> = {};
  if (req.answersFile) {
    try {
      const json: unknown = JSON.parse(readFileSync(req.answersFile, 'utf8'));
      if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('not a JSON object');
      raw = json as Record<string, unknown>;
    } catch (err) {
      io.err(`haconf scaffold: cannot read answers from ${req.answersFile}: ${(err as Error).message}\n`);
      return undefined;
    }
  }
  for (const [key, value] of req.sets) raw[key] = value;
  return raw;
}

function finish(plan: WritePlan, req: ScaffoldRequest, io: ScaffoldIo): number {
  for (const r of plan.refused) io.err(`haconf scaffold: refused ${r}\n`);
  if (plan.refused.length) return 1;
  const clashes = plan.writes.filter((w) => w.exists);
  if (req.dryRun) {
    io.out(`Would write ${plan.writes.length} files into ${plan.outDir}:\n`);
    for (const w of plan.writes) io.out(`  ${mode(w.file)}  ${w.file.path}${w.exists ? (w.identical ? '  (exists, identical)' : '  (exists)') : ''}\n`);
    return 0;
  }
  if (clashes.length && !req.force) {
    io.err(`haconf scaffold: ${clashes.length} file(s) already exist in ${plan.outDir}; nothing was written (use --force to overwrite):\n`);
    for (const c of clashes) io.err(`  ${c.file.path}${c.identical ? '  (identical)' : ''}\n`);
    return 1;
  }
  const errors = applyPlan(plan);
  for (const e of errors) io.err(`haconf scaffold: could not write ${e}\n`);
  io.out(`Wrote ${plan.writes.length - errors.length} files into ${plan.outDir}${clashes.length ? ` (${clashes.length} overwritten)` : ''}; start with README.md.\n`);
  return errors.length ? 1 : 0;
}

const mode = (f: ScaffoldFile): string => `0${f.mode.toString(8)}`;

