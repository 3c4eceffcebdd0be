// Test outcomes collected by the driver from the extension-host suite and the UI smoke test.

export interface Outcome {
  readonly name: string;
  readonly ok: boolean;
  readonly detail?: string;
  /** How long the test took, when the runner says. */
  readonly ms?: number;
}

/** The line prefix the suite's reporter prints for each test (see suite/reporter.ts). */
export const RESULT_PREFIX = 'HACONF-TEST ';

/** Parses one reporter line (`HACONF-TEST {"name":…,"ok":…}`) or returns undefined for any other line. */
export function parseResultLine(line: string): Outcome | undefined {
  const at = line.indexOf(RESULT_PREFIX);
  if (at < 0) return undefined;
  try {
    const v = JSON.parse(line.slice(at + RESULT_PREFIX.length)) as Partial<Outcome>;
    if (typeof v.name !== 'string' || typeof v.ok !== 'boolean') return undefined;
    return { name: v.name, ok: v.ok, detail: typeof v.detail === 'string' ? v.detail : undefined, ms: typeof v.ms === 'number' ? v.ms : undefined };
  } catch {
    return undefined;
  }
}

export function printOutcome(group: string, o: Outcome): void {
  const mark = o.ok ? 'ok  ' : 'FAIL';
  const slow = o.ms !== undefined && o.ms >= 2000 ? ` (${(o.ms / 1000).toFixed(1)} s)` : '';
  console.log(`  ${mark} [${group}] ${o.name}${slow}${o.ok || !o.detail ? '' : `\n         ${o.detail.split('\n').join('\n         ')}`}`);
}
