// `haconf security [--json] FILE...`: the exposure score (as `systemd-analyze security` of systemd 252 computes it)
// and the open items of every service unit named; drop-ins named alongside are applied to their unit.
import { pathToFileURL } from 'url';
import { createLanguageService } from '../service/languageService';
import { securityReport, SecurityReport } from '../service/features/security/index';
import { owningUnit } from '../service/features/security/unitFiles';
import type { SdTree } from '../service/parser/systemd/tree';
import type { ParsedDocument, ServiceContext } from '../service/types';
import { collectFiles } from './files';

export interface SecurityIo {
  out(text: string): void;
  err(text: string): void;
}

const stdio: SecurityIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

export const SECURITY_HELP = `Usage: haconf security [--json] [--fail-above N] FILE|FOLDER...

Scores each service unit the way "systemd-analyze security" (systemd 252) does, without running it:
0.0 is locked down, 10.0 fully exposed. Drop-ins (<unit>.d/*.conf) named or found in the folders are applied to
their unit. Prints the score, the rating and the open items (largest share first).

  --json             one JSON document: [{ path, unit, exposure, rating, openItems: [...] }]
  --fail-above N     exit 1 when a unit's exposure is above N (0.0 … 10.0), for CI
`;

export interface UnitScore {
  path: string;
  unit: string;
  report: SecurityReport;
}

/** Score the service units among `paths` (pure apart from reading the files). */
export function scoreFiles(paths: readonly string[]): { scores: UnitScore[]; problems: string[] } {
  const { files, problems } = collectFiles(paths, 'systemd-unit-file');
  const service = createLanguageService({});
  const units = files.filter((f) => f.language === 'systemd-unit-file');
  const docs = units.map((f) => {
    const uri = pathToFileURL(f.absolute).href;
    service.workspace.upsertFromDisk(uri, f.language, f.text);
    return { f, uri };
  });
  const ctx: ServiceContext = { settings: service.settings, workspace: service.workspace, docsBase: '', hostVersions: {} };
  const scores: UnitScore[] = [];
  const done = new Set<string>();
  // Unit files first; a drop-in is scored only when its unit file was not among the files.
  const ordered = [...docs].sort((a, b) => Number(isDropIn(a.uri, service)) - Number(isDropIn(b.uri, service)));
  for (const { f, uri } of ordered) {
    const doc = service.workspace.get(uri) as ParsedDocument<SdTree> | undefined;
    if (!doc || doc.tree.unitType !== 'service') continue;
    const unit = owningUnit(uri, doc.tree.dropIn);
    if (done.has(unit)) continue;
    const report = securityReport(doc, ctx);
    if (!report) continue;
    done.add(unit);
    scores.push({ path: f.path, unit, report });
  }
  return { scores, problems };
}

function isDropIn(uri: string, service: ReturnType<typeof createLanguageService>): boolean {
  return (service.workspace.get(uri)?.tree as SdTree | undefined)?.dropIn ?? false;
}

export function formatSecurityText(scores: readonly UnitScore[]): string {
  const out: string[] = [];
  for (const s of scores) {
    const r = s.report;
    out.push(`${s.path}: ${s.unit} exposure ${r.exposure.toFixed(1)} ${r.rating} (${r.openItems.length} open items)`);
    for (const c of r.openItems) {
      const share = `+${(c.share / 10).toFixed(1)}`;
      out.push(`  ${share.padStart(5)}  ${c.id.padEnd(48)} ${c.description}`);
    }
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

export function formatSecurityJson(scores: readonly UnitScore[]): string {
  const rows = scores.map((s) => ({
    path: s.path,
    unit: s.unit,
    exposure: s.report.exposure,
    rating: s.report.rating,
    openItems: s.report.openItems.map((c) => ({
      id: c.id,
      setting: c.setting,
      badness: c.badness,
      range: c.range,
      weight: c.weight,
      exposure: c.share / 10,
      description: c.description,
    })),
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

interface SecurityArgs {
  json: boolean;
  failAbove?: number;
  paths: string[];
}

function parseArgs(args: readonly string[]): SecurityArgs | string {
  const out: SecurityArgs = { json: false, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') out.json = true;
    else if (a === '--fail-above' || a.startsWith('--fail-above=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      const n = Number(v);
      if (v === undefined || v === '' || !Number.isFinite(n) || n < 0 || n > 10) return `--fail-above needs a number from 0 to 10, got "${v ?? ''}"`;
      out.failAbove = n;
    } else if (a.startsWith('-') && a !== '-') return `unknown option "${a}"`;
    else out.paths.push(a);
  }
  return out.paths.length ? out : 'no files given';
}

export function runSecurityCommand(args: readonly string[], io: SecurityIo = stdio): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(SECURITY_HELP);
    return 0;
  }
  const req = parseArgs(args);
  if (typeof req === 'string') {
    io.err(`haconf security: ${req}\nRun "haconf security --help" for usage.\n`);
    return 2;
  }
  const { scores, problems } = scoreFiles(req.paths);
  for (const p of problems) io.err(`haconf security: ${p}\n`);
  io.out(req.json ? formatSecurityJson(scores) : formatSecurityText(scores));
  if (!scores.length && !problems.length) io.err('haconf security: no service units among the files given\n');
  if (problems.length) return 2;
  const limit = req.failAbove;
  return limit !== undefined && scores.some((s) => s.report.exposure > limit) ? 1 : 0;
}
