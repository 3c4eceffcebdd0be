// How fast a vrrp_script fails over: interval × fall seconds of failed runs. When the script checks a
// service whose systemd unit is in the workspace, compare with that unit's RestartSec=; otherwise warn
// only when a single failed one-second run is enough to move the addresses.
import type { KStatement } from '../../parser/keepalived';
import type { ServiceContext } from '../../types';
import type { DiagnosticSink } from '../rules';
import { child, wordRange } from './util';

const CHECKED = /(?:systemctl\s+(?:-q\s+|--quiet\s+)?(?:is-active|status)\s+(?:-q\s+|--quiet\s+)?|killall\s+-0\s+|pidof\s+(?:-\S+\s+)*|pgrep\s+(?:-\S+\s+)*)([A-Za-z0-9_@.-]+)/;

function num(s: KStatement, name: string, dflt: number): number {
  const t = child(s, name)?.words[1]?.text;
  return t && /^\d+(\.\d+)?$/.test(t) ? Number(t) : dflt;
}

/** Seconds from a systemd time span like `5`, `5s`, `500ms`, `1min`; undefined when unsure. */
export function seconds(span: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|sec|m|min)?$/.exec(span.trim());
  if (!m) return undefined;
  const v = Number(m[1]);
  return m[2] === 'ms' ? v / 1000 : m[2] === 'm' || m[2] === 'min' ? v * 60 : v;
}

/** RestartSec= of `<service>.service` in the workspace, in seconds. */
function restartSec(ctx: ServiceContext, service: string): number | undefined {
  const unit = service.includes('.') ? service : `${service}.service`;
  for (const d of ctx.workspace.documents('systemd-unit-file')) {
    if (!d.uri.endsWith(`/${unit}`)) continue;
    const m = /^\s*RestartSec\s*=\s*(\S+)/m.exec(d.text);
    return m ? seconds(m[1]) : 0.1;
  }
  return undefined;
}

export function checkScriptTiming(s: KStatement, ctx: ServiceContext, sink: DiagnosticSink): void {
  const script = child(s, 'script');
  if (!script?.words[1]) return;
  const interval = num(s, 'interval', 1);
  const fall = num(s, 'fall', 1);
  const detect = interval * fall;
  const at = wordRange(s.words[1] ?? s.words[0]);
  const svc = CHECKED.exec(script.words.slice(1).map((w) => w.text).join(' '))?.[1];
  const restart = svc ? restartSec(ctx, svc) : undefined;
  if (svc && restart !== undefined) {
    const need = restart + 1;
    if (detect < need) {
      sink.add('keepalived-ha-script-interval', at, [
        `This check fails over after ${detect}s (interval ${interval} × fall ${fall}), but ${svc} is restarted by systemd after RestartSec=${restart}s plus its start-up: a restart will move the addresses. Raise fall so interval × fall exceeds ${need}s.`,
      ]);
    }
    return;
  }
  if (detect <= 1) {
    sink.add('keepalived-ha-script-interval', at, [
      `One failed run (interval ${interval} × fall ${fall} = ${detect}s) moves the addresses: a brief hiccup or a service restart causes a failover. Set fall (and rise) to 2 or more.`,
    ]);
  }
}
