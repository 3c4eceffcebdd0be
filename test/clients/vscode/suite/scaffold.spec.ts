// The scaffold command writes an HA stack into a folder without any dialog (answers passed as the
// command's argument), and every file it writes lints clean.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAll, describeDiagnostics, eventually, haconfDiagnostics } from './helpers';

/** Answers for a two-node stack: keepalived moving a virtual IP between two HAProxy hosts. */
function answers(targetFolder: string): Record<string, unknown> {
  return {
    targetFolder,
    overwrite: false,
    virtualIp: '192.0.2.100/24',
    interface: 'eth0',
    virtualRouterId: 51,
    nodes: [
      { name: 'lb1', address: '192.0.2.11', priority: 150 },
      { name: 'lb2', address: '192.0.2.12', priority: 100 },
    ],
    backends: [
      { name: 'app1', address: '192.0.2.21', port: 8080 },
      { name: 'app2', address: '192.0.2.22', port: 8080 },
    ],
    frontendPort: 80,
  };
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

const OURS = new Set(['systemd-unit-file', 'keepalived', 'haproxy']);

/** Opens `file`, waits for the server to have parsed it, and returns its error and warning diagnostics. */
async function problems(file: string): Promise<{ languageId: string; found: vscode.Diagnostic[] }> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc);
  if (!OURS.has(doc.languageId)) return { languageId: doc.languageId, found: [] };
  // The server publishes diagnostics for an opened file before it answers a later request, so a
  // non-empty outline means the diagnostics below are the server's verdict, not a not-yet.
  await eventually(
    () => vscode.commands.executeCommand<unknown[]>('vscode.executeDocumentSymbolProvider', doc.uri),
    (v) => (Array.isArray(v) && v.length > 0) || 'no symbols yet',
    `outline of ${path.basename(file)}`,
  );
  const found = haconfDiagnostics(doc.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
  return { languageId: doc.languageId, found };
}

export function scaffoldTests(): void {
  suite('scaffold command', () => {
    teardown(closeAll);

    test('haconf.scaffold writes a stack for every dialect, and it lints clean', async () => {
      const target = fs.mkdtempSync(path.join(os.tmpdir(), 'haconf-scaffold-'));
      await vscode.commands.executeCommand('haconf.scaffold', answers(target));
      const files = filesUnder(target);
      assert.ok(files.length > 0, 'the scaffold wrote no files');
      const languages = new Set<string>();
      const report: string[] = [];
      for (const f of files) {
        const { languageId, found } = await problems(f);
        languages.add(languageId);
        if (found.length) report.push(`${path.relative(target, f)}: ${describeDiagnostics(found)}`);
      }
      for (const id of OURS) assert.ok(languages.has(id), `no ${id} file among ${files.map((f) => path.relative(target, f)).join(', ')}`);
      assert.deepEqual(report, [], 'scaffolded files have problems');
    });
  });
}
