// The scaffold command writes an HA stack into a folder without any dialog (answers passed as the
// command's argument), and every file it writes lints clean: no error, as `haconf lint` exits 0
// (best-practice warnings are printed, not failed).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAll, describeDiagnostics, eventually, haconfDiagnostics, trackFixtureDir, workspaceDir } from './helpers';

/** The command's result (client/src/commands/scaffold.ts), as far as this test reads it. */
interface ScaffoldOutcome {
  written: string[];
  errors: string[];
  cancelled: boolean;
}

/**
 * The command's argument: the folder to write to and answers for the whole stack (the keys of the
 * scaffold's parameters); with answers given, the command asks nothing.
 */
function commandArgs(folder: string): Record<string, unknown> {
  return {
    folder,
    answers: {
      vip: '192.0.2.100/24',
      interface: 'eth0',
      lbNodes: 'lb1=192.0.2.11,lb2=192.0.2.12',
      webNodes: 'web1=192.0.2.21,web2=192.0.2.22',
      appPort: 8080,
      healthPath: '/health',
      vrid: 51,
      db: 'none',
      dbNodes: '',
      webhook: '',
      pacemaker: false,
      systemdVersion: 252,
      haproxyVersion: '2.6',
      keepalivedVersion: '2.2.7',
      authPass: 'haconf1',
    },
  };
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

const OURS = new Set(['systemd-unit-file', 'keepalived', 'haproxy']);

/** Opens `file`, waits for the server to have parsed it, and returns its diagnostics. */
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
  return { languageId: doc.languageId, found: haconfDiagnostics(doc.uri) };
}

export function scaffoldTests(): void {
  suite('scaffold command', () => {
    teardown(closeAll);

    test('haconf.scaffold writes a stack for every dialect, and it lints clean', async () => {
      // Inside the workspace folder, so the server's cross-file checks see the whole stack.
      const target = fs.mkdtempSync(path.join(workspaceDir(), 'scaffold-'));
      trackFixtureDir(target);
      try {
        const outcome = await vscode.commands.executeCommand<ScaffoldOutcome | undefined>('haconf.scaffold', commandArgs(target));
        assert.ok(outcome, 'haconf.scaffold returned nothing');
        assert.deepEqual(outcome.errors, []);
        assert.equal(outcome.cancelled, false);
        const files = filesUnder(target);
        assert.ok(files.length > 0, 'the scaffold wrote no files');
        assert.deepEqual(files.map((f) => path.relative(target, f).split(path.sep).join('/')).sort(), [...outcome.written].sort());
        const languages = new Set<string>();
        const report: string[] = [];
        for (const f of files) {
          const { languageId, found } = await problems(f);
          languages.add(languageId);
          const errors = found.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
          if (errors.length) report.push(`${path.relative(target, f)}: ${describeDiagnostics(errors)}`);
          if (found.length > errors.length) console.log(`scaffold: ${path.relative(target, f)}: ${describeDiagnostics(found)}`);
        }
        for (const id of OURS) assert.ok(languages.has(id), `no ${id} file among ${files.map((f) => path.relative(target, f)).join(', ')}`);
        assert.deepEqual(report, [], 'scaffolded files have errors');
      } finally {
        await closeAll();
      }
    });
  });
}
