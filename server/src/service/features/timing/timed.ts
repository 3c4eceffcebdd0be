// A duration with the formula that produced it, so a reader can check the number.

export interface Timed {
  /** Seconds (not rounded). */
  readonly seconds: number;
  /** e.g. `3 × advert_int + (256 − priority) / 256 × advert_int = 3 × 1 s + (256 − 150) / 256 × 1 s = 3.414 s`. */
  readonly formula: string;
}

/** Seconds as a reader wants them: at most 3 decimals, in s below 2 min, in min below 2 h, else in h. */
export function fmt(seconds: number): string {
  if (!Number.isFinite(seconds)) return '∞';
  if (seconds >= 7200) return `${+(seconds / 3600).toFixed(3)} h`;
  if (seconds >= 120) return `${+(seconds / 60).toFixed(3)} min`;
  return `${+seconds.toFixed(3)} s`;
}

/** Build a Timed from a symbolic formula, the same formula with values, and the result. */
export function timed(seconds: number, symbolic: string, withValues: string): Timed {
  const plain = withValues === symbolic || withValues === fmt(seconds);
  return { seconds, formula: plain ? `${symbolic} = ${fmt(seconds)}` : `${symbolic} = ${withValues} = ${fmt(seconds)}` };
}

/** Sum of steps along a path, with each step named. */
export function sum(steps: ReadonlyArray<{ label: string; time: Timed }>): Timed {
  if (steps.length === 1) return steps[0].time;
  const seconds = steps.reduce((a, s) => a + s.time.seconds, 0);
  const parts = steps.map((s) => `${s.label} (${fmt(s.time.seconds)})`);
  return { seconds, formula: `${parts.join(' + ')} = ${fmt(seconds)}` };
}
