// Workspace-scale benchmark: 5,000 HA files (834 two-node stacks: two keepalived configs, an HAProxy config,
// an application unit, its failure-report template and a keepalived drop-in each) written to a temp folder, indexed the way the server
// does at startup, then grouped into stacks and checked across files. Prints figures only, never fails on
// timings. Run: node --import tsx scripts/bench-workspace.mjs [stacks]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const { createLanguageService } = await import('../server/src/service/languageService.ts');
const { indexWorkspaceFolders } = await import('../server/src/node/workspaceLoader.ts');
const { stackModel } = await import('../server/src/service/workspace/stacks.ts');
const { crossFileDiagnostics } = await import('../server/src/service/validation/crossfile/index.ts');

const STACKS = Number(process.argv[2] ?? 834);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const TEMPLATE = path.join(ROOT, 'test', 'fixtures', 'stacks', 'correct');
const FILES = ['keepalived/lb1.conf', 'keepalived/lb2.conf', 'haproxy/haproxy.cfg', 'systemd/webapp.service', 'systemd/notify-failure@.service', 'systemd/keepalived.service.d/override.conf'];

/** Stack i gets its own VIP, node addresses, VRID and unit name. */
function variant(text, i) {
  const net = `10.${(i >> 8) & 255}.${i & 255}`;
  return text
    .replaceAll('192.168.1.', `${net}.`)
    .replace(/virtual_router_id 51/g, `virtual_router_id ${(i % 255) + 1}`)
    .replace(/interface eth0/g, `interface eth${i % 7}`)
    .replaceAll('webapp', `webapp${i}`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-bench-ws-'));
const template = FILES.map((f) => [f, fs.readFileSync(path.join(TEMPLATE, f), 'utf8')]);
for (let i = 0; i < STACKS; i++) {
  for (const [f, text] of template) {
    const p = path.join(dir, `stack${i}`, f.replace('webapp', `webapp${i}`));
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, variant(text, i));
  }
}

const ms = (t0) => (performance.now() - t0).toFixed(0);
const rssMb = () => {
  const s = fs.readFileSync('/proc/self/status', 'utf8');
  const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? NaN);
  return { rss: (kb('VmRSS') / 1024).toFixed(0), peak: (kb('VmHWM') / 1024).toFixed(0) };
};

const before = rssMb();
const svc = createLanguageService({ docsBase: 'file:///docs/rules/' });
let t0 = performance.now();
const count = await indexWorkspaceFolders(svc, [pathToFileURL(dir).href], () => {});
const indexMs = ms(t0);
const afterIndex = rssMb();

t0 = performance.now();
const model = stackModel(svc.workspace);
const groupMs = ms(t0);

const docs = [...svc.workspace.documents()];
const ctx = { settings: svc.settings, workspace: svc.workspace, docsBase: 'file:///docs/rules/', hostVersions: {} };
t0 = performance.now();
let crossCount = 0;
for (const d of docs) crossCount += crossFileDiagnostics(d, ctx).length;
const allMs = ms(t0);

// all of haconf's diagnostics (the dialect's own checks too) of one file of each dialect, in this workspace
const input = (d) => ({ uri: d.uri, text: d.text, version: d.version, languageId: d.language });
const oneEach = ['keepalived', 'haproxy', 'systemd-unit-file'].map((l) => docs.find((d) => d.language === l)).filter(Boolean);
const fullMs = oneEach.map((d) => {
  const t = performance.now();
  svc.diagnostics(input(d));
  return `${d.language} ${ms(t)} ms`;
});

// one edit: the model is patched (facts of unchanged files reused) and only the edited stack re-checked
const target = docs.find((d) => d.uri.endsWith('stack500/keepalived/lb2.conf')) ?? docs[0];
svc.workspace.upsert(target.uri, target.language, target.version + 1, target.text.replace(/advert_int 1/, 'advert_int 2'), true);
t0 = performance.now();
const edited = crossFileDiagnostics(svc.workspace.get(target.uri), ctx);
const editMs = ms(t0);
const end = rssMb();

console.log(`workspace: ${count} HA files indexed (${STACKS} stacks) in ${indexMs} ms`);
console.log(`  grouping into ${model.stacks.length} stacks / ${model.routers.length} VRRP routers: ${groupMs} ms`);
console.log(`  cross-file diagnostics of every file: ${allMs} ms (${crossCount} findings)`);
console.log(`  all diagnostics of one file per dialect in this workspace: ${fullMs.join(', ')}`);
console.log(`  one edit (advert_int on one node), cross-file diagnostics of the edited file: ${editMs} ms (${edited.length} findings)`);
console.log(`  RSS: ${before.rss} MB before, ${afterIndex.rss} MB after indexing, ${end.rss} MB at the end (peak ${end.peak} MB)`);
console.log(`  targets: indexing <= 3000 ms, RSS <= 200 MB`);
fs.rmSync(dir, { recursive: true, force: true });
