// The overall exposure, computed the way `systemd-analyze security` (systemd 252) does: each applicable check adds
// ceil(badness × weight / range) to a sum, and the exposure is ceil(sum × 100 / Σ weights) tenths, 0.0 … 10.0.
import { SECURITY_CHECKS, SecurityCheck } from './checks';
import type { SecurityInfo } from './info';

export type ExposureRating = 'PERFECT' | 'SAFE' | 'OK' | 'MEDIUM' | 'EXPOSED' | 'UNSAFE' | 'DANGEROUS';

export interface CheckResult {
  readonly id: string;
  readonly setting: string;
  readonly weight: number;
  readonly range: number;
  /** null: does not apply to this service. */
  readonly badness: number | null;
  readonly description: string;
  /** This check's share of the exposure, in tenths (what systemd prints in its EXPOSURE column × 10). */
  readonly share: number;
}

export interface SecurityReport {
  readonly unit: string;
  /** 0.0 … 10.0, one decimal, as systemd prints it. */
  readonly exposure: number;
  readonly rating: ExposureRating;
  readonly checks: readonly CheckResult[];
  /** Checks with a non-zero badness, largest share first. */
  readonly openItems: readonly CheckResult[];
}

const RATINGS: Array<[number, ExposureRating]> = [
  [100, 'DANGEROUS'],
  [90, 'UNSAFE'],
  [75, 'EXPOSED'],
  [50, 'MEDIUM'],
  [10, 'OK'],
  [1, 'SAFE'],
  [0, 'PERFECT'],
];

export function ratingOf(tenths: number): ExposureRating {
  for (const [min, name] of RATINGS) if (tenths >= min) return name;
  return 'PERFECT';
}

function assessOne(c: SecurityCheck, info: SecurityInfo): { badness: number | null; description: string } {
  if (c.defaultDepsOnly && !info.defaultDependencies) {
    return { badness: null, description: 'not applicable: the service runs in an early boot phase (DefaultDependencies=no)' };
  }
  const a = c.assess(info);
  if (a.badness === null) return { badness: null, description: 'not applicable: the service runs as root' };
  const description = a.note ?? (a.badness === 0 ? c.good : c.bad);
  return { badness: Math.min(a.badness, c.range), description: `Service ${description}` };
}

export function assessSecurity(info: SecurityInfo): SecurityReport {
  const raw = SECURITY_CHECKS.map((c) => ({ c, ...assessOne(c, info) }));
  let badnessSum = 0;
  let weightSum = 0;
  for (const r of raw) {
    if (r.badness === null) continue;
    badnessSum += Math.ceil((r.badness * r.c.weight) / r.c.range);
    weightSum += r.c.weight;
  }
  const exposureTenths = weightSum ? Math.ceil((badnessSum * 100) / weightSum) : 0;
  const checks: CheckResult[] = raw.map((r) => ({
    id: r.c.id,
    setting: r.c.setting,
    weight: r.c.weight,
    range: r.c.range,
    badness: r.badness,
    description: r.description,
    share: r.badness ? Math.ceil(Math.ceil((r.badness * r.c.weight * 100) / r.c.range) / weightSum) : 0,
  }));
  const openItems = checks.filter((c) => c.badness).sort((a, b) => b.share - a.share || b.weight - a.weight || a.id.localeCompare(b.id));
  return { unit: info.unitName, exposure: exposureTenths / 10, rating: ratingOf(exposureTenths), checks, openItems };
}
