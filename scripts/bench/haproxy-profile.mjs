// Focused haproxy timing (run with `node --import tsx scripts/bench/haproxy-profile.mjs [runs]`): the
// generated 20k-line config through the facade, open (fresh uri) and a one-character edit in the middle,
// plus parse alone; medians of wall time and CPU time (process.cpuUsage). Prints figures, asserts nothing.
import { haproxyConfig } from './generate.mjs';

const { createLanguageService } = await import('../../server/src/service/languageService.ts');
const { parseHaproxy } = await import('../../server/src/service/parser/haproxy/index.ts');

const RUNS = Number(process.argv[2] ?? 15);
const text = haproxyConfig();
const lines = text.split('\n');
const mid = Math.floor(lines.length / 2);
const edited = lines.map((l, i) => (i === mid ? l + ' ' : l)).join('\n');
const uri = 'file:///bench/haproxy.cfg';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
function measure(f) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}
function report(name, rs) {
  console.log(`${name.padEnd(28)} wall median ${median(rs.map((r) => r.wall)).toFixed(2)} ms  cpu median ${median(rs.map((r) => r.cpu)).toFixed(2)} ms  (min wall ${Math.min(...rs.map((r) => r.wall)).toFixed(2)})`);
}

console.log(`${lines.length} lines, ${RUNS} runs`);
const parse = [];
for (let i = 0; i < RUNS; i++) parse.push(measure(() => parseHaproxy(i % 2 ? edited : text)));
report('parse alone', parse);

// open: a fresh service and a new uri each time, as a document opened for the first time
const open = [];
let n = 0;
for (let i = 0; i < RUNS; i++) {
  const s = createLanguageService({ docsBase: 'file:///d/' });
  const fresh = `file:///bench/open${i}/haproxy.cfg`;
  open.push(measure(() => { n = s.diagnostics({ uri: fresh, text, version: 1, languageId: 'haproxy' }).length; }));
}
report('open -> diagnostics', open);

// edit: one service, alternating the two versions so each one re-parses
const s = createLanguageService({ docsBase: 'file:///d/' });
s.diagnostics({ uri, text, version: 1, languageId: 'haproxy' });
const edit = [];
for (let i = 0; i < RUNS; i++) {
  edit.push(measure(() => s.diagnostics({ uri, text: i % 2 ? text : edited, version: 2 + i, languageId: 'haproxy' })));
}
report('edit -> diagnostics', edit);

const doc = { uri, text: edited, version: 2 + RUNS, languageId: 'haproxy' };
s.diagnostics(doc);
const comp = [], hov = [];
for (let i = 0; i < 200; i++) {
  const line = Math.floor((i * 7919) % lines.length);
  const ch = Math.max(0, lines[line].search(/\S/));
  comp.push(measure(() => s.completion(doc, { line, character: ch })).wall);
  hov.push(measure(() => s.hover(doc, { line, character: ch + 1 })).wall);
}
console.log(`completion p50/p95 ${median(comp).toFixed(3)} / ${p95(comp).toFixed(3)} ms; hover p50/p95 ${median(hov).toFixed(3)} / ${p95(hov).toFixed(3)} ms`);
console.log(`${n} diagnostics on open`);
