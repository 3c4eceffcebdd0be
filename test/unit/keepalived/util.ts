// Shared helpers of the keepalived unit tests.
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { LineIndex } from '../../../server/src/service/text';
import { doc, newService } from '../helpers';

/** Diagnostics of `text` (checked against 2.2.7 unless settings say otherwise) as `line:code` strings. */
export function codes(text: string, settings?: unknown, uri = 'file:///etc/keepalived/keepalived.conf'): string[] {
  return diags(text, settings, uri).map((d) => `${d.range.start.line + 1}:${String(d.code)}`);
}

export function diags(text: string, settings?: unknown, uri = 'file:///etc/keepalived/keepalived.conf'): Diagnostic[] {
  const svc = newService(settings, { keepalived: '2.2.7' });
  return svc.diagnostics(doc(uri, text, 'keepalived'));
}

/** A complete, valid instance with a tracked script; `patch` edits it. */
export const BASE = `global_defs {
    script_user keepalived_script
    enable_script_security
}
vrrp_script chk {
    script "/usr/local/bin/chk.sh"
    interval 2
    fall 2
    rise 2
    weight -60
}
vrrp_instance VI_1 {
    state BACKUP
    interface eth0
    virtual_router_id 51
    priority 150
    advert_int 1
    authentication {
        auth_type AH
        auth_pass secret
    }
    track_script {
        chk
    }
    virtual_ipaddress {
        192.168.1.10/24 dev eth0 label eth0:1
    }
}
`;

export function patch(from: string, to: string, text = BASE): string {
  if (!text.includes(from)) throw new Error(`patch: '${from}' not found`);
  return text.replace(from, to);
}

/** Apply text edits (non-overlapping) to `text`. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const li = new LineIndex(text);
  const sorted = [...edits].sort((a, b) => li.offsetAt(b.range.start) - li.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, li.offsetAt(e.range.start)) + e.newText + out.slice(li.offsetAt(e.range.end));
  return out;
}

/** A parse tree as plain data: parent/owner links become ids so the cycles go. */
export const plain = (t: unknown): unknown =>
  JSON.parse(JSON.stringify(t, (k, v: { id?: number; openLine?: number } | null) => (k === 'parent' || k === 'owner' ? (v ? (v.id ?? v.openLine) : v) : v)));
