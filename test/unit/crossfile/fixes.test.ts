// Quick fixes of cross-file diagnostics edit the right file (often not the one showing the diagnostic), and
// applying them clears the finding in every file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'path';
import type { TextEdit } from 'vscode-languageserver-types';
import { crossDiagnostics, loadFolder, STACKS } from './load';

function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (l: number, c: number) => lines.slice(0, l).reduce((n, x) => n + x.length + 1, 0) + c;
  const sorted = [...edits].sort((a, b) => offset(b.range.start.line, b.range.start.character) - offset(a.range.start.line, a.range.start.character));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start.line, e.range.start.character)) + e.newText + out.slice(offset(e.range.end.line, e.range.end.character));
  return out;
}

/** [fixture, file showing the diagnostic, code, file the fix must edit] */
const CASES: Array<[string, string, string, string]> = [
  ['vrid-mismatch', 'keepalived/lb1.conf', 'ha-vrid-mismatch', 'keepalived/lb2.conf'],
  ['vip-mismatch', 'keepalived/lb1.conf', 'ha-vip-mismatch', 'keepalived/lb2.conf'],
  ['advert-mismatch', 'keepalived/lb2.conf', 'ha-advert-mismatch', 'keepalived/lb1.conf'],
  ['auth-mismatch', 'keepalived/lb1.conf', 'ha-auth-mismatch', 'keepalived/lb2.conf'],
  ['nopreempt-master', 'keepalived/lb2.conf', 'ha-nopreempt-master', 'keepalived/lb1.conf'],
  ['unicast-asymmetric', 'keepalived/lb1.conf', 'ha-unicast-asymmetric', 'keepalived/lb2.conf'],
  ['vip-nonlocal-bind', 'keepalived/lb2.conf', 'ha-vip-nonlocal-bind', 'haproxy/haproxy.cfg'],
  ['app-port-mismatch', 'haproxy/haproxy.cfg', 'ha-app-port-mismatch', 'haproxy/haproxy.cfg'],
  ['app-health-path', 'systemd/webapp.service', 'ha-app-health-path', 'haproxy/haproxy.cfg'],
];

for (const [fixture, shown, code, edited] of CASES) {
  test(`quick fix for ${code} edits ${edited}`, () => {
    const dir = path.join(STACKS, fixture);
    const svc = loadFolder(dir);
    const doc = [...svc.workspace.documents()].find((d) => d.uri.endsWith(`/${shown}`))!;
    const input = { uri: doc.uri, text: doc.text, version: doc.version, languageId: doc.language };
    const diag = svc.diagnostics(input).find((d) => d.code === code);
    assert.ok(diag, `no ${code} in ${shown}`);
    const before = [...crossDiagnostics(svc, dir).values()].flat().filter((d) => d.code === code).length;
    // only the fixes of this diagnostic (other features may offer actions at the same place)
    const actions = svc.codeActions(input, diag.range, [diag]).filter((x) => x.diagnostics?.some((d) => d.code === code));
    assert.ok(actions.length, 'no quick fix');
    // the fixes of one diagnostic may each leave other findings: apply all of them to reach a clean stack
    for (const action of actions) {
      const changes = action.edit?.changes ?? {};
      assert.ok(Object.keys(changes).some((u) => u.endsWith(`/${edited}`)), `${action.title} edits ${Object.keys(changes)}`);
      for (const [uri, edits] of Object.entries(changes)) {
        const target = svc.workspace.get(uri)!;
        svc.workspace.upsert(uri, target.language, target.version + 1, apply(target.text, edits), true);
      }
    }
    const after = crossDiagnostics(svc, dir);
    const same = (after.get(shown) ?? []).filter((d) => d.code === code && d.range.start.line === diag.range.start.line);
    assert.deepEqual(same, [], 'the fixed finding is still reported');
    // one server's port fix leaves the other servers' findings; every other fault is gone entirely
    const left = [...after.values()].flat().filter((d) => d.code === code).length;
    assert.ok(code === 'ha-app-port-mismatch' ? left === before - 2 : left === 0, `${before} → ${left} findings`);
  });
}
