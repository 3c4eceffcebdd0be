// The bare baseline: what node needs just to split the text into lines and match a key/value regex on each.
const KEY_VALUE = /^\s*([A-Za-z_][\w.-]*)\s*(?:=\s*|\s+)?(.*)$/;

export function bareScan(text) {
  let matched = 0;
  for (const line of text.split(/\r?\n/)) {
    const m = KEY_VALUE.exec(line);
    if (m && m[1]) matched++;
  }
  return matched;
}

/** Median time of `bareScan` over `runs` runs, in ms. */
export function baselineMs(text, runs = 21) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    bareScan(text);
    times.push(performance.now() - t0);
  }
  return percentile(times, 50);
}

export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
