// Parses `haproxy -c` output. Messages are `[ALERT|WARNING|NOTICE] (pid) : [config : ]text`, continued on
// `   | …` lines. The place is one of: `parsing [FILE:LINE]`, `[FILE:LINE]` or `(FILE:LINE)` anywhere in the
// text, `'server be/s1'`, `proxy 'x'` / `Proxy 'x'` / `for frontend|backend|listen 'x'`, `section 'peers x'`;
// or nothing (a message about the whole configuration).
import { hostReason } from './hostDependent';
import type { NameLocator, StagedPaths, ToolFinding } from './types';

const SKIP = /Error\(s\) found in configuration file|Fatal errors found in configuration|^Configuration file is valid|^Warnings were found/;

interface Message {
  readonly level: 'ALERT' | 'WARNING';
  text: string;
}

function messagesOf(output: string): Message[] {
  const msgs: Message[] = [];
  let last: Message | undefined;
  for (const raw of output.split('\n')) {
    const m = /^\[(ALERT|WARNING|NOTICE)\]\s*(?:\(\d+\))?\s*:\s*(.*)$/.exec(raw);
    if (m) {
      last = m[1] === 'NOTICE' ? undefined : { level: m[1] as Message['level'], text: m[2].replace(/^config\s*:\s*/, '') };
      if (last) msgs.push(last);
    } else if (last && /^\s+\|?/.test(raw) && raw.trim()) {
      last.text += ` ${raw.replace(/^\s*\|\s?/, '').trim()}`;
    }
  }
  return msgs;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function locatorOf(text: string): NameLocator | undefined {
  const server = /'server ([^'/]+)\/([^']+)'/.exec(text);
  if (server) return { kind: 'server', name: `${server[1]}/${server[2]}` };
  const section = /section '(\S+) ([^']+)'/.exec(text);
  if (section) return { kind: 'section', name: `${section[1]} ${section[2]}` };
  const proxy = /(?:[Pp]roxy|frontend|backend|listen|defaults)\s+'([^']+)'/.exec(text);
  if (proxy) return { kind: 'proxy', name: proxy[1] };
  return undefined;
}

export function parseHaproxyOutput(output: string, staged: StagedPaths): ToolFinding[] {
  const out: ToolFinding[] = [];
  const paths = [...staged.byPath.keys()].sort((a, b) => b.length - a.length);
  const at = paths.length ? new RegExp(`[\\[(](${paths.map(escape).join('|')}):(\\d+)[\\])]`) : undefined;
  for (const { level, text } of messagesOf(output)) {
    if (SKIP.test(text)) continue;
    const m = at?.exec(text);
    let message = text.replace(/^parsing\s*/i, '');
    if (m) message = message.replace(m[0], '').replace(/^\s*:\s*/, '');
    for (const p of paths) message = message.split(p).join(p.slice(p.lastIndexOf('/') + 1));
    message = message.trim();
    const uri = m ? staged.byPath.get(m[1])! : staged.mainUri;
    out.push({
      uri,
      line: m ? Number(m[2]) - 1 : undefined,
      locator: m ? undefined : locatorOf(text),
      severity: level === 'ALERT' ? 'error' : 'warning',
      message,
      host: hostReason('haproxy', text),
    });
  }
  return out;
}
