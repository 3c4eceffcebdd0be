// HAProxy ↔ application: when the stack holds the unit of the application a backend serves, the servers are
// checked on the port that unit listens on, and the HTTP health check asks the unit's health path.
import type { Range } from 'vscode-languageserver-types';
import type { BackendFact, HaproxyFacts } from '../../workspace/facts/haproxy';
import type { SystemdFacts } from '../../workspace/facts/systemd';
import { fileName, Finding, lineRange } from './finding';

interface App {
  readonly uri: string;
  readonly unit: string;
  readonly facts: SystemdFacts;
}

const NOISE = new Set(['be', 'bk', 'backend', 'srv', 'server', 'servers', 'app', 'ha', 'service', 'svc', 'pool', 'http', 'https', 'tcp']);

function tokens(name: string): string[] {
  return name.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t.length >= 3 && !NOISE.has(t));
}

function related(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => x.includes(y) || y.includes(x)));
}

/** The application unit a backend serves: by name, or the only one when the stack has one app and one backend. */
function appFor(b: BackendFact, apps: App[], backends: number): App | undefined {
  const bt = [...tokens(b.name), ...b.servers.flatMap((s) => tokens(s.name.text))];
  const named = apps.filter((a) => related(bt, tokens(a.unit.replace(/\.[a-z]+$/, ''))));
  if (named.length === 1) return named[0];
  return apps.length === 1 && backends === 1 && !named.length ? apps[0] : undefined;
}

function appRange(r: Range | undefined): Range {
  return r ?? lineRange(0, 0, 0);
}

export function checkHaproxyApp(haproxy: Array<[string, HaproxyFacts]>, units: Array<[string, SystemdFacts]>): Finding[] {
  const apps: App[] = units
    .filter(([, f]) => f.app.port !== undefined && !/^(haproxy|keepalived)\b/.test(f.unit))
    .map(([uri, facts]) => ({ uri, unit: facts.unit, facts }));
  if (!apps.length) return [];
  const out: Finding[] = [];
  for (const [u, f] of haproxy) {
    const withServers = f.backends.filter((b) => b.servers.length);
    for (const b of withServers) {
      const app = appFor(b, apps, withServers.length);
      if (!app) continue;
      const { port, portAt, healthPath, healthAt } = app.facts.app;
      for (const s of b.servers) {
        const used = s.checkPort ?? s.port;
        if (used === undefined || used === port) continue;
        const w = s.portWord;
        const range = lineRange(s.directive.line, w.start, w.end);
        const msg = `server ${s.name.text} of backend ${b.name} is checked on port ${used}, but ${app.unit} listens on ${port}: the check tests something else (or nothing).`;
        const newText = s.checkPort !== undefined ? String(port) : w.text.replace(/:\d+$/, `:${port}`);
        out.push({ uri: u, range, code: 'ha-app-port-mismatch', message: msg, related: [{ uri: app.uri, range: appRange(portAt), message: `listen port of ${app.unit}` }], fixes: [{ title: `Use port ${port}`, edits: [{ uri: u, range, newText }] }] });
        out.push({ uri: app.uri, range: appRange(portAt), code: 'ha-app-port-mismatch', message: msg, related: [{ uri: u, range, message: `server ${s.name.text} in ${fileName(u)}` }], fixes: [{ title: `Use port ${port} in ${fileName(u)}`, edits: [{ uri: u, range, newText }] }] });
      }
      const hp = b.healthPath;
      if (!hp || !healthPath || hp.text.split('?')[0] === healthPath.split('?')[0]) continue;
      const line = b.section.directives.find((d) => d.words.includes(hp))?.line ?? b.section.header.line;
      const range = lineRange(line, hp.start, hp.end);
      const msg = `backend ${b.name} checks ${hp.text}, but ${app.unit} answers health checks on ${healthPath}.`;
      const fix = { title: `Check ${healthPath}`, edits: [{ uri: u, range, newText: healthPath }] };
      out.push({ uri: u, range, code: 'ha-app-health-path', message: msg, related: [{ uri: app.uri, range: appRange(healthAt), message: `health endpoint of ${app.unit}` }], fixes: [fix] });
      out.push({ uri: app.uri, range: appRange(healthAt), code: 'ha-app-health-path', message: msg, related: [{ uri: u, range, message: `health check of ${b.name} in ${fileName(u)}` }], fixes: [{ ...fix, title: `${fix.title} in ${fileName(u)}` }] });
    }
  }
  return out;
}
