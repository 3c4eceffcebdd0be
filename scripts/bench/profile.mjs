// Focused in-process timing of one dialect on its generated bench file (run with
// `node --import tsx scripts/bench/profile.mjs haproxy|keepalived|systemd [runs]`): parse alone, open (a fresh
// service and uri each time), a one-character edit in the middle (alternating two versions of one uri so each
// re-parses), completion and hover; medians of wall time and CPU time (process.cpuUsage). Prints, asserts nothing.
import * as fs from 'node:fs';
import { haproxyConfig, keepalivedConfig, systemdUnit } from './generate.mjs';

const { createLanguageService } = await import('../../server/src/service/languageService.ts');
const { parseHaproxy } = await import('../../server/src/service/parser/haproxy/index.ts');
const { parseKeepalived } = await import('../../server/src/service/parser/keepalived/index.ts');
const { parseSystemd } = await import('../../server/src/service/parser/systemd/parser.ts');

const DIALECTS = {
  haproxy: { file: 'haproxy.cfg', text: () => haproxyConfig(), parse: (t) => parseHaproxy(t) },
  keepalived: {
    file: 'keepalived.conf',
    text: () => keepalivedConfig(250, 2000, fs.existsSync('/sys/class/net/eth0') ? 'eth0' : 'lo'),
    parse: (t) => parseKeepalived(t),
  },
  systemd: { file: 'bench.service', text: () => systemdUnit(), parse: (t) => parseSystemd(t, 'file:///bench/bench.service') },
};

const name = process.argv[2];
const dialect = DIALECTS[name];
if (!dialect) {
  console.error(`usage: profile.mjs ${Object.keys(DIALECTS).join('|')} [runs]`);
  process.exit(2);
}
const RUNS = Number(process.argv[3] ?? 15);
const text = dialect.text();
const lines = text.split('\n');
const mid = Math.floor(lines.length / 2);
const edited = lines.map((l, i) => (i === mid ? l + ' ' : l)).join('\n');
const uri = `file:///bench/${dialect.file}`;

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
function measure(f) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}
function report(label, rs) {
  const walls = rs.map((r) => r.wall);
  console.log(`${label.padEnd(28)} wall median ${median(walls).toFixed(2)} ms  cpu median ${median(rs.map((r) => r.cpu)).toFixed(2)} ms  (min wall ${Math.min(...walls).toFixed(2)})`);
}

console.log(`${name}: ${lines.length} lines, ${RUNS} runs`);
const parse = [];
for (let i = 0; i < RUNS; i++) parse.push(measure(() => dialect.parse(i % 2 ? edited : text)));
report('parse alone', parse);

const open = [];
let found = 0;
for (let i = 0; i < RUNS; i++) {
  const s = createLanguageService({ docsBase: 'file:///d/' });
  const fresh = `file:///bench/open${i}/${dialect.file}`;
  open.push(measure(() => (found = s.diagnostics({ uri: fresh, text, version: 1 }).length)));
}
report('open -> diagnostics', open);

const s = createLanguageService({ docsBase: 'file:///d/' });
s.diagnostics({ uri, text, version: 1 });
const edit = [];
for (let i = 0; i < RUNS; i++) edit.push(measure(() => s.diagnostics({ uri, text: i % 2 ? text : edited, version: 2 + i })));
report('edit -> diagnostics', edit);

const doc = { uri, text: edited, version: 2 + RUNS };
s.diagnostics(doc);
const comp = [];
const hov = [];
for (let i = 0; i < 200; i++) {
  const line = Math.floor((i * 7919) % lines.length);
  const ch = Math.max(0, lines[line].search(/\S/));
  comp.push(measure(() => s.completion(doc, { line, character: ch })).wall);
  hov.push(measure(() => s.hover(doc, { line, character: ch + 1 })).wall);
}
console.log(`completion p50/p95 ${median(comp).toFixed(3)} / ${p95(comp).toFixed(3)} ms; hover p50/p95 ${median(hov).toFixed(3)} / ${p95(hov).toFixed(3)} ms`);
console.log(`${found} diagnostics on open`);
